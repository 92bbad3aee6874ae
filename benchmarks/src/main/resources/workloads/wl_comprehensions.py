"""Comprehensions: list, dict, set and nested comprehensions with conditions, and generator expressions."""


def run():
    n = 300
    grid = [[(i * j) % 17 for j in range(n)] for i in range(n)]
    transposed = [[row[i] for row in grid] for i in range(n)]
    diagonal_sums = {k: sum(grid[i][i + k] for i in range(n - k)) for k in range(0, n, 7)}
    distinct = {v for row in grid for v in row if v % 2}
    pairs = [(a, b) for a in range(120) for b in range(a, 120) if (a * b) % 11 == 3]
    squares = {x: x * x for x in range(20000) if x % 3}
    words = ["w%d" % (i % 500) for i in range(20000)]
    index = {}
    for position, word in enumerate(words):
        index.setdefault(word, []).append(position)
    lengths = sorted({len(v) for v in index.values()})
    flat = sum(v for row in transposed for v in row[::3])
    return diagonal_sums[7], sorted(distinct), len(pairs), len(squares), lengths, flat
