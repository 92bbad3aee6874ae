"""Spectral norm of an infinite matrix by power iteration (numeric kind)."""


def _a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def _times(u):
    n = len(u)
    return [sum(_a(i, j) * u[j] for j in range(n)) for i in range(n)]


def _times_transposed(u):
    n = len(u)
    return [sum(_a(j, i) * u[j] for j in range(n)) for i in range(n)]


def run():
    n = 120
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = _times_transposed(_times(u))
        u = _times_transposed(_times(v))
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return "%.9f" % ((vbv / vv) ** 0.5)
