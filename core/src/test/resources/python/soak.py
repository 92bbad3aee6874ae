"""Workloads for the reliability suite."""


def inc(x):
    return x + 1


def fail(x):
    raise ValueError("bad input %d" % x)


def forever():
    while True:
        pass


def slow(n):
    s = 0
    for i in range(n):
        s += i
    return s
