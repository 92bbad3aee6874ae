"""Deliberately CPU-bound pure Python: one call keeps one core busy."""


def count_below(below):
    if below < 0:
        raise ValueError("below must be >= 0, was %d" % below)
    count = 0
    for n in range(2, below):
        is_prime = True
        d = 2
        while d * d <= n:
            if n % d == 0:
                is_prime = False
                break
            d += 1
        if is_prime:
            count += 1
    return {"below": below, "count": count}


def primes_below(below):
    """The primes below ``below``, one at a time: a generator the app streams as server-sent events."""
    if below < 0:
        raise ValueError("below must be >= 0, was %d" % below)
    for n in range(2, below):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            yield n
