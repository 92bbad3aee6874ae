"""Generators, coroutines and async generators for StreamingTest and AsyncCallsTest."""
import asyncio
import time

events = []


def reset():
    events.clear()
    return None


def log():
    return list(events)


def count(n, step=1):
    try:
        for i in range(0, n * step, step):
            yield i
    finally:
        events.append('count closed')


def rows(n):
    for i in range(n):
        yield (i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7, i + 8, i + 9)


def rows_list(n):
    return list(rows(n))


def fail_after(n):
    for i in range(n):
        yield i
    raise ValueError('no item %d' % n)


def mixed():
    yield 1
    yield 2
    yield 'three'
    yield 4


def slow(delay):
    try:
        i = 0
        while True:
            time.sleep(delay)
            yield i
            i += 1
    finally:
        events.append('slow closed')


def produced():
    """Counts what a generator produced so far: the tests check Python did not run far ahead."""
    return len(_produced)


_produced = []


def tracked(n):
    _produced.clear()
    for i in range(n):
        _produced.append(i)
        yield i


def not_iterable():
    return 42


async def add_later(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def fails_later():
    await asyncio.sleep(0)
    raise KeyError('missing')


async def sleeps(seconds):
    try:
        await asyncio.sleep(seconds)
        events.append('sleeps finished')
    except asyncio.CancelledError:
        events.append('sleeps cancelled')
        raise
    finally:
        events.append('sleeps finally')


async def gather_squares(n):
    async def square(i):
        await asyncio.sleep(0)
        return i * i
    return list(await asyncio.gather(*(square(i) for i in range(n))))


async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        events.append('ticks closed')


async def coroutine_of_generator(n):
    await asyncio.sleep(0)
    return count(n)
