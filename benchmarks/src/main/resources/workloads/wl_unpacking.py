"""Tuple and list unpacking loops: swaps, starred targets, nested targets, enumerate and zip."""


def run():
    points = [(i, i * 2, (i % 7, i % 11)) for i in range(20000)]
    acc = 0
    for x, y, (a, b) in points:
        x, y = y, x
        acc += x - y + a * b
    first, *middle, last = list(range(500))
    heads = 0
    for _ in range(40):
        for head, *rest in (points[k:k + 4] for k in range(0, 2000, 4)):
            heads += head[0] + len(rest)
    pairs = 0
    for i, (p, q) in enumerate(zip(points, points[1:])):
        (px, py, _), (qx, qy, _) = p, q
        pairs += (qx - px) * (qy - py) + (i & 1)
    a, b, c = 1, 2, 3
    for _ in range(100000):
        a, b, c = b, c, a
    [u, v], w = [a, b], c
    return acc, first + last + len(middle), heads, pairs, (u, v, w)
