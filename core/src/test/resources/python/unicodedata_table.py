"""unicodedata's answers for every code point, as compact text (UnicodeDataTest compares a worker's with CPython's).

Regenerate the expected file (from the repository root, with CPython 3.11, Unicode 14.0.0):
    python3 core/src/test/resources/python/unicodedata_table.py > core/src/test/resources/expected/unicodedata-cpython.txt

The same functions run in a worker. Format: '@name rle' then lines 'START VALUE' (hex start; the value
holds up to the next start), or '@name sparse' then lines 'CP VALUE' for the code points whose value is
not '=' (for normalize: the input itself; NFKD and NFKC are given where they differ from NFD and NFC).
Values: '-' for ValueError (or the default), '!Name' for another exception, code points as uppercase hex.
"""
import time
import unicodedata

LAST = 0x10FFFF
FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def _call(f, *args):
    try:
        value = f(*args)
    except ValueError:
        return '-'
    except Exception as e:
        return '!' + type(e).__name__
    return value


def _number(f, c):
    # The default instead of the ValueError: raising one per code point costs minutes in GraalPy (errors()
    # checks the ValueError itself).
    value = f(c, None)
    return '-' if value is None else repr(value)


def _hex(s):
    return ' '.join('%X' % ord(ch) for ch in s)


DENSE = {
    'category': lambda ucd, c: ucd.category(c),
    'bidirectional': lambda ucd, c: ucd.bidirectional(c),
    'combining': lambda ucd, c: str(ucd.combining(c)),
    'mirrored': lambda ucd, c: str(ucd.mirrored(c)),
    'east_asian_width': lambda ucd, c: ucd.east_asian_width(c),
    'decimal': lambda ucd, c: _number(ucd.decimal, c),
    'digit': lambda ucd, c: _number(ucd.digit, c),
    'numeric': lambda ucd, c: _number(ucd.numeric, c),
    # Whether Unicode 3.2 had the code point, as ucd_3_2_0 (for stringprep and the idna codec) tells it.
    'assigned_3_2': lambda ucd, c: '0' if ucd.ucd_3_2_0.category(c) == 'Cn' else '1',
    'is_normalized': lambda ucd, c: ''.join('1' if ucd.is_normalized(f, c) else '0' for f in FORMS),
}


def properties(names=None, ucd=unicodedata):
    """The text for the named properties (all by default), from ucd (the module or ucd_3_2_0)."""
    out = []
    for name, f in DENSE.items():
        if names and name not in names:
            continue
        started = time.perf_counter()
        out.append('@%s rle' % name)
        previous = None
        for cp in range(LAST + 1):
            value = f(ucd, chr(cp))
            if value != previous:
                out.append('%X %s' % (cp, value))
                previous = value
        out.append('# %s: %.2f s' % (name, time.perf_counter() - started))
    if not names or 'decomposition' in names:
        started = time.perf_counter()
        out.append('@decomposition sparse')
        for cp in range(LAST + 1):
            value = ucd.decomposition(chr(cp))
            if value:
                out.append('%X %s' % (cp, value))
        out.append('# decomposition: %.2f s' % (time.perf_counter() - started))
    if not names or 'normalize' in names:
        started = time.perf_counter()
        lines = {form: ['@%s sparse' % form] for form in FORMS}
        # Blocks of code points joined by NUL, a starter that composes with nothing, normalize as each
        # code point alone would (U+0000 itself goes alone): one call per block instead of per code point.
        for block in range(0, LAST + 1, 4096):
            cps = [cp for cp in range(block, min(block + 4096, LAST + 1)) if cp]
            joined = '\x00'.join(map(chr, cps))
            results = {form: ucd.normalize(form, joined).split('\x00') for form in FORMS}
            if block == 0:
                cps.insert(0, 0)
                for form in FORMS:
                    results[form].insert(0, ucd.normalize(form, '\x00'))
            for i, cp in enumerate(cps):
                c = chr(cp)
                nfc, nfd, nfkc, nfkd = (results[form][i] for form in FORMS)
                values = {'NFC': nfc, 'NFD': nfd, 'NFKC': nfkc if nfkc != nfc else c, 'NFKD': nfkd if nfkd != nfd else c}
                for form in FORMS:
                    if values[form] != c:
                        lines[form].append('%X %s' % (cp, _hex(values[form])))
        for form in FORMS:
            out.extend(lines[form])
        out.append('# normalize: %.2f s' % (time.perf_counter() - started))
    return '\n'.join(out) + '\n'


def errors(ucd=unicodedata):
    """What the functions raise or answer for arguments that are not one character, and their defaults."""
    out = []
    one = ('category', 'bidirectional', 'combining', 'mirrored', 'east_asian_width', 'decomposition',
           'decimal', 'digit', 'numeric', 'name')
    for name in one:
        for arg in ('ab', '', 65, b'a', None):
            out.append('%s(%r) %s' % (name, arg, _outcome(getattr(ucd, name), arg)))
    for name in ('decimal', 'digit', 'numeric', 'name'):
        for args in (('a', None), ('a', 'x'), ('7', -1), ('\u00bd', 0), ('a', 1, 2), ()):
            out.append('%s%r %s' % (name, args, _outcome(getattr(ucd, name), *args)))
    for name in ('normalize', 'is_normalized'):
        for args in (('NFX', 'a'), ('nfc', 'a'), ('NFC', 1), (b'NFC', 'a'), ('NFC',), ('NFC', '')):
            out.append('%s%r %s' % (name, args, _outcome(getattr(ucd, name), *args)))
    old = ucd.ucd_3_2_0
    out.append('ucd_3_2_0 %s %r %r' % (old.unidata_version, [old.category(c) for c in 'a\u0221\u20ac\U0001F600'],
                                       [old.normalize('NFC', s) for s in ('e\u0301', 'e\u0301\u0221e\u0301')]))
    import stringprep
    out.append('stringprep %r' % [stringprep.in_table_a1(c) for c in 'a\u0221\u0378'])
    out.append('idna %r' % ['b\u00fccher.example'.encode('idna'), 'a\u0221b.example'.encode('idna')])
    for name in ('category', 'decimal', 'numeric', 'normalize'):
        try:
            getattr(ucd, name)(chr=' ') if name != 'normalize' else ucd.normalize(form='NFC', unistr=' ')
            out.append('%s keywords accepted' % name)
        except TypeError:
            out.append('%s keywords TypeError' % name)
    return '\n'.join(out) + '\n'


def _outcome(f, *args):
    try:
        return 'returns %r' % (f(*args),)
    except Exception as e:
        return 'raises %s: %s' % (type(e).__name__, e)


def worker_properties(names):
    """Called in the worker: names comma-separated."""
    return properties(names.split(','))


if __name__ == '__main__':
    import sys
    sys.stdout.write('# CPython %s, Unicode %s: python3 core/src/test/resources/python/unicodedata_table.py\n'
                     % (sys.version.split()[0], unicodedata.unidata_version))
    sys.stdout.write('\n'.join(line for line in properties().split('\n') if not line.startswith('# ')))
    sys.stdout.write('@errors\n' + errors())
