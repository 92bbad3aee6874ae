"""Standard-library calls GraalPy 25.0.3 could not make in a sandboxed worker; each answer is compared
with CPython's (expected/compat.txt)."""
import json


def scanner():
    import re
    tokens = re.Scanner([
        (r'\d+\.\d*', lambda s, t: ('float', float(t))),
        (r'\d+', lambda s, t: ('int', int(t))),
        (r'[A-Za-z_]\w*', lambda s, t: ('name', t)),
        (r'[+*/=-]', lambda s, t: ('op', t)),
        (r'\s+', None),
    ])
    flagged = re.Scanner([(r'abc', lambda s, t: t.upper()), (r'\s+', None)], re.IGNORECASE)
    as_bytes = re.Scanner([(rb'[0-9]+', lambda s, t: int(t)), (rb',', None)])
    return [tokens.scan('x1 = 3.5 * y + 42 ?rest'), flagged.scan('ABC abc aBc!'), as_bytes.scan(b'1,22,333')]


def lookup():
    import unicodedata
    out = [unicodedata.lookup(name) for name in ('LATIN SMALL LETTER A WITH GRAVE', 'bullet', 'GREEK CAPITAL LETTER OMEGA',
                                                 'SNOWMAN', 'DIGIT SEVEN')]
    for bad in ('NO SUCH CHARACTER NAME', "BULLET'}", ''):
        try:
            unicodedata.lookup(bad)
            out.append('found')
        except KeyError as e:
            out.append('KeyError: ' + str(e))
    return out


def idna():
    out = [name.encode('idna').decode('ascii') for name in ('b\u00fccher.de', 'Stra\u00dfe.de', '\u00c4\u00d6\u00dc.example',
                                                            'M\u00fcnchen.DE', 'xn--already.com')]
    out.append(b'xn--bcher-kva.de'.decode('idna'))
    out.append('b\u00fccher'.encode('idna').decode())
    for bad in ('a..b', 'x' * 64 + '.com'):
        try:
            bad.encode('idna')
            out.append('encoded')
        except UnicodeError as e:
            # CPython 3.11 wraps the message in "encoding with 'idna' codec failed (...)"; GraalPy does not.
            out.append([type(e).__name__, 'label empty or too long' in str(e)])
    return out


def event_loop():
    import asyncio

    async def work(n):
        await asyncio.sleep(0.01 * n)
        return n * n

    async def produce_consume():
        queue = asyncio.Queue()
        for i in range(5):
            await queue.put(i)
        got = []
        while not queue.empty():
            got.append(await queue.get())
        return got

    async def main():
        squares = await asyncio.gather(*(work(n) for n in range(4)))
        consumed = await produce_consume()
        try:
            await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
            timed_out = False
        except asyncio.TimeoutError:
            timed_out = True
        return [squares, consumed, timed_out]

    return asyncio.run(main())


def anext_default():
    """anext(iterator, default) awaited, driven by hand (send, throw, close) and misused."""
    import asyncio

    async def two():
        yield 1
        yield 2

    class Empty:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise StopAsyncIteration

    class NotAwaitable:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 5

    def error(call):
        try:
            return repr(call())
        except Exception as e:
            return type(e).__name__

    async def main():
        gen = two()
        got = [await anext(gen, 'd'), await anext(gen), await anext(gen, 'd'), await anext(gen, ['a', 'list']),
               await anext(Empty(), None), await anext(Empty(), 'empty')]
        try:
            await anext(NotAwaitable(), 'x')
        except TypeError as e:
            got.append(type(e).__name__)
        awaitable = anext(two(), 'z')
        got.append(await awaitable)
        try:
            await awaitable
            got.append('awaited twice')
        except RuntimeError as e:
            got.append(type(e).__name__)
        return got

    out = asyncio.run(main())
    awaitable = anext(two(), 'x')
    out.append(awaitable.__await__() is awaitable)
    try:
        awaitable.send(None)
    except StopIteration as stop:
        out.append(['stop', stop.value])
    exhausted = two()
    asyncio.run(_drain(exhausted))
    try:
        anext(exhausted, 'after the end').send(None)
    except StopIteration as stop:
        out.append(['stop', stop.value])
    out.append(error(lambda: anext(two(), 'x').throw(ValueError('v'))))
    out.append(anext(two(), 'x').close())
    out += [error(lambda: anext(1, 2)), error(lambda: anext(1)), error(lambda: anext()), error(lambda: anext(two(), 1, 2)),
            type(anext(two(), 1)).__name__]
    return out


async def _drain(gen):
    async for _ in gen:
        pass


def except_star_outcomes():
    """except* statements in functions of a module imported from source (except_star.py): each clause and outcome."""
    import except_star
    return except_star.all_outcomes()


def as_json(name):
    return json.dumps(globals()[name](), sort_keys=True, default=repr)
