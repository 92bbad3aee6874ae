"""Workloads of the Interpy benchmarks (the same as the peers' figures were measured with)."""


def inc(x):
    return x + 1


def echo(obj):
    return obj


def spin(n):
    s = 0
    for i in range(n):
        s += i * i
    return s & ((1 << 62) - 1)


def rows(n):
    """n tuples of 10 ints, one at a time: what StreamingBenchmark streams."""
    for i in range(n):
        yield (i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7, i + 8, i + 9)


def rows_list(n):
    """The same items returned at once, as one list."""
    return list(rows(n))
