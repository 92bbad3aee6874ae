"""Word frequencies of a text."""
import collections
import re


def top(text, *, limit=10):
    if limit <= 0:
        raise ValueError("limit must be positive")
    words = re.findall(r"[a-z']+", text.lower())
    return [{"word": w, "count": c} for w, c in collections.Counter(words).most_common(limit)]


def crash():
    # An unexpected failure, mapped to 500 rather than 400.
    raise RuntimeError("something broke in Python")
