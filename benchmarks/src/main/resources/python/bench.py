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
