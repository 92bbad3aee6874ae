"""Deep generator chains: a pipeline of generator functions and expressions, yield from, itertools."""
import itertools


def _source(n):
    for i in range(n):
        yield i


def _scale(items, k):
    for x in items:
        yield x * k


def _keep(items, predicate):
    for x in items:
        if predicate(x):
            yield x


def _windows(items, size):
    window = []
    for x in items:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def _flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from _flatten(item)
        else:
            yield item


def _nested(depth, width):
    if depth == 0:
        return list(range(width))
    return [_nested(depth - 1, width) for _ in range(width)]


def run():
    stage = _source(60000)
    for k in (3, 1, 2):
        stage = _scale(stage, k)
    stage = _keep(stage, lambda x: x % 4 != 0)
    stage = (a + b - c for a, b, c in _windows(stage, 3))
    stage = itertools.accumulate(itertools.islice(stage, 0, None, 2))
    last = total = count = 0
    for last in stage:
        count += 1
    flat = _flatten(_nested(5, 6))
    total = sum(x for x in flat)
    chained = sum(1 for _ in itertools.chain.from_iterable(_windows(_source(20000), 4)))
    return count, last, total, chained
