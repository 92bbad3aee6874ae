import statistics
import time


def add(a, b):
    return a + b


def scale(values, *, factor=1):
    return [v * factor for v in values]


def summary(values):
    return {
        "count": len(values),
        "mean": statistics.fmean(values),
        "median": statistics.median(values),
        "stdev": statistics.stdev(values) if len(values) > 1 else 0.0,
    }


def summaries(groups):
    return [dict(summary(values), name=name) for name, values in groups.items()]


def buckets(n):
    result = {"even": [], "odd": []}
    for i in range(n):
        result["even" if i % 2 == 0 else "odd"].append(i)
    return result


def describe(point):
    return "%s at (%d, %d)" % (point["label"], point["x"], point["y"])


def fail(message):
    raise ValueError(message)


def slow(seconds):
    time.sleep(seconds)
    return seconds


def nothing():
    return None


not_callable = 42
