"""Summary statistics of a list of numbers, with Python's statistics module."""
import statistics


def summary(values):
    if not values:
        raise ValueError("at least one value is required")
    return {
        "count": len(values),
        "mean": statistics.fmean(values),
        "median": statistics.median(values),
        "stdev": statistics.stdev(values) if len(values) > 1 else 0.0,
        "minimum": min(values),
        "maximum": max(values),
    }
