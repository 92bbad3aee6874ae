"""Word frequencies of a text, with textkit: a separate distribution, from its own jar."""
import textkit


def top(text, *, limit=10, filters=()):
    if limit <= 0:
        raise ValueError("limit must be positive")
    # filters: names of textkit's token filters, found through its entry points (e.g. "stopwords")
    return [{"word": w, "count": c} for w, c in textkit.top_words(text, limit, filters=filters)]


def crash():
    # An unexpected failure, mapped to 500 rather than 400.
    raise RuntimeError("something broke in Python")
