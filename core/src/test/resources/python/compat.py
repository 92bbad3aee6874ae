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


def as_json(name):
    return json.dumps(globals()[name](), sort_keys=True, default=repr)
