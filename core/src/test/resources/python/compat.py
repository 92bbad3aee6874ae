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


def _outcome(call):
    try:
        value = call()
        if isinstance(value, (bytes, bytearray)):
            return value.hex() if len(value) <= 32 else len(value)
        return value
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


def gzip_framing():
    """zlib's gzip container (wbits 31, 47) fed in pieces: bytes written, eof, unused_data, copy(), errors."""
    import struct
    import zlib
    data = b''.join(b'record %d;' % i for i in range(400))
    co = zlib.compressobj(9, zlib.DEFLATED, 31)
    pieces = [co.compress(data[:5])]
    fork = co.copy()
    pieces += [co.compress(data[5:2000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[2000:]), co.flush()]
    stream = b''.join(pieces)
    forked = b''.join(pieces[:1]) + fork.flush()
    out = [[p.hex() if len(p) <= 16 else len(p) for p in pieces], zlib.crc32(stream), zlib.decompress(forked, 31) == data[:5],
           zlib.compress(data, 1, 31)[:10].hex(), zlib.decompress(zlib.compress(data, 6, 26), 26) == data]
    for wbits in (31, 47):
        d = zlib.decompressobj(wbits)
        got = [d.decompress(stream[:3]), d.eof]
        got.append(d.decompress(stream[3:200], 50))
        got.append(len(d.unconsumed_tail))
        # (no Decompress.copy() here: GraalPy's copies only the last input, and fails on the rest with any wbits)
        twin = zlib.decompressobj(wbits)
        twin.decompress(stream[:200], 50)
        rest = d.decompress(d.unconsumed_tail + stream[200:-4]) + d.flush()
        got += [len(rest), d.eof, d.unused_data]
        got.append(d.decompress(stream[-4:] + b'next'))
        got += [d.eof, d.unused_data, _outcome(lambda: d.decompress(b'more')), d.unused_data]
        whole = twin.decompress(twin.unconsumed_tail + stream[200:] + b"!")
        got += [len(whole), twin.eof, twin.unused_data]
        out.append(got)
    # A header with every optional field (extra, name, comment, header CRC), fed a byte at a time.
    head = b'\x1f\x8b\x08\x1e' + struct.pack('<I', 1600000000) + b'\x02\x03' + b'\x04\x00abcd' + b'name.txt\x00' + b'note\x00'
    head += struct.pack('<H', zlib.crc32(head) & 0xffff)
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    member = head + raw.compress(b'payload') + raw.flush() + struct.pack('<II', zlib.crc32(b'payload'), 7)
    d = zlib.decompressobj(47)
    out.append([b''.join(d.decompress(member[i:i + 1]) for i in range(len(member))), d.eof, zlib.decompress(member, 31)])
    out.append(zlib.decompressobj(47).decompress(zlib.compress(b'zlib inside')))
    bad_crc = stream[:-8] + b'\0\0\0\0' + stream[-4:]
    bad_size = stream[:-4] + b'\0\0\0\0'
    for broken in (bad_crc, bad_size, stream[:-3], b'\x1f\x8b\x07' + stream[3:], b'\x1f\x8b\x08\xe0' + stream[4:],
                   member[:27] + b'\0\0' + member[29:]):
        out.append([_outcome(lambda: zlib.decompress(broken, 31)), _outcome(lambda: zlib.decompressobj(31).decompress(broken))])
    out.append(_outcome(lambda: zlib.compressobj(6, zlib.DEFLATED, 31, zdict=b'dictionary')))
    return out


def hash_params():
    """BLAKE2 with digest size, key, salt and person, SHAKE of any length: update(), copy(), hashlib.new, errors."""
    import hashlib
    out = []
    for cls in (hashlib.blake2b, hashlib.blake2s):
        h = cls(b'first ', digest_size=20, key=b'k' * cls.MAX_KEY_SIZE, salt=b'salty', person=b'who')
        h.update(memoryview(b'second'))
        fork = h.copy()
        fork.update(bytearray(b' third'))
        plain = cls()
        plain.update(b'abc')
        plain_fork = plain.copy()
        plain_fork.update(b'd')
        out.append([h.hexdigest(), fork.hexdigest(), h.digest_size, h.block_size, h.name, plain.hexdigest(),
                    plain_fork.hexdigest(), cls(digest_size=cls.MAX_DIGEST_SIZE).hexdigest() == cls().hexdigest(),
                    [cls.MAX_DIGEST_SIZE, cls.MAX_KEY_SIZE, cls.SALT_SIZE, cls.PERSON_SIZE],
                    hashlib.new(cls.__name__, b'x', digest_size=5).hexdigest(), cls(b'', digest_size=1).hexdigest()])
        for bad in (lambda: cls(digest_size=0), lambda: cls(digest_size=cls.MAX_DIGEST_SIZE + 1),
                    lambda: cls(key=b'k' * (cls.MAX_KEY_SIZE + 1)), lambda: cls(salt=b's' * (cls.SALT_SIZE + 1)),
                    lambda: cls(person=b'p' * (cls.PERSON_SIZE + 1)), lambda: cls(b'x', key=b'k').update('text')):
            out.append(_outcome(bad))
    for name in ('shake_128', 'shake_256'):
        h = hashlib.new(name, b'abc')
        h.update(b'def')
        fork = h.copy()
        fork.update(b'!')
        big = getattr(hashlib, name)(bytes(range(256)) * 40)
        out.append([h.hexdigest(0), h.hexdigest(1), h.hexdigest(100), fork.hexdigest(33), h.hexdigest(33),
                    h.digest_size, h.block_size, h.name, big.hexdigest(300)[-40:]])
    return out


def as_json(name):
    return json.dumps(globals()[name](), sort_keys=True, default=repr)
