"""Coroutines: async def tasks driven by a small round-robin scheduler (no event loop), plus
generator coroutines fed with send()."""
from collections import deque


class _Yield:
    """An awaitable that hands control back to the scheduler once."""

    def __await__(self):
        yield


class _Channel:
    def __init__(self):
        self.items = deque()

    async def put(self, item):
        self.items.append(item)
        await _Yield()

    async def get(self):
        while not self.items:
            await _Yield()
        return self.items.popleft()


def _schedule(coroutines):
    ready = deque(coroutines)
    steps = 0
    while ready:
        task = ready.popleft()
        try:
            task.send(None)
            steps += 1
            ready.append(task)
        except StopIteration:
            pass
    return steps


async def _producer(channel, n, base):
    for i in range(n):
        await channel.put(base + i)
    await channel.put(None)


async def _consumer(channel, out, producers):
    done = 0
    total = 0
    while done < producers:
        item = await channel.get()
        if item is None:
            done += 1
        else:
            total += await _square(item)
    out.append(total)


async def _square(x):
    return x * x % 1009


def _averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def run():
    channel = _Channel()
    out = []
    steps = _schedule([_producer(channel, 4000, 0), _producer(channel, 4000, 100000),
                       _producer(channel, 4000, 7), _consumer(channel, out, 3)])
    avg = _averager()
    next(avg)
    last = None
    for i in range(30000):
        last = avg.send(i % 97)
    return steps, out, round(last, 9)
