"""Functions behind the Python method tests: one per Java method name of CallForms."""
import asyncio
import time

events = []


def reset():
    events.clear()


def log():
    return list(events)


def record(label):
    events.append(label)
    return 'ignored'


def add(a, b):
    return a + b


addFuture = addStage = addMono = add


def maybe(x):
    return None if x < 0 else x


def fail(message):
    raise ValueError(message)


failFuture = failMono = fail


def _busy(seconds):
    # a busy wait, which an interrupt stops within milliseconds (GraalPy 25.0.3 does not
    # interrupt time.sleep: the worker's context would be cancelled and replaced instead)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def slow(seconds):
    _busy(seconds)
    return seconds


slowFuture = slowMono = slowDeclared = slow


def count(n):
    try:
        for i in range(n):
            yield i
    finally:
        events.append('count closed')


countIterator = countFlux = countPublisher = count


def failAfter(n):
    for i in range(n):
        yield i
    raise ValueError('no item %d' % n)


failAfterFlux = failAfter


def slowCount(delay):
    i = 0
    while True:
        _busy(delay)
        yield i
        i += 1


def points(n):
    for i in range(n):
        yield {'label': 'p%d' % i, 'x': i, 'y': -i}


def summary(values):
    return {'count': len(values), 'mean': sum(values) / len(values), 'median': sorted(values)[len(values) // 2],
            'stdev': 0.0}


async def addLater(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def sleeps(seconds):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        events.append('sleeps cancelled')
        raise
    finally:
        events.append('sleeps finally')


sleepsFuture = sleepsMono = sleeps


async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        events.append('ticks closed')
