"""Functions the core tests call through the executor."""
import json
import time

def add(a, b):
    return a + b


def add_after(a, b, seconds):
    time.sleep(seconds)
    return a + b


def inc(x):
    return x + 1


def echo(obj):
    return obj


def top_words(text, limit=3):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [word for word, _ in ranked[:limit]]



def set_global(value):
    globals()["shared_value"] = value
    return value


def get_global():
    return globals().get("shared_value")


def spin(n):
    s = 0
    for i in range(n):
        s += i * i
    return s & ((1 << 62) - 1)


def timed_spin(n):
    """Returns wall-clock start and end (ns) so tests can check that calls overlapped."""
    start = time.monotonic_ns()
    spin(n)
    return [start, time.monotonic_ns()]





def fail(message):
    raise ValueError(message)


def fail_chained():
    try:
        json.loads("{not json")
    except ValueError as e:
        raise RuntimeError("could not parse config") from e


def exit_now(code):
    import sys
    sys.exit(code)
