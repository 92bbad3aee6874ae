"""Everyday standard-library features, one small self-contained function each (f_<area>_<what>), whose answers
are compared with CPython's (expected/stdlib-features.json).

Only json and sys are imported at module level; every feature imports what it needs, so a missing or denied
module fails only its own features. Every answer is JSON-serialisable and the same on CPython 3.11 and 3.12:
no reprs that changed between versions, no exception messages from the library, no addresses, hashes,
timings, random values, current dates, temp paths or hash-seed dependent orderings.
"""
import json
import sys


def _r(x, places=10):
    """Rounds a float (or each float of a list/tuple) to a platform-independent number of places."""
    if isinstance(x, (list, tuple)):
        return [_r(v, places) for v in x]
    if isinstance(x, complex):
        return [round(x.real, places), round(x.imag, places)]
    return round(x, places)


# ---------------------------------------------------------------------------------------------------------
# re
# ---------------------------------------------------------------------------------------------------------

def f_re_groups():
    """re.match/search with numbered groups, group(), groups(), span() and optional groups."""
    import re
    m = re.match(r'(\w+)-(\d+)(?:-(x))?', 'abc-123 rest')
    s = re.search(r'(\d{4})/(\d{2})', 'on 2024/03 and 2025/04')
    return [m.group(0), m.group(1, 2), list(m.groups()), m.groups('none'), list(m.span(2)), m.lastindex,
            s.group(), s.start(), s.end(), list(s.regs[1])]


def f_re_named_groups():
    """Named groups: (?P<name>...), groupdict(), backreference (?P=name) and \\g<name> in templates."""
    import re
    m = re.match(r'(?P<key>\w+)=(?P<val>\w+);(?P=key)', 'color=red;color')
    swapped = re.sub(r'(?P<a>\w+) (?P<b>\w+)', r'\g<b> \g<a>', 'hello world')
    return [m.groupdict(), m.group('val'), m.lastgroup, swapped, sorted(re.compile(r'(?P<x>a)(?P<y>b)').groupindex.items()),
            m.expand(r'\g<val>!\1')]


def f_re_lookbehind():
    """Positive and negative lookbehind assertions."""
    import re
    return [re.findall(r'(?<=\$)\d+', 'cost $30, $45 and 60'), re.findall(r'(?<!\$)\b\d+', 'cost $30, $45 and 60'),
            re.sub(r'(?<=a)b', 'X', 'ab cb abab')]


def f_re_lookahead():
    """Positive and negative lookahead, including a password-style multi-lookahead."""
    import re
    strong = re.compile(r'^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$')
    return [re.findall(r'\w+(?=:)', 'a: b c: d'), re.findall(r'\b\w+\b(?!\()', 'f(x) g y('),
            [bool(strong.match(p)) for p in ('Passw0rdX', 'password', 'SHORT1a')],
            re.sub(r'\B(?=(\d{3})+(?!\d))', ',', '1234567890')]


def f_re_sub_function():
    """re.sub/subn with a replacement function and a count limit."""
    import re
    doubled = re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333')
    upper, n = re.subn(r'[aeiou]', lambda m: m.group().upper(), 'education', count=3)
    return [doubled, upper, n, re.sub(r'x*', '-', 'abxd'), re.sub(r'(a)|b', lambda m: m.group(1) or 'B', 'abab')]


def f_re_split():
    """re.split with captured separators, maxsplit and empty matches."""
    import re
    return [re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'([,;])', 'a,b;c'), re.split(r',', 'a,b,c,d', maxsplit=2),
            re.split(r'\b', 'hi there'), re.split(r'(x)?-', 'a-bx-c')]


def f_re_flags():
    """Flags IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII and inline (?i) flags."""
    import re
    verbose = re.compile(r"""
        (\d{3})   # area
        [-.\s]?
        (\d{4})   # number
    """, re.VERBOSE)
    return [re.findall(r'^\w', 'one\ntwo\nthree', re.M), re.findall(r'a.b', 'a\nb', re.S), re.findall(r'a.b', 'a\nb'),
            re.findall(r'straße', 'STRASSE Straße', re.I), verbose.match('555-1234').groups(),
            re.findall(r'(?i)hello', 'Hello HELLO hello'), bool(re.match(r'\w', 'é')), bool(re.match(r'\w', 'é', re.A)),
            int(re.I | re.M) == (re.I.value | re.M.value)]


def f_re_scanner():
    """re.Scanner tokenising an arithmetic expression (with a remainder)."""
    import re
    scanner = re.Scanner([
        (r'\d+\.\d*', lambda s, t: ['float', float(t)]),
        (r'\d+', lambda s, t: ['int', int(t)]),
        (r'[A-Za-z_]\w*', lambda s, t: ['name', t]),
        (r'[+*/=()-]', lambda s, t: ['op', t]),
        (r'\s+', None),
    ])
    tokens, rest = scanner.scan('x1 = (3.5 * y) + 42 ?rest')
    return [tokens, rest]


def f_re_fullmatch():
    """re.fullmatch versus match, with alternation and anchors."""
    import re
    return [bool(re.fullmatch(r'\d+', '123')), bool(re.fullmatch(r'\d+', '123a')), bool(re.match(r'\d+', '123a')),
            re.fullmatch(r'a|ab', 'ab').group(), bool(re.compile(r'[a-z]+').fullmatch('xabcx', 1, 4))]


def f_re_finditer():
    """re.finditer yielding match objects with spans, and findall with several groups."""
    import re
    return [[[m.group(), m.start(), m.end()] for m in re.finditer(r'\b\w{3}\b', 'the cat sat on a mat')],
            re.findall(r'(\w)=(\d)', 'a=1 b=2 c=x'), len(list(re.finditer(r'', 'abc')))]


def f_re_bytes():
    """Bytes patterns: findall, sub, split, and the str/bytes mixing TypeError."""
    import re
    out = [[x.decode() for x in re.findall(rb'[0-9]+', b'a1b22c333')], re.sub(rb'\s+', b'_', b'a  b\tc').decode(),
           [x.decode() for x in re.split(rb',', b'x,y,z')], bool(re.match(rb'\w', b'\xe9'))]
    try:
        re.match(rb'a', 'a')
        out.append('no error')
    except TypeError as e:
        out.append(type(e).__name__)
    return out


def f_re_escape_error():
    """re.escape and re.error (class name and .pos) on bad patterns."""
    import re
    out = [re.escape('a.b*c?[d]'), bool(re.match(re.escape('1+1=2'), '1+1=2'))]
    for bad in ('(abc', 'a{2,1}', '[z-a]'):
        try:
            re.compile(bad)
            out.append('compiled')
        except re.error as e:
            out.append([type(e).__name__, e.pos])
    return out


# ---------------------------------------------------------------------------------------------------------
# unicodedata
# ---------------------------------------------------------------------------------------------------------

def f_unicodedata_name():
    """unicodedata.name with and without a default."""
    import unicodedata
    return [unicodedata.name(c) for c in 'aé€☃中'] + [unicodedata.name('\x00', 'no name'), unicodedata.name('\ue000', None)]


def f_unicodedata_lookup():
    """unicodedata.lookup by name (case-insensitive), and KeyError for unknown names."""
    import unicodedata
    out = [unicodedata.lookup(n) for n in ('LATIN SMALL LETTER A WITH GRAVE', 'bullet', 'GREEK CAPITAL LETTER OMEGA',
                                          'SNOWMAN', 'DIGIT SEVEN')]
    try:
        unicodedata.lookup('NO SUCH CHARACTER NAME')
        out.append('found')
    except KeyError as e:
        out.append(type(e).__name__)
    out.append('\N{EM DASH}\N{BLACK HEART SUIT}')
    return out


def f_unicodedata_normalize():
    """unicodedata.normalize NFC/NFD/NFKC/NFKD and is_normalized."""
    import unicodedata
    s = 'e\u0301 ﬁ ①'
    return [[f, [hex(ord(c)) for c in unicodedata.normalize(f, s)]] for f in ('NFC', 'NFD', 'NFKC', 'NFKD')] + [
        unicodedata.is_normalized('NFC', 'é'), unicodedata.is_normalized('NFD', 'é'),
        unicodedata.normalize('NFC', 'Å') == '\u00c5']


def f_unicodedata_category():
    """unicodedata.category, bidirectional, combining, mirrored, east_asian_width, decomposition."""
    import unicodedata
    chars = 'aA1 ,\u0301中('
    return [[unicodedata.category(c), unicodedata.bidirectional(c), unicodedata.combining(c), unicodedata.mirrored(c),
             unicodedata.east_asian_width(c)] for c in chars] + [unicodedata.decomposition('é'), unicodedata.decomposition('a')]


def f_unicodedata_numeric():
    """unicodedata.decimal, digit and numeric, with defaults for non-numeric characters."""
    import unicodedata
    return [[unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None)]
            for c in '7٣²½Ⅻx']


# ---------------------------------------------------------------------------------------------------------
# codecs
# ---------------------------------------------------------------------------------------------------------

def f_codecs_utf_round_trips():
    """UTF-8/16/32 encodings (with and without BOM, both byte orders) and round trips."""
    s = 'héllo €𝄞'
    out = []
    for enc in ('utf-8', 'utf-8-sig', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be'):
        b = s.encode(enc)
        out.append([enc, b.hex(), b.decode(enc) == s])
    for enc in ('utf-16', 'utf-32'):
        b = s.encode(enc)
        out.append([enc, len(b), b.decode(enc) == s, b[:2] in (b'\xff\xfe', b'\xfe\xff', b'\x00\x00')])
    out.append(b'\xef\xbb\xbfabc'.decode('utf-8-sig'))
    out.append(b'\xfe\xff\x00A'.decode('utf-16'))
    return out


def f_codecs_cp1252_latin1():
    """cp1252 and latin-1 encode/decode, including the cp1252-only characters and an undefined byte."""
    out = ['€‚ƒ„…'.encode('cp1252').hex(), bytes(range(0x80, 0x86)).decode('latin-1'),
           'ÿþ'.encode('latin-1').hex(), bytes([0x80, 0x9f]).decode('cp1252'), 'Ω'.encode('cp437').hex(),
           b'\xe4'.decode('iso8859-15'), b'\xa4'.decode('iso8859-15')]
    try:
        b'\x81'.decode('cp1252')
        out.append('decoded')
    except UnicodeDecodeError as e:
        out.append([type(e).__name__, e.start, e.end])
    try:
        '€'.encode('latin-1')
        out.append('encoded')
    except UnicodeEncodeError as e:
        out.append([type(e).__name__, e.start, e.end, e.object])
    return out


def f_codecs_idna():
    """The idna codec: encoding internationalised host names and decoding ACE labels."""
    out = [n.encode('idna').decode('ascii') for n in ('bücher.de', 'Straße.de', 'ÄÖÜ.example', 'München.DE', 'plain.com')]
    out.append(b'xn--bcher-kva.de'.decode('idna'))
    out.append('xn--mnchen-3ya.de'.encode('ascii').decode('idna'))
    try:
        'a..b'.encode('idna')
        out.append('encoded')
    except UnicodeError as e:
        out.append(type(e).__name__)
    return out


def f_codecs_punycode():
    """The punycode codec in both directions."""
    words = ['bücher', 'münchen', '中文', 'abc', 'ñandú']
    enc = [w.encode('punycode').decode('ascii') for w in words]
    return [enc, [e.encode('ascii').decode('punycode') for e in enc]]


def f_codecs_base64_binascii_quopri():
    """Binary-to-text codecs: base64_codec, hex_codec, quopri, rot13 and zlib_codec via codecs.encode/decode."""
    import codecs
    import quopri
    data = b'hello\x00world=\xff'
    return [codecs.encode(data, 'base64').decode(), codecs.encode(data, 'hex').decode(),
            codecs.decode(codecs.encode(data, 'base64'), 'base64') == data, codecs.encode('Hello', 'rot13'),
            quopri.encodestring('caf\xe9 = ok'.encode('latin-1')).decode(), quopri.decodestring(b'caf=E9=3D').hex(),
            codecs.encode(b'abc', 'quopri').decode(), codecs.decode(codecs.encode(data, 'zlib'), 'zlib') == data]


def f_codecs_iterdecode():
    """Incremental decoding with codecs.iterdecode and getincrementaldecoder across split multi-byte characters."""
    import codecs
    raw = 'a€b𝄞c'.encode('utf-8')
    chunks = [raw[i:i + 1] for i in range(len(raw))]
    dec = codecs.getincrementaldecoder('utf-8')()
    parts = [dec.decode(c) for c in chunks] + [dec.decode(b'', final=True)]
    enc = codecs.getincrementalencoder('utf-16-le')()
    u16 = b''.join(enc.encode(ch) for ch in 'h€') + enc.encode('', final=True)
    return [''.join(codecs.iterdecode(iter(chunks), 'utf-8')), parts, u16.hex(),
            [b.hex() for b in codecs.iterencode(['a', 'é'], 'utf-8')], codecs.lookup('UTF8').name, codecs.lookup('latin_1').name]


def f_codecs_errors():
    """Error handlers: strict, replace, ignore, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape."""
    bad = b'ab\xff\xfecd'
    s = 'aé€'
    out = [bad.decode('utf-8', 'replace'), bad.decode('utf-8', 'ignore'), bad.decode('utf-8', 'backslashreplace'),
           [hex(ord(c)) for c in bad.decode('utf-8', 'surrogateescape')],
           bad.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == bad,
           s.encode('ascii', 'replace').decode(), s.encode('ascii', 'xmlcharrefreplace').decode(),
           s.encode('ascii', 'backslashreplace').decode(), s.encode('ascii', 'namereplace').decode(),
           s.encode('ascii', 'ignore').decode(), '\ud800'.encode('utf-8', 'surrogatepass').hex()]
    try:
        bad.decode('utf-8')
    except UnicodeDecodeError as e:
        out.append([type(e).__name__, e.encoding, e.start, e.end, e.reason])
    return out


def f_codecs_namereplace_paths():
    """namereplace through str.encode, codecs.encode, CodecInfo.encode and codecs.*_encode, for several codecs."""
    import codecs
    s = 'a\xe9\u20ac\U0001f600'
    return [[s.encode(enc, 'namereplace').hex() for enc in ('ascii', 'latin-1', 'cp1252', 'iso8859-15', 'utf-16-le')],
            codecs.encode(s, 'ascii', 'namereplace').decode(), codecs.lookup('latin-1').encode(s, 'namereplace')[0].hex(),
            codecs.ascii_encode(s, 'namereplace')[0].decode(), codecs.latin_1_encode(s, 'namereplace')[0].hex(),
            codecs.utf_8_encode('x\ud800y', 'namereplace')[0].decode(), 'x\ud800y'.encode('utf-8', 'namereplace').decode(),
            'x\ud800y'.encode('ascii', 'namereplace').decode(), codecs.lookup_error('namereplace') is codecs.namereplace_errors,
            s.encode('ascii', 'replace').decode(), s.encode('ascii', 'backslashreplace').decode(), s.encode('ascii', 'ignore').decode(),
            s.encode('utf-8', 'namereplace').hex()]


def f_codecs_lookup_names():
    """CodecInfo.name is the codec's own name whatever spelling or alias was looked up; CodecInfo made by code keeps its name."""
    import codecs
    spellings = ('UTF8', 'utf_8', 'U8', 'utf-8', 'latin_1', 'L1', 'ISO-8859-1', 'ascii', 'US-ASCII', '646', 'utf-16', 'UTF-16LE',
                 'utf_16_be', 'cp1252', 'windows-1252', 'utf-32', 'KOI8-R', 'cp437', 'mac_roman', 'utf-8-sig', 'iso8859_15', 'idna',
                 'rot13', 'hex', 'base64')
    mine = codecs.CodecInfo(lambda s, errors='strict': (s.encode('ascii'), len(s)), lambda b, errors='strict': (bytes(b).decode(), len(b)),
                            name='My-Codec')
    codecs.register(lambda name: mine if name == 'interpy_test_my_codec' else None)
    found = codecs.lookup('interpy_test_my_codec')
    return [[codecs.lookup(n).name for n in spellings], type(codecs.lookup('utf-8')) is codecs.CodecInfo,
            isinstance(codecs.lookup('latin-1'), tuple), len(codecs.lookup('cp1252')), mine.name, found is mine, found.name,
            codecs.encode('abc', 'interpy_test_my_codec').decode(), 'abc'.encode('interpy_test_my_codec').decode(),
            codecs.lookup('utf-8').encode('h\xe9')[0].hex(), codecs.lookup('utf-8').decode(b'h\xc3\xa9'),
            codecs.getincrementaldecoder('latin-1')().decode(b'\xe9'), codecs.lookup('utf-8')._is_text_encoding]


def f_codecs_error_reasons():
    """UnicodeDecodeError and UnicodeEncodeError positions and reasons of the utf-8, ascii and latin-1 codecs."""
    out = []
    for data in (b'ab\xff\xfecd', b'a\xc3', b'a\xc3b', b'\xe2\x82', b'\xed\xa0\x80', b'\xf5', b'\xc0\x80', b'\xe0\x80\x80',
                 b'\xf0\x80\x80\x80', b'\xf4\x90\x80\x80', b'ab\xe2\x82', b'\xe2\x82\xac\xe2(', b'\xf0\x9f\x98'):
        try:
            data.decode('utf-8')
            out.append('decoded')
        except UnicodeDecodeError as e:
            out.append([e.encoding, e.start, e.end, e.reason, str(e)])
    for text, encoding in (('ab\xffc', 'ascii'), ('a\u0100b', 'latin-1'), ('x\ud800', 'utf-8'), ('\xe9', 'ascii')):
        try:
            text.encode(encoding)
            out.append('encoded')
        except UnicodeEncodeError as e:
            out.append([type(e).__name__, e.encoding, e.start, e.end, e.reason, str(e)])
    import codecs
    for call in (lambda: b'ab\xff'.decode('ascii'), lambda: codecs.utf_8_decode(b'a\xffb'), lambda: b'\x81'.decode('cp1252'),
                 lambda: '\u0100'.encode('cp1252'), lambda: codecs.getincrementaldecoder('utf-8')().decode(b'a\xe2\x82', True),
                 lambda: codecs.strict_errors(UnicodeDecodeError('utf-8', b'x', 0, 1, 'mine')), lambda: codecs.strict_errors('no')):
        try:
            call()
            out.append('no error')
        except UnicodeError as e:
            out.append([type(e).__name__, e.encoding, e.start, e.end, e.reason, str(e)])
        except TypeError as e:
            out.append(type(e).__name__)
    return out + [codecs.lookup_error('strict') is codecs.strict_errors, 'x\xffy'.encode('ascii', 'replace').decode()]


def f_codecs_register_error():
    """codecs.register_error with a custom handler and codecs.lookup_error."""
    import codecs

    def handler(err):
        return ('<%d-%d>' % (err.start, err.end), err.end)
    codecs.register_error('stdlib_features.mark', handler)
    return [b'a\xff\xfeb'.decode('ascii', 'stdlib_features.mark'), 'a€b'.encode('ascii', 'stdlib_features.mark').decode(),
            codecs.lookup_error('stdlib_features.mark') is handler, callable(codecs.lookup_error('strict'))]


# ---------------------------------------------------------------------------------------------------------
# string, text processing
# ---------------------------------------------------------------------------------------------------------

def f_string_constants():
    """string module constants and string.capwords."""
    import string
    return [string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation,
            repr(string.whitespace), string.capwords('hello   big  world'), string.capwords('a-b c-d', '-')]


def f_string_template():
    """string.Template substitute/safe_substitute, $$ escapes, get_identifiers and a custom delimiter."""
    import string
    t = string.Template('$who likes ${what}; cost $$5 $missing')
    out = [t.safe_substitute(who='tim', what='kung pao'), t.get_identifiers(), t.is_valid()]
    try:
        t.substitute(who='tim')
    except KeyError as e:
        out.append([type(e).__name__, e.args[0]])

    class Percent(string.Template):
        delimiter = '%'
    out.append(Percent('%a and %{b}').substitute(a=1, b=2))
    try:
        string.Template('bad $').substitute()
    except ValueError as e:
        out.append(type(e).__name__)
    return out


def f_string_formatter():
    """string.Formatter: parse() of a format string, vformat, and a subclass with a custom conversion."""
    import string
    f = string.Formatter()

    class Upper(string.Formatter):
        def convert_field(self, value, conversion):
            return str(value).upper() if conversion == 'u' else super().convert_field(value, conversion)
    return [list(f.parse('a{0}b{name!r:>5}c{{d}}')), f.format('{0}-{1}-{k}', 1, 2, k=3),
            f.vformat('{x:.2f}', (), {'x': 3.14159}), Upper().format('{0!u} {1!r}', 'abc', 'd')]


def f_textwrap_wrap_fill():
    """textwrap.wrap and fill with width, indents, long words and break_on_hyphens."""
    import textwrap
    text = 'The quick brown fox jumps over the lazy dog; supercalifragilisticexpialidocious well-known words.'
    return [textwrap.wrap(text, 20), textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '),
            textwrap.wrap('a-very-long-hyphenated-word', 10), textwrap.wrap('a-very-long-hyphenated-word', 10, break_on_hyphens=False),
            textwrap.wrap('abcdefghijkl', 5, break_long_words=False), textwrap.wrap('  lead  ', 10)]


def f_textwrap_dedent_indent_shorten():
    """textwrap.dedent, indent with a predicate, and shorten."""
    import textwrap
    block = '''
        def f():
            return 1

        x = 2
    '''
    return [textwrap.dedent(block), textwrap.indent('a\n\nb\n', '> '),
            textwrap.indent('a\n\nb\n', '> ', lambda line: True), textwrap.shorten('Hello  world, this is long', 15),
            textwrap.shorten('Hello world', 5, placeholder='...')]


def f_difflib_sequence_matcher():
    """difflib.SequenceMatcher: ratio, opcodes, matching blocks and longest match."""
    import difflib
    sm = difflib.SequenceMatcher(None, 'abcdefgh', 'abxdefzh')
    m = sm.find_longest_match(0, 8, 0, 8)
    return [round(sm.ratio(), 10), [list(op) for op in sm.get_opcodes()], [list(b) for b in sm.get_matching_blocks()],
            [m.a, m.b, m.size], round(difflib.SequenceMatcher(lambda c: c == ' ', 'a b c', 'a  bc').quick_ratio(), 10)]


def f_difflib_unified_diff():
    """difflib.unified_diff, context_diff and ndiff of two small texts."""
    import difflib
    a = ['one\n', 'two\n', 'three\n', 'four\n']
    b = ['one\n', 'too\n', 'three\n', 'four\n', 'five\n']
    return [list(difflib.unified_diff(a, b, 'a.txt', 'b.txt', n=1)), list(difflib.context_diff(a, b, 'a', 'b', n=0)),
            list(difflib.ndiff(['abc\n'], ['abd\n'])), list(difflib.restore(difflib.ndiff(a, b), 2)) == b]


def f_difflib_get_close_matches():
    """difflib.get_close_matches with cutoff and n."""
    import difflib
    words = ['ape', 'apple', 'peach', 'puppy', 'applet', 'maple']
    return [difflib.get_close_matches('appel', words), difflib.get_close_matches('appel', words, n=1),
            difflib.get_close_matches('zzz', words), difflib.get_close_matches('pech', words, cutoff=0.5)]


def f_fnmatch_patterns():
    """fnmatch.fnmatchcase, filter and translate."""
    import fnmatch
    import re
    names = ['a.py', 'b.txt', 'setup.cfg', 'A.PY', 'x1.py', 'x12.py', '[x].py']
    return [[n for n in names if fnmatch.fnmatchcase(n, '*.py')], fnmatch.filter(names, 'x?.py'),
            [n for n in names if fnmatch.fnmatchcase(n, '[!ab]*')], [n for n in names if fnmatch.fnmatchcase(n, '[[]x].py')],
            bool(re.match(fnmatch.translate('*.t?t'), 'b.txt'))]


def f_shlex_split_join_quote():
    """shlex.split (quotes, escapes, comments), shlex.join, shlex.quote and a shlex lexer."""
    import shlex
    lexer = shlex.shlex('a=1; b = "two words" # c', posix=True, punctuation_chars=True)
    return [shlex.split('ls -l "my file.txt" \'single q\' back\\ slash'), shlex.split('a # comment', comments=True),
            shlex.join(['echo', 'hello world', "it's", '$HOME']), shlex.quote(''), shlex.quote('safe-word_1.txt'),
            list(lexer)]


def f_format_spec_mini_language():
    """format() with the format-spec mini-language: fill/align, sign, width, grouping, precision, types."""
    return [format(42, '08d'), format(42, '+d'), format(-42, ' d'), format(1234567, ','), format(1234567, '_'),
            format(255, '#x'), format(255, '#o'), format(255, '#b'), format(255, 'X'), format(3.14159, '.2f'),
            format(3.14159, '10.3f'), format(3.14159, '<10.1f') + '|', format('ab', '*^7'), format(0.25, '%'),
            format(0.000012345, '.3e'), format(1e20, 'g'), format(1.5e-7, 'g'), format(123456.789, ',.2f'),
            format(12, '=+6'), format(1 / 3, '.15g'), format(2.5, '.0f'), format(3.5, '.0f'), format(65, 'c'),
            format(10 ** 20, '_x'), format(float('inf'), 'f'), format(-0.0, '.1f'), format(-0.0001, 'z.2f')]


def f_format_spec_z_option():
    """format() with the 'z' option (negative zero after rounding shown as zero) on floats, with signs, fill, width, types."""
    values = (-0.0, 0.0, -0.0001, -0.004, -0.005, -0.0051, -1e-300, -1.5, -0.049, -0.05, float('-inf'), 1e-7)
    specs = ('z', 'z.2f', '+z.1f', ' z.3f', '*>z10.2f', 'z.0f', 'z.2e', 'z.3g', 'z.1%', '=+z08.2f', 'z,.2f', 'z_.1f', '^z9.1F')
    out = [[format(v, spec) for spec in specs] for v in values]
    for value, spec in ((5, 'z'), (5, 'zd'), ('ab', 'z'), (1.5, 'zz')):
        try:
            out.append(format(value, spec))
        except ValueError:
            out.append('ValueError')
    return out


def f_format_spec_z_in_str_format():
    """The 'z' format option through str.format and f-strings (float.__format__)."""
    x = -0.0001
    return [f'{x:z.2f}', '{:z.1f}'.format(x), '{0:+z.3f}'.format(-0.0)]


def f_fstring_features():
    """f-strings: expressions, !r/!s/!a, nested format specs, = specifier, dates and escaped braces."""
    import datetime
    x, width, name = 3.14159, 10, 'é'
    d = datetime.date(2024, 2, 29)
    return [f'{x:.{2}f}', f'{x:>{width}.3f}', f'{name!r} {name!a} {name!s}', f'{x=:.1f}', f'{1 + 2=}', f'{{lit}}',
            f'{d:%Y/%m/%d}', f'{"nested"!r:>10}', f'{[i * i for i in range(4)]}', f'{3 if x > 3 else 0}',
            f'{12345678:,}', f'{"a":{"-"}^5}']


def f_str_format_map():
    """str.format, str.format_map with a defaulting mapping, and attribute/index lookup in fields."""
    import collections

    class Default(dict):
        def __missing__(self, key):
            return '<' + key + '>'
    Point = collections.namedtuple('Point', 'x y')
    return ['{name} is {age}'.format_map(Default(name='Ann')), '{0[1]} {1.x} {k[a]}'.format([5, 6], Point(1, 2), k={'a': 'A'}),
            '{:>8}|{:<4}|{:^6}'.format('r', 'l', 'c'), '{0}{1}{0}'.format('a', 'b'), '%s %d %.2f %r %5s|%-5s|' % ('s', 7, 2.5, 'q', 'x', 'y'),
            '%(a)s-%(b)03d' % {'a': 'A', 'b': 7}]


def f_str_methods():
    """str methods: casefold, partition, translate/maketrans, removeprefix, expandtabs, zfill, split variants."""
    table = str.maketrans({'a': '1', 'b': None}, )
    return ['Straße'.casefold(), 'a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abcab'.translate(table),
            str.maketrans('ab', 'xy') == {97: 120, 98: 121}, 'prefix_name'.removeprefix('prefix_'),
            'name.txt'.removesuffix('.txt'), 'a\tbc\td'.expandtabs(4), '-42'.zfill(6), ' a  b '.split(),
            'a,b,,c'.split(','), 'l1\nl2\r\nl3'.splitlines(), 'l1\nl2\n'.splitlines(True), 'ab'.center(6, '.'),
            'Hello World'.swapcase(), 'hello world'.title(), 'x1'.isidentifier(), '1x'.isidentifier(),
            '١٢'.isdigit(), '½'.isnumeric(), '½'.isdecimal(), 'abc'.find('c'), 'abc'.rfind('z'), 'aaa'.count('aa'),
            '  x '.strip(), 'xxhixx'.strip('x'), ' '.join(['a', 'b']), 'ǅ'.upper(), 'ǅ'.lower(), 'ß'.upper(),
            'İ'.lower(), len('İ'.lower())]


# ---------------------------------------------------------------------------------------------------------
# compression
# ---------------------------------------------------------------------------------------------------------

def _sample_data():
    return b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(200))


def f_zlib_round_trip():
    """zlib.compress/decompress at several levels and with zlib, raw-deflate and gzip wbits."""
    import zlib
    data = _sample_data()
    out = []
    for level in (0, 1, 6, 9):
        c = zlib.compress(data, level)
        out.append([level, zlib.decompress(c) == data, len(c) < len(data) or level == 0, c[:1].hex()])
    for wbits in (-15, 15, 31):
        co = zlib.compressobj(6, zlib.DEFLATED, wbits)
        c = co.compress(data) + co.flush()
        out.append([wbits, zlib.decompress(c, wbits) == data, zlib.decompress(c, 47) == data if wbits > 0 else None])
    try:
        zlib.decompress(b'not zlib data')
    except zlib.error as e:
        out.append(type(e).__name__)
    return out


def f_zlib_incremental():
    """zlib compressobj/decompressobj: chunked input, flush modes, max_length with unconsumed_tail, eof, unused_data."""
    import zlib
    data = _sample_data()
    co = zlib.compressobj(9)
    parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
    sync = co.flush(zlib.Z_SYNC_FLUSH)
    parts.append(sync)
    parts.append(co.flush())
    stream = b''.join(parts)
    do = zlib.decompressobj()
    first = do.decompress(stream, 100)
    tail_pending = len(do.unconsumed_tail) > 0
    rest = b''
    chunk = do.unconsumed_tail
    while chunk and not do.eof:
        rest += do.decompress(chunk, 4096)
        chunk = do.unconsumed_tail
    rest += do.flush()
    trailing = zlib.decompressobj()
    whole = trailing.decompress(stream + b'TRAILER')
    return [len(first), tail_pending, first + rest == data, do.eof, whole == data, trailing.eof,
            trailing.unused_data.decode(), sync[-4:].hex(), zlib.decompressobj().copy() is not None]


def f_zlib_checksums():
    """zlib.adler32 and zlib.crc32, including running (incremental) checksums."""
    import zlib
    data = b'The quick brown fox jumps over the lazy dog'
    running = zlib.crc32(data[20:], zlib.crc32(data[:20]))
    return [zlib.adler32(data), zlib.crc32(data), running == zlib.crc32(data), zlib.adler32(b''), zlib.crc32(b''),
            zlib.adler32(data[10:], zlib.adler32(data[:10])) == zlib.adler32(data)]


def f_gzip_round_trip():
    """gzip.compress/decompress with mtime=0, gzip.open/GzipFile on io.BytesIO, and multi-member files."""
    import gzip
    import io
    data = _sample_data()
    c = gzip.compress(data, compresslevel=6, mtime=0)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, filename='') as f:
        f.write(data[:500])
        f.write(data[500:])
    buf.seek(0)
    with gzip.open(buf, 'rb') as f:
        first_line = f.readline()
        rest = f.read()
    text = io.BytesIO()
    with gzip.open(text, 'wt', encoding='utf-8', newline='\n') as f:
        f.write('héllo\nwörld\n')
    text.seek(0)
    with gzip.open(text, 'rt', encoding='utf-8') as f:
        lines = f.readlines()
    out = [c[:4].hex(), gzip.decompress(c) == data, first_line.decode(), first_line + rest == data, lines,
           gzip.decompress(gzip.compress(b'a', mtime=0) + gzip.compress(b'b', mtime=0)).decode()]
    try:
        gzip.decompress(b'\x1f\x8bbad')
    except Exception as e:
        out.append(isinstance(e, (EOFError, OSError, gzip.BadGzipFile)))
    return out


def f_bz2_round_trip():
    """bz2.compress/decompress and bz2.open on io.BytesIO in binary and text modes."""
    import bz2
    import io
    data = _sample_data()
    c = bz2.compress(data, 9)
    buf = io.BytesIO()
    with bz2.open(buf, 'wb') as f:
        f.write(data)
    buf.seek(0)
    with bz2.open(buf, 'rb') as f:
        f.seek(10)
        tail = f.read(20)
    tbuf = io.BytesIO()
    with bz2.open(tbuf, 'wt', encoding='utf-8') as f:
        f.write('ünïcode\n')
    tbuf.seek(0)
    with bz2.open(tbuf, 'rt', encoding='utf-8') as f:
        text = f.read()
    return [c[:3].decode(), bz2.decompress(c) == data, len(c) < len(data), tail.decode(), text,
            bz2.decompress(bz2.compress(b'', 1)) == b'']


def f_bz2_multistream():
    """Multi-stream bz2 data: bz2.decompress of concatenated streams, BZ2Decompressor eof and unused_data."""
    import bz2
    import io
    a, b = bz2.compress(b'first stream;'), bz2.compress(b'second stream')
    d = bz2.BZ2Decompressor()
    first = d.decompress(a + b + b'junk')
    with bz2.BZ2File(io.BytesIO(a + b)) as f:
        both = f.read()
    return [bz2.decompress(a + b).decode(), first.decode(), d.eof, d.unused_data == b + b'junk', both.decode()]


def f_bz2_decompressor_max_length():
    """bz2.BZ2Decompressor with a small max_length: needs_input and draining buffered output."""
    import bz2
    data = _sample_data()
    d = bz2.BZ2Decompressor()
    c = bz2.compress(data)
    got = d.decompress(c, max_length=10)
    sizes = [len(got), d.needs_input]
    while not d.eof:
        piece = d.decompress(b'', max_length=4096)
        got += piece
    sizes.append(got == data)
    try:
        d.decompress(b'more')
    except EOFError as e:
        sizes.append(type(e).__name__)
    return sizes


def f_lzma_round_trip():
    """lzma compress/decompress in XZ and ALONE formats, raw filters, checks, and lzma.open on io.BytesIO."""
    import io
    import lzma
    data = _sample_data()
    xz = lzma.compress(data, preset=1)
    alone = lzma.compress(data, format=lzma.FORMAT_ALONE)
    filters = [{'id': lzma.FILTER_DELTA, 'dist': 1}, {'id': lzma.FILTER_LZMA2, 'preset': 1}]
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=filters)
    crc = lzma.compress(data, check=lzma.CHECK_SHA256)
    buf = io.BytesIO()
    with lzma.open(buf, 'wt', encoding='utf-8', preset=0) as f:
        f.write('λzma\n')
    buf.seek(0)
    with lzma.open(buf, 'rt', encoding='utf-8') as f:
        text = f.read()
    return [xz[:6].hex(), lzma.decompress(xz) == data, lzma.decompress(alone, format=lzma.FORMAT_ALONE) == data,
            lzma.decompress(alone) == data, lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=filters) == data,
            lzma.decompress(crc) == data, lzma.is_check_supported(lzma.CHECK_CRC64), text]


def f_lzma_incremental():
    """LZMACompressor/LZMADecompressor objects fed in chunks, with max_length, eof, check and unused_data."""
    import lzma
    data = _sample_data()
    comp = lzma.LZMACompressor(preset=0)
    stream = b''.join(comp.compress(data[i:i + 777]) for i in range(0, len(data), 777)) + comp.flush()
    d = lzma.LZMADecompressor()
    out = d.decompress(stream[:50] , max_length=5)
    first = [len(out) <= 5]
    out += d.decompress(stream[50:] + b'extra')
    while not d.eof:
        out += d.decompress(b'')
    return first + [out == data, d.eof, d.check == lzma.CHECK_CRC64, d.unused_data.decode()]


# ---------------------------------------------------------------------------------------------------------
# hashing and secrets
# ---------------------------------------------------------------------------------------------------------

def f_hashlib_digests():
    """hashlib md5, sha1, sha224, sha256, sha512, sha3_256 hex digests, digest_size/block_size and name."""
    import hashlib
    data = b'The quick brown fox jumps over the lazy dog'
    out = []
    for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha512', 'sha3_256', 'sha3_512'):
        h = hashlib.new(name, data)
        out.append([h.name, h.hexdigest(), h.digest_size, h.block_size])
    out.append(hashlib.sha256(b'').hexdigest())
    out.append(sorted(hashlib.algorithms_guaranteed))
    return out


def f_hashlib_blake2():
    """hashlib.blake2b/blake2s with digest_size, key, salt and person parameters."""
    import hashlib
    return [hashlib.blake2b(b'abc').hexdigest(), hashlib.blake2b(b'abc', digest_size=16).hexdigest(),
            hashlib.blake2s(b'abc').hexdigest(), hashlib.blake2s(b'message', key=b'secret key').hexdigest(),
            hashlib.blake2b(b'm', salt=b'salt', person=b'me').hexdigest(), hashlib.blake2s(digest_size=8).digest_size,
            hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2s.SALT_SIZE]


def f_hashlib_pbkdf2():
    """hashlib.pbkdf2_hmac with a few iterations and a chosen dklen."""
    import hashlib
    return [hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex(),
            hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 50, dklen=20).hex(),
            hashlib.pbkdf2_hmac('sha1', b'pass', b'NaCl', 2).hex()]


def f_hashlib_incremental_copy():
    """Incremental hashlib update() equals one-shot hashing; copy() forks the state."""
    import hashlib
    h = hashlib.sha256()
    for part in (b'The quick ', b'brown fox ', b'jumps over the lazy dog'):
        h.update(part)
    fork = h.copy()
    fork.update(b'!')
    return [h.hexdigest() == hashlib.sha256(b'The quick brown fox jumps over the lazy dog').hexdigest(),
            fork.hexdigest() == hashlib.sha256(b'The quick brown fox jumps over the lazy dog!').hexdigest(),
            h.hexdigest() != fork.hexdigest(), hashlib.md5(memoryview(b'abc')).hexdigest()]


def f_hashlib_shake():
    """SHAKE extendable-output functions with chosen lengths."""
    import hashlib
    return [hashlib.shake_128(b'abc').hexdigest(8), hashlib.shake_256(b'abc').hexdigest(16),
            hashlib.shake_128(b'abc').hexdigest(16).startswith(hashlib.shake_128(b'abc').hexdigest(8))]


def f_hashlib_file_digest():
    """hashlib.file_digest over an io.BytesIO object."""
    import hashlib
    import io
    data = _sample_data()
    return [hashlib.file_digest(io.BytesIO(data), 'sha256').hexdigest() == hashlib.sha256(data).hexdigest(),
            hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest()]


def f_hmac_digests():
    """hmac.new/hexdigest, hmac.digest, copy, and hmac.compare_digest."""
    import hashlib
    import hmac
    key, msg = b'key', b'The quick brown fox jumps over the lazy dog'
    h = hmac.new(key, msg, hashlib.sha256)
    h2 = hmac.new(key, digestmod='md5')
    h2.update(msg)
    return [h.hexdigest(), h2.hexdigest(), hmac.digest(key, msg, 'sha1').hex(), h.name, h.digest_size,
            hmac.compare_digest(h.digest(), hmac.digest(key, msg, 'sha256')), hmac.compare_digest('abc', 'abd'),
            h.copy().hexdigest() == h.hexdigest()]


def f_secrets_properties():
    """secrets: token lengths and types, randbelow range, choice membership, compare_digest."""
    import secrets
    import string
    tok = secrets.token_hex(8)
    url = secrets.token_urlsafe(16)
    return [len(secrets.token_bytes(16)), isinstance(secrets.token_bytes(), bytes), len(tok), all(c in string.hexdigits for c in tok),
            isinstance(url, str), all(c.isalnum() or c in '-_' for c in url), all(0 <= secrets.randbelow(10) < 10 for _ in range(20)),
            secrets.choice('abc') in 'abc', secrets.compare_digest(b'x', b'x'), secrets.compare_digest('x', 'y'),
            0 <= secrets.randbits(8) < 256, isinstance(secrets.SystemRandom().random(), float)]


# ---------------------------------------------------------------------------------------------------------
# XML, HTML, plist
# ---------------------------------------------------------------------------------------------------------

_BOOKS = '''<?xml version="1.0"?>
<catalog xmlns:dc="http://purl.org/dc/elements/1.1/">
  <book id="b1" lang="en">
    <dc:title>Dune</dc:title>
    <price currency="USD">9.99</price>
    <tag>scifi</tag><tag>classic</tag>
  </book>
  <book id="b2" lang="de">
    <dc:title>Faust</dc:title>
    <price currency="EUR">5.50</price>
    <tag>drama</tag>
  </book>
</catalog>'''


def f_etree_fromstring():
    """ElementTree.fromstring: tag, attrib, text, children, get(), iter() and itertext()."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(_BOOKS)
    book = root[0]
    return [root.tag, len(root), book.tag, book.attrib, book.get('lang'), book.get('missing', 'dflt'),
            [child.tag for child in book], [e.text for e in root.iter('tag')], book.find('price').text,
            ''.join(ET.fromstring('<p>a<b>b</b>c<i>d</i>e</p>').itertext()), ET.fromstring('<p>a<b>b</b>c</p>')[0].tail]


def f_etree_namespaces():
    """ElementTree namespaces: {uri}tag names, find with a prefix map, default namespaces and register_namespace."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(_BOOKS)
    ns = {'dc': 'http://purl.org/dc/elements/1.1/'}
    doc = ET.fromstring('<r xmlns="urn:a" xmlns:b="urn:b"><x b:attr="1"/><b:y/></r>')
    ET.register_namespace('ex', 'urn:example')
    e = ET.Element('{urn:example}item', {'{urn:example}k': 'v'})
    return [[t.text for t in root.iterfind('.//dc:title', ns)], root.find('book/{http://purl.org/dc/elements/1.1/}title').text,
            [c.tag for c in doc], doc[0].attrib, ET.tostring(e).decode(), doc.find('{urn:a}x') is not None,
            doc.find('a:x', {'a': 'urn:a'}) is not None]


def f_etree_xpath_subset():
    """ElementTree's XPath subset: predicates on attributes, position, child text, parent .. and wildcards."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(_BOOKS)
    return [[b.get('id') for b in root.findall("book[@lang='de']")], [b.get('id') for b in root.findall('book[@id]')],
            [t.text for t in root.findall('book/tag[2]')], [t.text for t in root.findall('book/tag[last()]')],
            [b.get('id') for b in root.findall("book[tag='drama']")], [e.tag for e in root.findall('./book[1]/*')][:2],
            [p.get('currency') for p in root.findall('.//price')], [e.tag for e in root.findall('.//price/..')],
            root.findtext('book/price'), root.findtext('book/nothing', 'none')]


def f_etree_iterparse():
    """ElementTree.iterparse over io.BytesIO with start, end, start-ns and end-ns events."""
    import io
    import xml.etree.ElementTree as ET
    data = b'<a xmlns:p="urn:p"><p:b x="1">t</p:b><c/></a>'
    events = []
    for event, item in ET.iterparse(io.BytesIO(data), events=('start', 'end', 'start-ns', 'end-ns')):
        if event == 'start-ns':
            events.append([event, list(item)])
        elif event == 'end-ns':
            events.append([event, item])
        else:
            events.append([event, item.tag])
    return events


def f_etree_build_tostring():
    """Building a tree with Element/SubElement; tostring keeps attribute insertion order; escaping; ET.indent."""
    import xml.etree.ElementTree as ET
    root = ET.Element('root', {'z': '1', 'a': '2'})
    child = ET.SubElement(root, 'child', name='x & y')
    child.text = '<text> & "quotes"'
    ET.SubElement(root, 'empty')
    flat = ET.tostring(root, encoding='unicode')
    tree = ET.ElementTree(ET.fromstring(flat))
    ET.indent(tree, space='  ')
    return [flat, ET.tostring(tree.getroot(), encoding='unicode'), ET.tostring(root, short_empty_elements=False).decode(),
            ET.tostring(ET.Element('a'), xml_declaration=True, encoding='utf-8').decode(),
            ET.tostring(ET.fromstring('<m>x</m>'), method='text').decode()]


def f_etree_parse_error():
    """ElementTree.ParseError on malformed input: class name, .position and .code."""
    import xml.etree.ElementTree as ET
    out = []
    for bad in ('<a><b></a>', '<a>', '<a x="1" x="2"/>', '<?xml version="1.0"?>\n<a>\n  <b>&undefined;</b></a>', ''):
        try:
            ET.fromstring(bad)
            out.append('parsed')
        except ET.ParseError as e:
            out.append([type(e).__name__, list(e.position), e.code])
    return out


def f_etree_pull_parser():
    """ElementTree.XMLPullParser fed in chunks, read_events between feeds."""
    import xml.etree.ElementTree as ET
    p = ET.XMLPullParser(events=('start', 'end'))
    out = []
    for chunk in ('<root><it', 'em n="1">x</item><item n="2"/>', '</root>'):
        p.feed(chunk)
        out.append([[ev, el.tag] for ev, el in p.read_events()])
    p.close()
    return out


def f_etree_pull_parser_chunks():
    """XMLPullParser and iterparse over a 230 KB document fed in 997-byte pieces that split tags, text and entities."""
    import hashlib
    import io
    import xml.etree.ElementTree as ET
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns:p="urn:p">']
    for i in range(3000):
        parts.append('<p:entry id="%d" kind="%s"><title>T &amp; %d</title><body>%s</body></p:entry>\n'
                     % (i, 'ab'[i % 2], i, '\xe9' * (i % 7)))
    parts.append('</feed>')
    doc = ''.join(parts).encode('utf-8')
    p = ET.XMLPullParser(events=('start', 'end', 'start-ns'))

    def events():
        # An element's text is known at its end event (a start event's element may be read later).
        return [[ev, list(el) if ev == 'start-ns' else [el.tag, el.text if ev == 'end' else None]]
                for ev, el in p.read_events()]

    early = []
    seen = []
    for k in range(0, len(doc), 997):
        p.feed(doc[k:k + 997])
        got = events()
        if k + 997 < 60000:
            early.append(len(got))
        seen.extend(got)
    p.close()
    seen.extend(events())
    ends = [[el.tag, el.get('id'), el.text] for ev, el in ET.iterparse(io.BytesIO(doc), events=('end',))]
    return [len(doc), early, len(seen), hashlib.sha256(json.dumps(seen).encode()).hexdigest(), len(ends),
            hashlib.sha256(json.dumps(ends).encode()).hexdigest(), seen[:6], ends[-3:]]


def f_etree_canonicalize():
    """xml.etree.ElementTree.canonicalize (C14N 2.0) sorting attributes and expanding empty elements."""
    import xml.etree.ElementTree as ET
    return [ET.canonicalize('<a z="1" b="2"><c/><!-- x --></a>'), ET.canonicalize('<a>  t  </a>', strip_text=True),
            ET.canonicalize('<a><!-- x --></a>', with_comments=True)]


def f_minidom_parse():
    """xml.dom.minidom.parseString, getElementsByTagName, attributes, childNodes and node types."""
    from xml.dom import minidom
    doc = minidom.parseString(_BOOKS)
    books = doc.getElementsByTagName('book')
    titles = doc.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title')
    first = books[0]
    return [doc.documentElement.tagName, len(books), [b.getAttribute('id') for b in books], first.hasAttribute('lang'),
            [t.firstChild.data for t in titles], sorted(first.attributes.keys()),
            [n.nodeType for n in first.childNodes][:4], titles[0].namespaceURI, titles[0].localName, titles[0].prefix]


def f_minidom_toxml_cdata_comment_pi():
    """minidom with CDATA sections, comments and processing instructions; toxml round trip."""
    from xml.dom import minidom
    src = '<?xml version="1.0"?><?app run="1"?><r><!-- note --><![CDATA[a < b & c]]><x>t</x></r>'
    doc = minidom.parseString(src)
    r = doc.documentElement
    kinds = [[n.nodeType, n.nodeName] for n in r.childNodes]
    pi = doc.childNodes[0]
    return [doc.toxml(), kinds, r.childNodes[1].data, r.childNodes[0].data, [pi.target, pi.data],
            doc.toxml(encoding='utf-8')[:21].decode()]


def f_minidom_build_document():
    """Building a DOM with createElement/createTextNode/setAttribute and toprettyxml."""
    from xml.dom import minidom
    impl = minidom.getDOMImplementation()
    doc = impl.createDocument(None, 'list', None)
    top = doc.documentElement
    for i, word in enumerate(['one', 'two & three']):
        item = doc.createElement('item')
        item.setAttribute('n', str(i))
        item.appendChild(doc.createTextNode(word))
        top.appendChild(item)
    top.appendChild(doc.createComment('end'))
    return [doc.toprettyxml(indent='  '), top.toxml(), top.firstChild.getAttribute('n'), len(top.childNodes)]


def f_sax_content_handler():
    """xml.sax.parseString with a ContentHandler collecting start/end/characters events."""
    import xml.sax

    class Collect(xml.sax.ContentHandler):
        def __init__(self):
            super().__init__()
            self.events = []
            self.text = ''

        def startDocument(self):
            self.events.append(['startDocument'])

        def startElement(self, name, attrs):
            self._flush()
            self.events.append(['start', name, sorted(attrs.items())])

        def endElement(self, name):
            self._flush()
            self.events.append(['end', name])

        def characters(self, content):
            self.text += content

        def _flush(self):
            if self.text.strip():
                self.events.append(['text', self.text.strip()])
            self.text = ''

        def endDocument(self):
            self.events.append(['endDocument'])
    h = Collect()
    xml.sax.parseString(b'<doc a="1" b="2"><p>Hello &amp; <i>bye</i></p><e/></doc>', h)
    err = None
    try:
        xml.sax.parseString(b'<doc><p></doc>', xml.sax.ContentHandler())
    except xml.sax.SAXParseException as e:
        err = [type(e).__name__, e.getLineNumber(), e.getColumnNumber()]
    return [h.events, err]


def f_sax_saxutils():
    """xml.sax.saxutils escape, unescape, quoteattr and XMLGenerator writing to io.StringIO."""
    import io
    from xml.sax import saxutils
    out = io.StringIO()
    g = saxutils.XMLGenerator(out, encoding='utf-8')
    g.startDocument()
    g.startElement('a', {'k': 'v"1'})
    g.characters('x < y')
    g.endElement('a')
    g.endDocument()
    return [saxutils.escape('a < b & c > d'), saxutils.escape('x', {'x': '&#120;'}), saxutils.unescape('&lt;&amp;&gt;'),
            saxutils.quoteattr('say "hi"'), saxutils.quoteattr("it's \"x\""), out.getvalue()]


def f_plistlib_xml():
    """plistlib.dumps/loads in XML format with nested values, bytes and a datetime."""
    import datetime
    import plistlib
    value = {'name': 'demo', 'count': 3, 'ratio': 0.5, 'ok': True, 'items': [1, 'two', {'three': 3}],
             'blob': b'\x00\x01binary', 'when': datetime.datetime(2024, 5, 6, 7, 8, 9)}
    xml = plistlib.dumps(value)
    back = plistlib.loads(xml)
    return [xml.decode(), back['when'].isoformat(), back['blob'].hex(), back == value]


def f_plistlib_binary():
    """plistlib binary format: dumps/loads round trip, header, sort_keys and fmt detection."""
    import plistlib
    value = {'b': [1, 2.5, 'x', b'y'], 'a': {'nested': True, 'none': False}, 'big': 2 ** 40, 'neg': -7}
    data = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
    back = plistlib.loads(data)
    return [data[:8].decode(), back == value, list(back), plistlib.loads(data, fmt=plistlib.FMT_BINARY)['big'],
            data.hex()]


def f_html_parser():
    """html.parser.HTMLParser subclass collecting tags, attributes, data, comments and charrefs."""
    from html.parser import HTMLParser

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.events = []

        def handle_starttag(self, tag, attrs):
            self.events.append(['start', tag, attrs])

        def handle_endtag(self, tag):
            self.events.append(['end', tag])

        def handle_startendtag(self, tag, attrs):
            self.events.append(['startend', tag, attrs])

        def handle_data(self, data):
            self.events.append(['data', data])

        def handle_comment(self, data):
            self.events.append(['comment', data])

        def handle_decl(self, decl):
            self.events.append(['decl', decl])
    p = Collect()
    p.feed('<!DOCTYPE html><html><body class="x" ID=y><p>Fish &amp; chips &#8364;5</p><!-- note -->'
           '<br/><img src="a.png" alt></body></html>')
    p.close()
    return p.events


def f_html_escape_unescape():
    """html.escape (with and without quote) and html.unescape of named, decimal and hex references."""
    import html
    return [html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('"q" & <t>', quote=False),
            html.unescape('&lt;&gt;&amp;&quot;&#39;&eacute;&#233;&#xe9;&euro;&notanentity;&amp'), html.unescape('&copy2024')]


# ---------------------------------------------------------------------------------------------------------
# json, csv, configparser, tomllib
# ---------------------------------------------------------------------------------------------------------

def f_json_dumps_options():
    """json.dumps with sort_keys, indent, separators, ensure_ascii, default and allow_nan."""
    import datetime
    value = {'b': [1, 2.5, None, True], 'a': {'z': 'é', 'y': '\u2603\n'}, 'c': (1, 2)}
    out = [json.dumps(value, sort_keys=True), json.dumps(value, sort_keys=True, indent=2),
           json.dumps(value, sort_keys=True, separators=(',', ':'), ensure_ascii=False),
           json.dumps({'d': datetime.date(2024, 1, 2)}, default=lambda o: o.isoformat()),
           json.dumps([float('inf'), float('nan')]), json.dumps({1: 'int', 2.5: 'float', None: 'none', False: 'bool'}),
           json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10 ** 30), json.dumps('\x00\x7f\ud83d')]
    try:
        json.dumps([float('nan')], allow_nan=False)
    except ValueError as e:
        out.append(type(e).__name__)
    try:
        json.dumps({'s': {1, 2}})
    except TypeError as e:
        out.append(type(e).__name__)
    return out


def f_json_loads_hooks():
    """json.loads with object_hook, object_pairs_hook, parse_float=Decimal, parse_int and parse_constant."""
    import decimal
    text = '{"a": 1.10, "b": [1, 2, {"c": 3}], "a": 2.50, "n": NaN, "big": 12345678901234567890}'
    return [json.loads(text, object_pairs_hook=lambda pairs: [list(p) for p in pairs if p[0] != 'n']),
            str(json.loads('[1.10, 0.000001]', parse_float=decimal.Decimal)),
            json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())),
            json.loads('[1, 2]', parse_int=lambda s: s + '!'), json.loads('[NaN, -Infinity]', parse_constant=lambda s: s),
            json.loads(text)['a'], json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads(' \n [] ')]


def f_json_decode_error():
    """json.JSONDecodeError with pos, lineno and colno; JSONDecoder.raw_decode."""
    out = []
    for bad in ('{"a": }', '[1, 2', '{"a" 1}', '\n\n  x', '[1,]', '"unterminated'):
        try:
            json.loads(bad)
            out.append('parsed')
        except json.JSONDecodeError as e:
            out.append([type(e).__name__, e.pos, e.lineno, e.colno, isinstance(e, ValueError)])
    out.append(list(json.JSONDecoder().raw_decode('{"a": 1} trailing')))
    return out


def f_csv_reader_writer():
    """csv.reader and csv.writer on io.StringIO: quoting, embedded newlines, delimiters and dialect options."""
    import csv
    import io
    buf = io.StringIO(newline='')
    w = csv.writer(buf)
    w.writerow(['name', 'quote "x"', 'comma, here', 'multi\nline', 3, None, 1.5])
    w.writerows([['a', 'b'], []])
    written = buf.getvalue()
    rows = list(csv.reader(io.StringIO(written, newline='')))
    tabbed = io.StringIO()
    csv.writer(tabbed, delimiter='\t', quoting=csv.QUOTE_ALL, lineterminator='\n').writerow(['x', 1])
    nonnum = list(csv.reader(io.StringIO('1,"a",2.5\n'), quoting=csv.QUOTE_NONNUMERIC))
    esc = io.StringIO()
    csv.writer(esc, quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n').writerow(['a,b', 'c'])
    return [written, rows, tabbed.getvalue(), nonnum, esc.getvalue(),
            list(csv.reader([' a, b ,"c"'], skipinitialspace=True)), sorted(csv.list_dialects())]


def f_csv_dict_reader_writer():
    """csv.DictWriter/DictReader round trip with restval, extrasaction and fieldnames."""
    import csv
    import io
    buf = io.StringIO(newline='')
    w = csv.DictWriter(buf, fieldnames=['id', 'name', 'score'], restval='-', extrasaction='ignore', lineterminator='\n')
    w.writeheader()
    w.writerow({'id': 1, 'name': 'Ann', 'score': 9.5})
    w.writerow({'id': 2, 'name': 'Bob', 'extra': 'dropped'})
    text = buf.getvalue()
    r = csv.DictReader(io.StringIO(text))
    rows = [dict(row) for row in r]
    r2 = csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n'), restkey='more', restval='?')
    return [text, rows, r.fieldnames, [dict(x) for x in r2]]


def f_csv_sniffer():
    """csv.Sniffer.sniff (delimiter, quotechar) and has_header."""
    import csv
    sample = 'id;name;city\n1;"Smith; J";Berlin\n2;Jones;Paris\n3;Lee;Rome\n'
    d = csv.Sniffer().sniff(sample)
    return [d.delimiter, d.quotechar, csv.Sniffer().has_header(sample), csv.Sniffer().sniff('a|b|c\n1|2|3\n').delimiter,
            csv.Sniffer().has_header('1,2,3\n4,5,6\n')]


def f_configparser_basics():
    """configparser: read_string, sections, defaults, typed getters, fallback, interpolation and write()."""
    import configparser
    import io
    cp = configparser.ConfigParser()
    cp.read_string('''
[DEFAULT]
base = /srv
debug = no

[app]
path = %(base)s/app
port = 8080
ratio = 0.75
Debug = yes
list = a,
    b

[empty]
''')
    out = [cp.sections(), cp.get('app', 'path'), cp.getint('app', 'port'), cp.getfloat('app', 'ratio'),
           cp.getboolean('app', 'debug'), cp.getboolean('empty', 'debug'), cp.get('empty', 'nope', fallback='fb'),
           cp.get('app', 'path', raw=True), sorted(cp['app'].keys()), cp['app']['list'], cp.has_option('app', 'PORT'),
           'app' in cp]
    cp['new'] = {'k': 'v', 'n': '1'}
    buf = io.StringIO()
    cp.write(buf)
    out.append(buf.getvalue())
    try:
        cp.read_string('[dup]\na=1\n[dup]\n')
    except configparser.Error as e:
        out.append(type(e).__name__)
    return out


def f_configparser_extended():
    """configparser ExtendedInterpolation ${section:key}, RawConfigParser, custom converters and allow_no_value."""
    import configparser
    cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation(),
                                   converters={'list': lambda v: [x.strip() for x in v.split(',')]})
    cp.read_string('[paths]\nroot = /opt\n[app]\nhome = ${paths:root}/app\nlog = ${home}/log\nnames = a, b ,c\n')
    raw = configparser.RawConfigParser(allow_no_value=True)
    raw.read_string('[s]\nflag\nkey = %(x)s\n')
    bad = configparser.ConfigParser()
    bad.read_string('[s]\nv = %(missing)s\n')
    try:
        bad.get('s', 'v')
        err = 'no error'
    except configparser.InterpolationMissingOptionError as e:
        err = type(e).__name__
    return [cp.get('app', 'log'), cp.getlist('app', 'names'), raw.get('s', 'flag'), raw.get('s', 'key'), err]


def f_tomllib_loads():
    """tomllib.loads: tables, arrays of tables, inline tables, dotted keys, datetimes and multi-line strings."""
    import tomllib
    doc = tomllib.loads('''
title = "TOML \\u00e9xample"
int = 0xdead_beef
float = 6.626e-34
inf = inf
bools = [true, false]
site."google.com" = true
lit = 'C:\\path'
multi = """
line1
line2\\
   continued"""

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
day = 1979-05-27
at = 07:32:00
local = 1979-05-27T07:32:00

[[products]]
name = "Hammer"
sku = 738594937

[[products]]
name = "Nail"
dims = { w = 1, h = 2 }
''')
    owner = doc['owner']
    return [doc['title'], doc['int'], doc['float'], str(doc['inf']), doc['bools'], doc['site'], doc['lit'], doc['multi'],
            owner['dob'].isoformat(), owner['dob'].utcoffset().total_seconds(), owner['day'].isoformat(),
            owner['at'].isoformat(), owner['local'].tzinfo is None, doc['products'], sorted(doc)]


def f_tomllib_errors():
    """tomllib.TOMLDecodeError on invalid documents and tomllib.load from io.BytesIO."""
    import io
    import tomllib
    out = [tomllib.load(io.BytesIO(b'a = 1\nb = "x"\n'))]
    for bad in ('a = ', 'a = 1\na = 2', '[t]\n[t]', 'x = [1, 2'):
        try:
            tomllib.loads(bad)
            out.append('parsed')
        except tomllib.TOMLDecodeError as e:
            out.append([type(e).__name__, isinstance(e, ValueError)])
    return out


# ---------------------------------------------------------------------------------------------------------
# datetime, zoneinfo, calendar, time
# ---------------------------------------------------------------------------------------------------------

def f_datetime_arithmetic():
    """datetime/date/timedelta arithmetic, comparisons, weekday/isocalendar and timedelta normalisation."""
    import datetime as dt
    a = dt.datetime(2024, 2, 28, 22, 30)
    b = a + dt.timedelta(hours=3, minutes=45)
    d = dt.date(2024, 12, 30)
    td = dt.timedelta(days=-1, seconds=5)
    return [b.isoformat(), (b - a).total_seconds(), str(b - a), str(td), [td.days, td.seconds, td.microseconds],
            str(dt.timedelta(days=400, microseconds=1)), d.weekday(), d.isoweekday(), list(d.isocalendar()),
            (dt.date(2025, 1, 1) - dt.date(2024, 1, 1)).days, d.toordinal(), dt.date.fromordinal(738000).isoformat(),
            dt.timedelta(hours=1) // dt.timedelta(minutes=7), (dt.timedelta(hours=1) % dt.timedelta(minutes=7)).seconds,
            dt.timedelta(minutes=90) / 2 == dt.timedelta(minutes=45), a.replace(year=2023, day=1).isoformat(),
            dt.datetime.combine(d, dt.time(5, 6)).isoformat(), a < b, max(dt.date(2020, 1, 1), dt.date(2019, 12, 31)).year]


def f_datetime_strftime_strptime():
    """strftime/strptime with common directives (C locale names), %j, %U, %f and %z."""
    import datetime as dt
    t = dt.datetime(2024, 3, 5, 14, 7, 9, 123456)
    fmt = '%Y-%m-%d %H:%M:%S.%f'
    return [t.strftime('%a %A %b %B %d %m %y %Y'), t.strftime('%H %I %p %M %S %f %j %U %W %w %%'),
            t.strftime(fmt), dt.datetime.strptime('2024-03-05 14:07:09.123456', fmt) == t,
            dt.datetime.strptime('05/Mar/2024:14:07:09 +0130', '%d/%b/%Y:%H:%M:%S %z').isoformat(),
            dt.datetime.strptime('Tuesday 5 March 24', '%A %d %B %y').date().isoformat(),
            dt.datetime.strptime('2024 65', '%Y %j').date().isoformat(), dt.date(2024, 1, 1).strftime('%G-W%V-%u'),
            dt.datetime.strptime('12 AM', '%I %p').hour, dt.time(9, 5).strftime('%H:%M')]


def f_time_strftime_glibc_directives():
    """time.strftime with the C library's directives beyond C89 (%G %V %u %g %C %D %e %F %h %k %l %n %t %P %r %R %T), at ISO year ends."""
    import time
    out = []
    for ts in (0, 1609372800, 1609632000, 1735516800, 1798675200, 951782400, 1709647629):
        t = time.gmtime(ts)
        out.append(time.strftime('%G-W%V-%u|%g|%C|%D|%e|%F|%h|%k|%l|%P|%r|%R|%T|%n|%t|%%G|%%%V|%Y %j', t))
    out.append(time.strftime('%a %b %d %H:%M:%S %Y', (2024, 3, 5, 14, 7, 9, 1, 65, 0)))
    out.append(time.strftime('%G %V %u', (2021, 1, 3, 0, 0, 0, 6, 3, 0)))
    return out


def f_datetime_isoformat():
    """isoformat with timespec and separators; fromisoformat for dates, times, offsets and Z."""
    import datetime as dt
    t = dt.datetime(2024, 3, 5, 14, 7, 9, 120000, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    return [t.isoformat(), t.isoformat(' ', 'seconds'), t.isoformat(timespec='milliseconds'), t.isoformat(timespec='hours'),
            dt.datetime.fromisoformat('2024-03-05T14:07:09Z').utcoffset().total_seconds(),
            dt.datetime.fromisoformat('2024-03-05 14:07').isoformat(), dt.datetime.fromisoformat('20240305T140709').isoformat(),
            dt.date.fromisoformat('2024-03-05').isoformat(), dt.time.fromisoformat('14:07:09.5+02:00').isoformat(),
            dt.date.fromisocalendar(2024, 10, 2).isoformat(), dt.datetime.fromisoformat(t.isoformat()) == t,
            dt.datetime(2024, 1, 1).isoformat(), dt.time(1, 2, 3, 4).isoformat()]


def f_datetime_timezone_offsets():
    """datetime.timezone with fixed offsets: astimezone, utcoffset, tzname, timestamp and fromtimestamp in UTC."""
    import datetime as dt
    utc = dt.timezone.utc
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30), 'IST')
    minus = dt.timezone(-dt.timedelta(hours=3, minutes=15))
    t = dt.datetime(2024, 6, 1, 12, 0, tzinfo=utc)
    return [t.astimezone(ist).isoformat(), t.astimezone(minus).isoformat(), t.astimezone(ist).tzname(), minus.tzname(None),
            utc.tzname(None), t.timestamp(), dt.datetime.fromtimestamp(1700000000, utc).isoformat(),
            dt.datetime.fromtimestamp(0, ist).isoformat(), t.astimezone(ist) == t, dt.datetime(2024, 6, 1).utcoffset(),
            (t.astimezone(ist) - dt.datetime(2024, 6, 1, tzinfo=minus)).total_seconds(), str(ist.utcoffset(None)),
            dt.datetime(2024, 6, 1, 12, tzinfo=utc).strftime('%z %Z'), t.utctimetuple()[:6]]


def _zone_rows(name, instants):
    import datetime as dt
    import zoneinfo
    z = zoneinfo.ZoneInfo(name)
    rows = []
    for args in instants:
        u = dt.datetime(*args, tzinfo=dt.timezone.utc)
        local = u.astimezone(z)
        rows.append([local.isoformat(), local.utcoffset().total_seconds(), local.tzname(), local.dst().total_seconds(),
                     local.fold])
    return rows


def f_zoneinfo_berlin():
    """zoneinfo.ZoneInfo('Europe/Berlin'): UTC instants converted across the 2024 DST transitions; fold for local times."""
    import datetime as dt
    import zoneinfo
    z = zoneinfo.ZoneInfo('Europe/Berlin')
    rows = _zone_rows('Europe/Berlin', [(2024, 1, 15, 12), (2024, 3, 31, 0, 59), (2024, 3, 31, 1, 0), (2024, 7, 1, 12),
                                         (2024, 10, 27, 0, 30), (2024, 10, 27, 1, 30), (1990, 7, 1), (2038, 7, 1)])
    ambiguous = [dt.datetime(2024, 10, 27, 2, 30, tzinfo=z, fold=f).utcoffset().total_seconds() for f in (0, 1)]
    gap = dt.datetime(2024, 3, 31, 2, 30, tzinfo=z)
    return [rows, ambiguous, gap.astimezone(dt.timezone.utc).isoformat(), z.key, str(z),
            dt.datetime(2024, 7, 1, 14, tzinfo=z).astimezone(dt.timezone.utc).isoformat()]


def f_zoneinfo_new_york():
    """zoneinfo.ZoneInfo('America/New_York'): conversions across 2024 DST changes and to another zone."""
    import datetime as dt
    import zoneinfo
    ny = zoneinfo.ZoneInfo('America/New_York')
    rows = _zone_rows('America/New_York', [(2024, 3, 10, 6, 59), (2024, 3, 10, 7, 0), (2024, 11, 3, 5, 30),
                                           (2024, 11, 3, 6, 30), (2024, 12, 25, 17)])
    t = dt.datetime(2024, 8, 1, 9, 0, tzinfo=ny)
    return [rows, t.astimezone(zoneinfo.ZoneInfo('Europe/Berlin')).isoformat(), t.astimezone(zoneinfo.ZoneInfo('UTC')).tzname(),
            (dt.datetime(2024, 3, 11, tzinfo=ny) - dt.datetime(2024, 3, 10, tzinfo=ny)).total_seconds(),
            ny is zoneinfo.ZoneInfo('America/New_York'), type(zoneinfo.ZoneInfo.no_cache('America/New_York')).__name__]


def f_zoneinfo_errors():
    """zoneinfo.ZoneInfoNotFoundError for unknown keys and ValueError for malformed ones."""
    import zoneinfo
    out = []
    for key in ('Mars/Olympus_Mons', '../etc/passwd', ''):
        try:
            zoneinfo.ZoneInfo(key)
            out.append('found')
        except zoneinfo.ZoneInfoNotFoundError as e:
            out.append([type(e).__name__, isinstance(e, KeyError)])
        except ValueError as e:
            out.append(type(e).__name__)
    return out


def f_calendar_basics():
    """calendar.monthrange, isleap, leapdays, weekday, month text, monthcalendar and month/day names."""
    import calendar
    c = calendar.TextCalendar(calendar.SUNDAY)
    return [[int(x) for x in calendar.monthrange(2024, 2)], calendar.isleap(1900), calendar.isleap(2000),
            calendar.leapdays(1900, 2025), int(calendar.weekday(2024, 7, 4)), calendar.month(2024, 2),
            c.formatmonth(2023, 12), calendar.monthcalendar(2024, 9)[0], list(calendar.month_name)[1:4],
            list(calendar.day_abbr), calendar.timegm((2024, 1, 1, 0, 0, 0)),
            [list(w) for w in calendar.Calendar().monthdays2calendar(2024, 6)][0]]


def f_time_gmtime_strftime():
    """time.gmtime of a fixed timestamp, struct_time fields, time.strftime, asctime, strptime and the calendar.timegm round trip."""
    import calendar
    import time
    t = time.gmtime(1700000000)
    return [list(t), [t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday],
            time.strftime('%Y-%m-%dT%H:%M:%S %a %b %j', t), calendar.timegm(t), list(time.gmtime(0))[:6],
            time.asctime(t), time.strftime('%d.%m.%Y', (2020, 2, 29, 0, 0, 0, 5, 60, 0)),
            list(time.strptime('2024-02-29 10:11', '%Y-%m-%d %H:%M'))[:8], isinstance(time.time(), float),
            isinstance(time.monotonic_ns(), int)]


# ---------------------------------------------------------------------------------------------------------
# decimal, fractions, statistics, math, cmath, random, numbers
# ---------------------------------------------------------------------------------------------------------

def f_decimal_context():
    """decimal contexts: precision, localcontext, traps (DivisionByZero, InvalidOperation) and flags."""
    import decimal
    from decimal import Decimal as D
    out = [str(D('1.1') + D('2.2')), str(D(1) / D(7)), str(D('0.1') * 3 == D('0.3'))]
    with decimal.localcontext() as ctx:
        ctx.prec = 5
        out.append(str(D(1) / D(7)))
        out.append(str(D('123456789') + 0))
        ctx.traps[decimal.DivisionByZero] = False
        out.append(str(D(1) / D(0)))
        out.append(bool(ctx.flags[decimal.DivisionByZero]))
    with decimal.localcontext(decimal.Context(prec=50)):
        out.append(str(D(2).sqrt()))
    for expr in (lambda: D(1) / D(0), lambda: D('abc'), lambda: D(-1).sqrt()):
        try:
            expr()
            out.append('no error')
        except decimal.DecimalException as e:
            out.append(type(e).__name__)
    out.append(str(D(0.1)))
    out.append(str(D((1, (3, 1, 4), -2))))
    out.append([str(D('1.30').normalize()), str(D('-0')), str(D('1e3').to_integral_value()), D('2.5').as_tuple().exponent,
                str(D('10') ** -2), str(D('7').fma(2, 1)), D('1.5').is_signed(), str(D('NaN')), str(D('-Infinity'))])
    return out


def f_decimal_quantize_rounding():
    """Decimal.quantize with every rounding mode, to_integral_value and round()."""
    import decimal
    from decimal import Decimal as D
    modes = ['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING',
             'ROUND_FLOOR', 'ROUND_05UP']
    values = ['2.675', '-2.675', '2.665', '0.005', '1.0500']
    out = [[m] + [str(D(v).quantize(D('0.01'), rounding=getattr(decimal, m))) for v in values] for m in modes]
    out.append([str(D('1234.5678').quantize(D('1e2'))), str(D('1234.5678').quantize(D('1.000'))),
                str(round(D('2.5'))), str(round(D('3.14159'), 3)), str(D('7.5').to_integral_value(decimal.ROUND_HALF_UP))])
    try:
        D('1e30').quantize(D('0.01'), context=decimal.Context(prec=5))
    except decimal.InvalidOperation as e:
        out.append(type(e).__name__)
    return out


def f_fractions_arithmetic():
    """fractions.Fraction: arithmetic, from floats/strings/Decimal, limit_denominator and formatting."""
    import decimal
    from fractions import Fraction as F
    return [str(F(1, 3) + F(1, 6)), str(F('3/4') * 2), str(F('1.25')), str(F(0.5)), str(F(0.1)),
            str(F(0.1).limit_denominator(100)), str(F(decimal.Decimal('0.375'))), list(F(10, -4).as_integer_ratio()),
            [F(7, 2).numerator, F(7, 2).denominator], float(F(1, 8)), int(F(-7, 2)), str(F(2, 3) ** 2), str(F(9, 4) ** F(1, 2)),
            str(round(F(7, 3), 2)), F(1, 3) < 0.34, str(abs(F(-3, 5))), str(F(5, 3) // 1), str(F(5, 3) % 1),
            str(F(3.14159).limit_denominator(1000)), F(1, 2) == 0.5, str(F(1, 3) * 3)]


def f_statistics_basic():
    """statistics mean/fmean/median variants/mode/multimode/stdev/variance/quantiles/harmonic/geometric mean."""
    import statistics as st
    data = [2, 4, 4, 4, 5, 5, 7, 9]
    return [st.mean(data), st.fmean([1.5, 2.5, 3.5]), st.median(data), st.median_low([1, 3, 5, 7]),
            st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4]), st.mode(data), st.multimode('aabbc'),
            _r(st.pstdev(data)), _r(st.stdev(data)), _r(st.variance(data)), _r(st.pvariance(data)),
            _r(st.quantiles(range(1, 101), n=4)), _r(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10, method='inclusive')),
            _r(st.harmonic_mean([40, 60])), _r(st.geometric_mean([54, 24, 36])), str(st.mean([1, 2, 4])),
            _r(st.correlation([1, 2, 3, 4], [2, 4, 5, 8])), _r(list(st.linear_regression([1, 2, 3], [2, 4, 7])))]


def f_statistics_errors():
    """statistics.StatisticsError for empty data and mean of Fractions/Decimals keeping their type."""
    import decimal
    import fractions
    import statistics as st
    out = [str(st.mean([fractions.Fraction(1, 2), fractions.Fraction(1, 3)])), str(st.mean([decimal.Decimal('0.5'), decimal.Decimal('0.75')]))]
    for fn, arg in ((st.mean, []), (st.stdev, [1]), (st.mode, [])):
        try:
            fn(arg)
            out.append('no error')
        except st.StatisticsError as e:
            out.append([type(e).__name__, isinstance(e, ValueError)])
    return out


def f_statistics_normaldist():
    """statistics.NormalDist: pdf, cdf, inv_cdf, quantiles, overlap, arithmetic and from_samples."""
    from statistics import NormalDist
    n = NormalDist(100, 15)
    s = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
    z = n + 10
    return [_r(n.pdf(100)), _r(n.cdf(130)), _r(n.inv_cdf(0.975)), _r(n.quantiles(4)), _r(n.overlap(NormalDist(110, 15))),
            [z.mean, z.stdev], [(n * 2).mean, (n * 2).stdev], _r([s.mean, s.stdev]), _r(n.zscore(85)), n.variance,
            _r(NormalDist().inv_cdf(0.5)), NormalDist(1, 2) == NormalDist(1, 2)]


def f_math_functions():
    """math functions (rounded to 10 places): trig, logs, hypot, dist, fsum, nextafter/ulp, isclose, constants."""
    import math
    return [_r([math.pi, math.e, math.tau]), math.inf > 1e308, math.isnan(math.nan), _r(math.sin(1)), _r(math.cos(2)),
            _r(math.tan(0.5)), _r(math.atan2(1, -1)), _r(math.log(100, 10)), _r(math.log2(1024)), _r(math.log1p(1e-5) * 1e5),
            _r(math.exp(2)), _r(math.expm1(1e-5) * 1e5), _r(math.sqrt(2)), _r(math.hypot(3, 4)), _r(math.dist([0, 0], [3, 4])),
            math.fsum([0.1] * 10), math.isclose(1.0, 1.0 + 1e-10), math.copysign(3, -0.0),
            math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), list(math.modf(3.75)), list(math.frexp(8.0)),
            math.ldexp(0.5, 4), math.fmod(-7, 3), math.remainder(7, 3), _r(math.degrees(math.pi / 3)),
            _r(math.radians(180)), math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.ulp(1.0), _r(math.cbrt(27)),
            math.exp2(10), _r(math.gamma(5.5)), _r(math.lgamma(10)), _r(math.erf(0.5)), _r(math.erfc(0.5)),
            _r(math.asinh(1)), _r(math.acosh(2)), _r(math.atanh(0.5)), math.isfinite(1e308 * 10)]


def f_math_cbrt_exp2():
    """math.cbrt and math.exp2 (Python 3.11): exact cubes and powers, signs, zeros, infinities, nan, ints, bools and bad arguments."""
    import math
    from fractions import Fraction
    out = [[_r(math.cbrt(x)) for x in (27, -8, 1000, 0.125, 2, -3.5, True, Fraction(1, 8), 10 ** 6)],
           [_r(math.cbrt(x) / scale) for x, scale in ((1e-300, 1e-100), (5e-324, 1e-108), (-1.7976931348623157e308, 1e102), (10 ** 300, 1e100))],
           [repr(math.cbrt(x)) for x in (0.0, -0.0, float('inf'), float('-inf'), float('nan'))],
           [_r(math.exp2(x)) for x in (0, 10, -1, 0.5, -1074, 1023, True, Fraction(1, 2), -3.25)],
           [repr(math.exp2(x)) for x in (float('inf'), float('-inf'), float('nan'), -2000)]]
    for f in (math.cbrt, math.exp2):
        for arg in ('8', None, 10 ** 400, 2000):
            try:
                out.append(f(arg))
            except (TypeError, OverflowError) as e:
                out.append([type(e).__name__, str(e)])
    return out


def f_math_integer():
    """Exact integer math: comb, perm, factorial, gcd/lcm, isqrt, prod, pow with modulus and big ints."""
    import math
    return [math.comb(52, 5), math.perm(10, 3), math.factorial(25), math.gcd(12, 18, 27), math.lcm(4, 6, 10),
            math.isqrt(10 ** 30 + 1), math.prod(range(1, 11)), math.prod([2.5, 4]), pow(3, 200, 1000007), pow(3, -1, 7),
            2 ** 100, (-7) // 2, (-7) % 2, divmod(-17, 5), (10 ** 40 + 1).bit_length(), (255).bit_count(),
            (1024).to_bytes(4, 'big').hex(), int.from_bytes(b'\xff\xfe', 'little', signed=True), int('ff', 16),
            int('0b1011', 0), int('1_000'), round(2.5), round(3.5), round(-0.5), round(1234, -2), round(2.675, 2),
            abs(-10 ** 20), (7).as_integer_ratio(), (0.1).as_integer_ratio(), (0.75).hex(), float.fromhex('0x1.8p1'),
            (1.0).is_integer(), 10 ** 18 // 7, str(2 ** 1000)[:20]]


def f_cmath_complex():
    """cmath functions and complex arithmetic (rounded): sqrt of negatives, exp, polar/rect, phase, log."""
    import cmath
    return [_r(cmath.sqrt(-4)), _r(cmath.exp(1j * cmath.pi)), _r(list(cmath.polar(1 + 1j))), _r(cmath.rect(2, cmath.pi / 2)),
            _r(cmath.phase(-1 + 0j)), _r(cmath.log(-1)), _r(cmath.log10(100j)), _r(cmath.sin(1 + 2j)), _r(cmath.acos(2)),
            _r((1 + 2j) * (3 - 4j)), _r((1 + 2j) / (3 - 4j)), _r(abs(3 + 4j)), _r((2j) ** 2), _r(complex('1.5-2j')),
            cmath.isclose(cmath.exp(2j), complex(cmath.cos(2), cmath.sin(2))), cmath.isinf(complex('inf')),
            (1 + 2j).conjugate().imag, _r(cmath.tau)]


def f_random_seeded():
    """random.Random(42) sequences: random, randint, randrange, choice, choices, sample, shuffle, uniform, getrandbits."""
    import random
    r = random.Random(42)
    seq = list(range(10))
    out = [[r.random() for _ in range(3)], [r.randint(1, 100) for _ in range(5)], r.randrange(0, 100, 5), r.choice('abcdef'),
           r.choices('abc', k=5), r.choices('xyz', weights=[10, 1, 1], k=4), r.sample(range(100), 5), r.getrandbits(64),
           r.randbytes(6).hex(), _r(r.uniform(1, 2))]
    r.shuffle(seq)
    out.append(seq)
    r2 = random.Random('seed string')
    out.append(r2.randint(0, 10 ** 9))
    r3 = random.Random(42)
    state = r3.getstate()
    first = r3.random()
    r3.setstate(state)
    out.append(r3.random() == first)
    return out


def f_random_distributions():
    """random.Random(7) distributions rounded to 10 places: gauss, normalvariate, expovariate, triangular, betavariate."""
    import random
    r = random.Random(7)
    return [_r(r.gauss(0, 1)), _r(r.normalvariate(10, 2)), _r(r.expovariate(1.5)), _r(r.triangular(0, 10, 3)),
            _r(r.betavariate(2, 3)), _r(r.gammavariate(2, 1)), _r(r.lognormvariate(0, 1)), _r(r.vonmisesvariate(1, 2)),
            _r(r.paretovariate(3)), _r(r.weibullvariate(1, 1.5))]


def f_numbers_abc():
    """numbers ABC tower: isinstance of int, float, complex, Fraction, Decimal and bool."""
    import decimal
    import fractions
    import numbers
    values = [1, True, 1.5, 1j, fractions.Fraction(1, 2), decimal.Decimal('1.5')]
    return [[isinstance(v, abc) for abc in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)]
            for v in values] + [issubclass(numbers.Integral, numbers.Real)]


# ---------------------------------------------------------------------------------------------------------
# itertools, functools, operator, heapq, bisect, collections
# ---------------------------------------------------------------------------------------------------------

def f_itertools_combinatorics():
    """itertools product, permutations, combinations, combinations_with_replacement."""
    import itertools as it
    return [list(it.product('ab', [1, 2])), list(it.product([0, 1], repeat=2)), list(it.permutations('abc', 2)),
            list(it.combinations(range(4), 3)), list(it.combinations_with_replacement('ab', 2)),
            len(list(it.permutations(range(5))))]


def f_itertools_iterators():
    """itertools chain, islice, count, cycle, repeat, accumulate, compress, dropwhile/takewhile, starmap, tee, zip_longest, pairwise."""
    import itertools as it
    import operator
    a, b = it.tee(iter([1, 2, 3]))
    return [list(it.chain('ab', [1], ())), list(it.chain.from_iterable([[1, 2], [3]])), list(it.islice(it.count(10, 5), 2, 5)),
            list(it.islice(it.cycle('xy'), 5)), list(it.repeat('r', 3)), list(it.accumulate([1, 2, 3, 4])),
            list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)),
            list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])),
            list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])),
            list(it.starmap(pow, [(2, 3), (3, 2)])), [list(a), list(b)], list(it.zip_longest('ab', [1, 2, 3], fillvalue='-')),
            list(it.pairwise('abcd'))]


def f_itertools_groupby():
    """itertools.groupby on sorted data with a key function."""
    import itertools as it
    words = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'kiwi'], key=lambda w: w[0])
    return [[k, list(g)] for k, g in it.groupby(words, key=lambda w: w[0])] + [
        [[k, len(list(g))] for k, g in it.groupby('aaabccdd')]]


def f_functools_lru_cache():
    """functools.lru_cache and cache: memoised recursion, cache_info, maxsize eviction and cache_clear."""
    import functools
    calls = []

    @functools.lru_cache(maxsize=None)
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    @functools.lru_cache(maxsize=2)
    def square(x):
        calls.append(('sq', x))
        return x * x

    @functools.cache
    def ident(x):
        return x
    result = fib(60)
    info = fib.cache_info()
    for x in (1, 2, 1, 3, 1, 2):
        square(x)
    sq = square.cache_info()
    square.cache_clear()
    ident(1), ident(1)
    return [result, [info.hits, info.misses, info.maxsize, info.currsize], [sq.hits, sq.misses, sq.currsize],
            square.cache_info().currsize, ident.cache_info().hits, [c for c in calls if isinstance(c, tuple)],
            fib.__wrapped__.__name__, square.cache_parameters()]


def f_functools_reduce_partial():
    """functools.reduce, partial (with keywords and nesting), partialmethod, cmp_to_key and wraps."""
    import functools
    import operator

    def power(base, exp, mod=None):
        return pow(base, exp, mod)
    square = functools.partial(power, exp=2)
    mod_square = functools.partial(square, mod=7)

    class Cell:
        def __init__(self):
            self.alive = False

        def set_state(self, state):
            self.alive = state
        set_alive = functools.partialmethod(set_state, True)

    def deco(f):
        @functools.wraps(f)
        def wrapper(*a):
            return f(*a)
        return wrapper

    @deco
    def documented():
        """Doc."""
    c = Cell()
    c.set_alive()
    return [functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1),
            functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []), square(5), mod_square(5), square.keywords,
            mod_square.func is power, c.alive, sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))),
            documented.__name__, documented.__doc__, documented.__wrapped__.__name__]


def f_functools_singledispatch():
    """functools.singledispatch and singledispatchmethod with registration by annotation, by type and for ABCs."""
    import collections.abc
    import functools

    @functools.singledispatch
    def describe(obj):
        return 'object'

    @describe.register
    def _(obj: int):
        return 'int'

    @describe.register(list)
    def _(obj):
        return 'list of %d' % len(obj)

    @describe.register(collections.abc.Mapping)
    def _(obj):
        return 'mapping'

    class Shape:
        @functools.singledispatchmethod
        def area(self, arg):
            return 'generic'

        @area.register
        def _(self, arg: float):
            return 'float'
    return [describe(1), describe(True), describe([1, 2]), describe({}), describe('s'), describe(1.5),
            Shape().area(1.5), Shape().area('x'), describe.dispatch(bool) is describe.dispatch(int), sorted(t.__name__ for t in describe.registry)]


def f_functools_misc():
    """functools.cached_property (computed once, stored on the instance) and total_ordering."""
    import functools
    computed = []

    class Data:
        def __init__(self, n):
            self.n = n

        @functools.cached_property
        def total(self):
            computed.append(self.n)
            return sum(range(self.n))

    @functools.total_ordering
    class Version:
        def __init__(self, major, minor):
            self.key = (major, minor)

        def __eq__(self, other):
            return self.key == other.key

        def __lt__(self, other):
            return self.key < other.key
    d = Data(10)
    first, second = d.total, d.total
    return [first, second, computed, 'total' in vars(d), Version(1, 2) <= Version(1, 3), Version(2, 0) > Version(1, 9),
            Version(1, 0) >= Version(1, 0), sorted([Version(2, 1), Version(1, 5)])[0].key]


def f_operator_functions():
    """operator itemgetter, attrgetter, methodcaller, and operator functions for arithmetic and comparisons."""
    import collections
    import operator
    P = collections.namedtuple('P', 'name age')
    people = [P('ann', 30), P('bob', 25), P('cy', 35)]
    return [[p.name for p in sorted(people, key=operator.attrgetter('age'))], operator.itemgetter(1, 0)(['a', 'b']),
            operator.itemgetter(slice(1, None))('abc'), operator.methodcaller('split', ',')('a,b'),
            operator.attrgetter('real', 'imag')(3 + 4j), operator.add(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2),
            operator.neg(5), operator.not_(0), operator.contains([1, 2], 2), operator.index(7), operator.concat('a', 'b'),
            operator.lt(1, 2), operator.xor(5, 3), operator.pow(2, 10), operator.length_hint(iter([1, 2, 3])),
            operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c')]


def f_heapq_operations():
    """heapq heappush/heappop, heapify, nlargest/nsmallest with keys, merge and heappushpop/heapreplace."""
    import heapq
    h = []
    for x in [5, 1, 8, 3, 9, 2]:
        heapq.heappush(h, x)
    popped = [heapq.heappop(h) for _ in range(3)]
    data = [7, 2, 9, 4]
    heapq.heapify(data)
    return [popped, h[0], data[0], heapq.nlargest(2, [1, 8, 3, 9]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len),
            list(heapq.merge([1, 4, 7], [2, 5, 8], [3])), list(heapq.merge(['c', 'a'], ['b'], reverse=True)),
            heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 2], 3)]


def f_bisect_operations():
    """bisect bisect_left/right, insort and key= (3.10+) on sorted lists."""
    import bisect
    grades = [60, 70, 80, 90]
    scores = [55, 60, 75, 90, 100]
    a = [1, 3, 5]
    bisect.insort(a, 4)
    bisect.insort_left(a, 3)
    recs = [('a', 1), ('b', 4), ('c', 9)]
    return [[ 'FDCBA'[bisect.bisect(grades, s)] for s in scores], bisect.bisect_left([1, 2, 2, 3], 2),
            bisect.bisect_right([1, 2, 2, 3], 2), a, bisect.bisect_left(recs, 5, key=lambda r: r[1]),
            bisect.bisect([1, 2, 3], 2, lo=2)]


def f_collections_counter():
    """collections.Counter: most_common, arithmetic, update/subtract, elements, total."""
    import collections
    c = collections.Counter('abracadabra')
    d = collections.Counter(a=1, b=5)
    c2 = c.copy()
    c2.subtract({'a': 10})
    return [c.most_common(3), sorted((c + d).items()), sorted((c - d).items()), sorted((c & d).items()),
            sorted((c | d).items()), sorted(c.elements())[:6], c['zzz'], c.total(), sorted(c2.items()),
            sorted((+c2).items()), sorted((-c2).items()), collections.Counter(a=1) == collections.Counter(a=1, b=0)]


def f_collections_ordereddict():
    """collections.OrderedDict: move_to_end, popitem(last=False), order-sensitive equality and reversed."""
    import collections
    od = collections.OrderedDict.fromkeys('abcde')
    od.move_to_end('b')
    od.move_to_end('e', last=False)
    first = od.popitem(last=False)
    last = od.popitem()
    return [list(od), list(first), list(last), list(reversed(od)),
            collections.OrderedDict(a=1, b=2) == collections.OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1),
            collections.OrderedDict(a=1, b=2) == dict(b=2, a=1)]


def f_collections_deque():
    """collections.deque: appendleft, rotate, maxlen bounding, extendleft, index, remove."""
    import collections
    d = collections.deque([1, 2, 3])
    d.appendleft(0)
    d.append(4)
    d.rotate(2)
    r = list(d)
    d.rotate(-3)
    bounded = collections.deque(maxlen=3)
    for i in range(6):
        bounded.append(i)
    e = collections.deque('abc')
    e.extendleft('xy')
    e.remove('a')
    return [r, list(d), list(bounded), bounded.maxlen, list(e), e.index('c'), d.popleft(), d.pop(), d.count(2), d[1]]


def f_collections_chainmap():
    """collections.ChainMap: lookup order, new_child, parents, writes go to the first mapping."""
    import collections
    defaults = {'color': 'red', 'user': 'guest'}
    env = {'user': 'admin'}
    cm = collections.ChainMap(env, defaults)
    child = cm.new_child({'color': 'blue'})
    child['extra'] = 1
    del cm['user']
    return [cm['user'], child['color'], sorted(child), child.maps[0], child.parents['color'], len(cm),
            sorted(dict(child).items()), env]


def f_collections_namedtuple():
    """collections.namedtuple: fields, defaults, _replace, _asdict, _make, indexing and tuple equality."""
    import collections
    Point = collections.namedtuple('Point', ['x', 'y', 'z'], defaults=[0])
    p = Point(1, 2)
    Renamed = collections.namedtuple('Renamed', 'a def a', rename=True)
    return [list(p), p.x + p[1], Point._fields, Point._field_defaults, p._replace(z=5)._asdict(), list(Point._make([7, 8, 9])),
            p == (1, 2, 0), Renamed._fields, repr(p), isinstance(p, tuple)]


def f_collections_defaultdict():
    """collections.defaultdict with list/int factories and UserDict/UserList/UserString."""
    import collections
    groups = collections.defaultdict(list)
    for word in ['ant', 'bee', 'asp', 'cow']:
        groups[word[0]].append(word)
    counts = collections.defaultdict(int)
    for ch in 'hello':
        counts[ch] += 1

    class Lower(collections.UserDict):
        def __setitem__(self, key, value):
            super().__setitem__(key.lower(), value)
    u = Lower()
    u['KEY'] = 1
    ul = collections.UserList([3, 1, 2])
    ul.sort()
    return [sorted(groups.items()), sorted(counts.items()), groups.default_factory is list, 'zzz' in groups,
            dict(u), list(ul), str(collections.UserString('abc').upper())]


def f_collections_abc():
    """collections.abc checks: Iterable, Sequence, Mapping, MutableSet, Callable, Hashable, Generator."""
    import collections.abc as cabc

    def gen():
        yield 1
    values = [[], (), {}, set(), 'str', gen(), len, 1]
    kinds = [cabc.Iterable, cabc.Sequence, cabc.Mapping, cabc.MutableSet, cabc.Callable, cabc.Hashable, cabc.Generator, cabc.Sized]
    return [[isinstance(v, k) for k in kinds] for v in values]


# ---------------------------------------------------------------------------------------------------------
# dataclasses, enum, typing, inspect, abc, types
# ---------------------------------------------------------------------------------------------------------

def f_dataclasses_fields_asdict():
    """dataclasses: fields, defaults and default_factory, asdict/astuple of nested classes, replace, repr, __post_init__."""
    import dataclasses

    @dataclasses.dataclass
    class Item:
        name: str
        qty: int = 1
        tags: list = dataclasses.field(default_factory=list)
        secret: str = dataclasses.field(default='x', repr=False, compare=False)

    @dataclasses.dataclass
    class Order:
        id: int
        items: list
        total: float = dataclasses.field(init=False)

        def __post_init__(self):
            self.total = sum(i.qty for i in self.items) * 1.5
    o = Order(1, [Item('a', 2, ['t']), Item('b')])
    return [[f.name for f in dataclasses.fields(Item)], ['MISSING' if f.default is dataclasses.MISSING else f.default for f in dataclasses.fields(Item)],
            dataclasses.asdict(o), dataclasses.astuple(Item('z')), repr(Item('r', 3)), Item('a') == Item('a', secret='y'),
            dataclasses.replace(Item('a'), qty=9).qty, dataclasses.is_dataclass(o), o.total,
            dataclasses.fields(Order)[2].init, Item.__match_args__]


def f_dataclasses_frozen_order():
    """dataclasses frozen=True (FrozenInstanceError, hashable), order=True sorting, slots=True and kw_only."""
    import dataclasses

    @dataclasses.dataclass(frozen=True, order=True)
    class Version:
        major: int
        minor: int = 0

    @dataclasses.dataclass(slots=True, kw_only=True)
    class Opts:
        a: int
        b: str = 'b'
    v = Version(1, 2)
    try:
        v.major = 3
        err = 'mutated'
    except dataclasses.FrozenInstanceError as e:
        err = [type(e).__name__, isinstance(e, AttributeError)]
    try:
        Opts(1)
        kw = 'positional accepted'
    except TypeError as e:
        kw = type(e).__name__
    return [err, [list(dataclasses.astuple(x)) for x in sorted([Version(2), Version(1, 5), Version(1, 2)])],
            Version(1) < Version(1, 1), hash(v) == hash(Version(1, 2)), len({v, Version(1, 2)}), hasattr(Opts, '__slots__'),
            Opts.__slots__, kw, dataclasses.asdict(Opts(a=1))]


def f_enum_basic():
    """enum.Enum: members, values, lookup by value and name, iteration, aliases, unique, auto, StrEnum."""
    import enum

    class Color(enum.Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        CRIMSON = 1

    class Step(enum.Enum):
        FIRST = enum.auto()
        SECOND = enum.auto()

    class Mode(enum.StrEnum):
        READ = enum.auto()
        WRITE = 'w'
    try:
        @enum.unique
        class Dup(enum.Enum):
            A = 1
            B = 1
        uniq = 'accepted'
    except ValueError as e:
        uniq = type(e).__name__
    try:
        Color(9)
        bad = 'found'
    except ValueError as e:
        bad = type(e).__name__
    return [[m.name for m in Color], Color(1).name, Color['BLUE'].value, Color.CRIMSON is Color.RED,
            sorted(Color.__members__), [s.value for s in Step], Mode.READ.value, Mode.WRITE == 'w', str(Mode.READ),
            uniq, bad, isinstance(Color.RED, Color), Color.RED in Color, len(Color)]


def f_enum_intflag_auto():
    """enum.IntFlag/Flag with auto(): combination, membership, iteration, int values and IntEnum comparisons."""
    import enum

    class Perm(enum.IntFlag):
        R = enum.auto()
        W = enum.auto()
        X = enum.auto()

    class Shape(enum.IntEnum):
        CIRCLE = 1
        SQUARE = 2

    class Style(enum.Flag):
        BOLD = enum.auto()
        ITALIC = enum.auto()
        UNDERLINE = enum.auto()
    rw = Perm.R | Perm.W
    return [[p.value for p in Perm], int(rw), rw.name, Perm.R in rw, Perm.X in rw, [m.name for m in rw], int(rw & Perm.W),
            int(~Perm.R), Perm(7).name, Shape.SQUARE == 2, Shape.CIRCLE < Shape.SQUARE, int(Shape.SQUARE) + 1,
            [s.name for s in (Style.BOLD | Style.UNDERLINE)], bool(Style(0)), (Style.BOLD | Style.ITALIC).value,
            sorted(Perm.__members__)]


def f_typing_get_type_hints():
    """typing.get_type_hints of a function and a class, with Optional, Union, string annotations and defaults."""
    import typing

    def func(a: int, b: 'str' = 'x', *args: float, c: typing.Optional[list] = None, **kw: bool) -> typing.Dict[str, int]:
        return {}

    class Config:
        name: str
        size: 'int'
        tags: typing.List[str]
    hints = typing.get_type_hints(func)
    return [sorted(hints), hints['a'] is int, hints['b'] is str, hints['c'] == typing.Optional[list],
            typing.get_origin(hints['return']) is dict, [t.__name__ for t in typing.get_args(hints['c'])], str(hints['return']),
            sorted(typing.get_type_hints(Config)), typing.get_type_hints(Config)['size'] is int, str(typing.Optional[int]),
            str(typing.Union[int, str]), str(list[int]), str(typing.Callable[[int], str]),
            func.__annotations__['b'], typing.get_args(typing.get_type_hints(Config)['tags'])[0] is str]


def f_typing_typeddict():
    """typing.TypedDict with total=False, Required/NotRequired and __required_keys__/__optional_keys__."""
    import typing

    class Movie(typing.TypedDict):
        title: str
        year: int

    class Partial(typing.TypedDict, total=False):
        name: str
        rating: typing.Required[float]

    class Mixed(typing.TypedDict):
        a: int
        b: typing.NotRequired[str]
    m = Movie(title='Blade Runner', year=1982)
    return [m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Partial.__required_keys__),
            sorted(Partial.__optional_keys__), sorted(Mixed.__optional_keys__), Movie.__total__, Partial.__total__,
            typing.is_typeddict(Movie), sorted(typing.get_type_hints(Movie))]


def f_typing_protocol():
    """typing.Protocol with runtime_checkable isinstance checks and a Generic class with TypeVar."""
    import typing

    @typing.runtime_checkable
    class Closable(typing.Protocol):
        def close(self): ...

    class Sizeable(typing.Protocol):
        def size(self) -> int: ...

    class File:
        def close(self):
            return 'closed'

    class Rock:
        pass
    T = typing.TypeVar('T')

    class Box(typing.Generic[T]):
        def __init__(self, item: T):
            self.item = item

        def get(self) -> T:
            return self.item
    try:
        isinstance(File(), Sizeable)
        nonruntime = 'allowed'
    except TypeError as e:
        nonruntime = type(e).__name__
    return [isinstance(File(), Closable), isinstance(Rock(), Closable), issubclass(File, Closable), nonruntime,
            Box[int](5).get(), typing.get_origin(Box[int]) is Box, typing.get_args(Box[int]) == (int,), T.__name__,
            isinstance(open, Closable)]


def f_typing_origin_args():
    """typing.get_origin/get_args for generics, Union, |, Literal, Annotated, Callable, plus cast and NewType."""
    import collections.abc
    import typing
    UserId = typing.NewType('UserId', int)
    cases = [list[int], typing.List[int], dict[str, list[int]], typing.Union[int, str], int | None,
             typing.Literal['a', 1], typing.Annotated[int, 'meta'], typing.Callable[[int, str], bool], tuple[int, ...],
             collections.abc.Iterable[str], int]
    names = []
    for c in cases:
        o = typing.get_origin(c)
        names.append(None if o is None else getattr(o, '__name__', None) or str(o))
    return [names, [len(typing.get_args(c)) for c in cases], typing.get_args(typing.Literal['a', 1]),
            typing.get_args(typing.Annotated[int, 'meta'])[1], UserId(5), UserId.__name__, typing.cast(str, 3),
            typing.get_args(typing.Callable[[int, str], bool])[1] is bool, int | str == typing.Union[int, str]]


def f_inspect_signature():
    """inspect.signature: parameters, kinds, defaults, annotations, bind, str(signature); isfunction/isclass etc."""
    import inspect

    def f(a, b: int = 2, /, c=3, *args, d, e='e', **kw) -> str:
        pass

    class K:
        def method(self, x, y=1):
            pass

        @staticmethod
        def st(z):
            pass
    sig = inspect.signature(f)
    bound = sig.bind(1, c=5, d=4, extra=9)
    bound.apply_defaults()
    return [str(sig), [[p.name, p.kind.name, None if p.default is p.empty else p.default] for p in sig.parameters.values()],
            sig.return_annotation is str, sig.parameters['b'].annotation is int, dict(bound.arguments),
            str(inspect.signature(K().method)), str(inspect.signature(K.st)), inspect.isfunction(f), inspect.isclass(K),
            inspect.ismethod(K().method), inspect.isfunction(K.method), inspect.isbuiltin(len), inspect.isgeneratorfunction(f),
            inspect.iscoroutinefunction(f), [n for n, _ in inspect.getmembers(K, inspect.isfunction)],
            str(sig.replace(return_annotation=inspect.Signature.empty)), inspect.getfullargspec(f).args,
            inspect.unwrap(f) is f, inspect.getdoc(K) is None]


def f_abc_abstract():
    """abc.ABC with abstractmethod, abstract properties, register() virtual subclasses and instantiation errors."""
    import abc

    class Base(abc.ABC):
        @abc.abstractmethod
        def run(self):
            ...

        @property
        @abc.abstractmethod
        def name(self):
            ...

    class Impl(Base):
        def run(self):
            return 'ran'

        @property
        def name(self):
            return 'impl'

    class Half(Base):
        def run(self):
            return 'half'

    class Virtual:
        pass
    Base.register(Virtual)
    try:
        Half()
        err = 'instantiated'
    except TypeError as e:
        err = type(e).__name__
    return [Impl().run(), Impl().name, err, sorted(Half.__abstractmethods__), isinstance(Virtual(), Base),
            issubclass(Virtual, Base), _isabstract(Base), _isabstract(Impl)]


def _isabstract(cls):
    import inspect
    return inspect.isabstract(cls)


def f_types_namespace_proxy():
    """types.SimpleNamespace, MappingProxyType (read-only), new_class, FunctionType checks, GenericAlias."""
    import types
    ns = types.SimpleNamespace(a=1, b='x')
    ns.c = [1]
    base = {'k': 1}
    proxy = types.MappingProxyType(base)
    try:
        proxy['k'] = 2
        ro = 'writable'
    except TypeError as e:
        ro = type(e).__name__
    base['k'] = 3
    Cls = types.new_class('Dyn', (object,), {}, lambda ns: ns.update({'hello': lambda self: 'hi'}))
    return [vars(ns), repr(types.SimpleNamespace(x=1, y='z')), ns == types.SimpleNamespace(a=1, b='x', c=[1]), ro, proxy['k'],
            dict(proxy), Cls().hello(), Cls.__name__, isinstance(len, types.BuiltinFunctionType),
            isinstance(lambda: 0, types.FunctionType), types.GenericAlias(list, (int,)) == list[int],
            isinstance((x for x in ()), types.GeneratorType), type(None) is types.NoneType]


# ---------------------------------------------------------------------------------------------------------
# ast, dis, tokenize, keyword, builtins
# ---------------------------------------------------------------------------------------------------------

def f_ast_parse_dump():
    """ast.parse and ast.dump of a small expression and statement; node line numbers."""
    import ast
    expr = ast.parse('x + 2 * y', mode='eval')
    mod = ast.parse('a = [1, "s"]\nif a:\n    pass\n')
    return [ast.dump(expr), ast.dump(mod.body[0]), [type(n).__name__ for n in mod.body], mod.body[1].lineno,
            mod.body[1].body[0].col_offset, ast.get_source_segment('a = [1, "s"]', mod.body[0].value)]


def f_ast_literal_eval():
    """ast.literal_eval of literals and containers, and ValueError for non-literals."""
    import ast
    out = [ast.literal_eval("{'a': [1, 2.5, (3, -4)], 'b': {True, None}}".replace('{True, None}', '(True, None)')),
           ast.literal_eval('-1+2j') == -1 + 2j, ast.literal_eval("b'xy'").decode(), ast.literal_eval('  "padded"'),
           sorted(ast.literal_eval('{3, 1, 2}')), ast.literal_eval('()')]
    for bad in ('__import__("os")', 'a + 1', '[x for x in y]'):
        try:
            ast.literal_eval(bad)
            out.append('evaluated')
        except ValueError as e:
            out.append(type(e).__name__)
    return out


def f_ast_node_visitor():
    """ast.NodeVisitor counting node types and ast.NodeTransformer rewriting constants; ast.walk."""
    import ast
    import collections
    src = 'def f(a, b):\n    return a * 2 + b * 3\n\nx = f(1, 2)\n'
    tree = ast.parse(src)

    class Counter(ast.NodeVisitor):
        def __init__(self):
            self.counts = collections.Counter()

        def generic_visit(self, node):
            self.counts[type(node).__name__] += 1
            super().generic_visit(node)

    class Double(ast.NodeTransformer):
        def visit_Constant(self, node):
            return ast.copy_location(ast.Constant(node.value * 10), node)
    c = Counter()
    c.visit(tree)
    new = ast.fix_missing_locations(Double().visit(tree))
    ns = {}
    exec(compile(new, '<ast>', 'exec'), ns)
    return [sorted(c.counts.items()), ns['x'], sorted({type(n).__name__ for n in ast.walk(tree) if isinstance(n, ast.expr)})]


def f_ast_unparse():
    """ast.unparse of parsed source, including precedence-sensitive expressions and a function definition."""
    import ast
    return [ast.unparse(ast.parse('(a + b) * c ** -d')), ast.unparse(ast.parse('def g(x, *, y=1) -> int:\n    return x if y else -x')),
            ast.unparse(ast.parse('[k for k, v in d.items() if v]')), ast.unparse(ast.parse('lambda: (yield)')),
            ast.unparse(ast.BinOp(ast.Constant(1), ast.Sub(), ast.BinOp(ast.Constant(2), ast.Sub(), ast.Constant(3))))]


def f_dis_get_instructions():
    """dis.get_instructions yields Instruction objects with str opnames (exact opcodes are version-specific)."""
    import dis

    def sample(a):
        return a + 1
    ins = list(dis.get_instructions(sample))
    return [len(ins) > 0, all(isinstance(i.opname, str) and isinstance(i.offset, int) for i in ins),
            any(i.opname.startswith('RETURN') for i in ins), 'LOAD_CONST' in dis.opmap or 'RETURN_CONST' in dis.opmap,
            isinstance(dis.code_info(sample), str)]


def f_tokenize_source():
    """tokenize.generate_tokens of a small source: NAME/OP/NUMBER/STRING/COMMENT tokens and their positions."""
    import io
    import tokenize
    src = 'def f(x):\n    return x + 10  # add\ns = "hi"\n'
    wanted = {tokenize.NAME, tokenize.OP, tokenize.NUMBER, tokenize.STRING, tokenize.COMMENT}
    toks = [[tokenize.tok_name[t.type], t.string, list(t.start)] for t in tokenize.generate_tokens(io.StringIO(src).readline)
            if t.type in wanted]
    exact = [tokenize.tok_name[t.exact_type] for t in tokenize.generate_tokens(io.StringIO('a += (b)\n').readline) if t.type == tokenize.OP]
    full = list(tokenize.generate_tokens(io.StringIO(src).readline))
    return [toks, exact, tokenize.untokenize(full) == src, tokenize.tok_name[full[-1].type]]


def f_keyword_builtins():
    """keyword.iskeyword/kwlist/softkwlist and a few builtins (names, callables, constants)."""
    import builtins
    import keyword
    return [keyword.iskeyword('async'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), 'case' in keyword.softkwlist,
            [w for w in ('False', 'None', 'True', 'and', 'yield', 'await', 'nonlocal') if w in keyword.kwlist],
            all(hasattr(builtins, n) for n in ('print', 'len', 'ExceptionGroup', 'aiter', 'anext', 'breakpoint')),
            builtins.__name__, callable(builtins.sorted), builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented,
            sorted(n for n in dir(builtins) if n.endswith('Warning') and n.startswith('U'))]


def f_builtins_misc():
    """Builtins: sorted with key/reverse, enumerate/zip (strict), map/filter, divmod, min/max default, any/all, iter sentinel."""
    out = [sorted(['b', 'A', 'c'], key=str.lower, reverse=True), list(enumerate('ab', 1)), list(zip('ab', [1, 2], strict=True)),
           list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, '', 'x'])), min([], default='empty'), max('abc', key=ord),
           any([]), all([]), list(iter(iter([1, 2, 0, 3]).__next__, 0)), list(reversed(range(3))), sum([[1], [2]], []),
           chr(9731), ord('€'), bin(10), oct(8), hex(255), ascii('é'), repr(b'\x00a'), bytes.fromhex('de ad').hex(),
           bytearray(b'ab').upper().decode(), slice(1, 10, 2).indices(5), isinstance(True, int), round(1.23456, 3),
           list(range(10)[2:8:3]), frozenset({1}) == {1}, 'x' * 3, [1, 2] * 2, divmod(7.5, 2)]
    try:
        list(zip('ab', [1], strict=True))
    except ValueError as e:
        out.append(type(e).__name__)
    return out


def f_exceptions_groups_notes():
    """ExceptionGroup with except*, add_note, exception chaining (__cause__, __context__) and ExceptionGroup.split."""
    out = []
    try:
        raise ExceptionGroup('many', [ValueError('v'), TypeError('t'), ValueError('w')])
    except* ValueError as eg:
        out.append(['value', [str(e) for e in eg.exceptions]])
    except* TypeError as eg:
        out.append(['type', [str(e) for e in eg.exceptions]])
    eg = ExceptionGroup('g', [KeyError('k'), OSError('o')])
    match, rest = eg.split(LookupError)
    out.append([[type(e).__name__ for e in match.exceptions], [type(e).__name__ for e in rest.exceptions]])
    try:
        try:
            {}['missing']
        except KeyError as e:
            raise RuntimeError('wrapped') from e
    except RuntimeError as e:
        out.append([type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__])
    err = ValueError('x')
    err.add_note('first note')
    err.add_note('second')
    out.append(err.__notes__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise IndexError('during handling')
    except IndexError as e:
        out.append([type(e.__context__).__name__, e.__cause__ is None])
    return out


# ---------------------------------------------------------------------------------------------------------
# asyncio, contextvars, contextlib
# ---------------------------------------------------------------------------------------------------------

def f_asyncio_run():
    """asyncio.run of a coroutine awaiting other coroutines, create_task and task results."""
    import asyncio

    async def add(a, b):
        await asyncio.sleep(0)
        return a + b

    async def main():
        t = asyncio.create_task(add(2, 3))
        direct = await add(1, 1)
        return [direct, await t, t.done(), asyncio.iscoroutinefunction(add), asyncio.isfuture(t)]
    return asyncio.run(main())


def f_asyncio_gather():
    """asyncio.gather keeps argument order, return_exceptions=True collects errors, as_completed yields all."""
    import asyncio

    async def work(n):
        await asyncio.sleep(0.001 * (5 - n))
        if n == 3:
            raise ValueError('three')
        return n * n

    async def main():
        ok = await asyncio.gather(work(1), work(2), work(4))
        mixed = await asyncio.gather(*(work(n) for n in range(5)), return_exceptions=True)
        done = sorted([await f for f in asyncio.as_completed([work(1), work(2)])])
        try:
            await asyncio.gather(work(3), work(1))
            err = 'no error'
        except ValueError as e:
            err = type(e).__name__
        return [ok, [type(x).__name__ if isinstance(x, BaseException) else x for x in mixed], done, err]
    return asyncio.run(main())


def f_asyncio_queue():
    """asyncio.Queue producer/consumer with task_done/join, maxsize and a PriorityQueue."""
    import asyncio

    async def main():
        q = asyncio.Queue(maxsize=2)
        got = []

        async def producer():
            for i in range(6):
                await q.put(i)
            await q.put(None)

        async def consumer():
            while True:
                item = await q.get()
                q.task_done()
                if item is None:
                    break
                got.append(item * 10)
        await asyncio.gather(producer(), consumer())
        await q.join()
        pq = asyncio.PriorityQueue()
        for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
            pq.put_nowait(item)
        order = [pq.get_nowait()[1] for _ in range(3)]
        try:
            pq.get_nowait()
            empty = 'got'
        except asyncio.QueueEmpty as e:
            empty = type(e).__name__
        return [got, q.empty(), q.maxsize, order, empty]
    return asyncio.run(main())


def f_asyncio_wait_for_timeout():
    """asyncio.wait_for raising TimeoutError, cancelling the inner task; asyncio.wait with FIRST_COMPLETED."""
    import asyncio

    async def main():
        cancelled = []

        async def slow():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled.append(True)
                raise
        try:
            await asyncio.wait_for(slow(), timeout=0.01)
            res = 'finished'
        except asyncio.TimeoutError as e:
            res = [type(e).__name__, isinstance(e, TimeoutError)]
        fast = await asyncio.wait_for(asyncio.sleep(0, 'quick'), timeout=5)
        t1 = asyncio.create_task(asyncio.sleep(0, 'first'))
        t2 = asyncio.create_task(asyncio.sleep(5, 'second'))
        done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
        for p in pending:
            p.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        return [res, cancelled, fast, [t.result() for t in done], len(pending), t2.cancelled()]
    return asyncio.run(main())


def f_asyncio_event():
    """asyncio.Event waking several waiters, asyncio.Lock mutual exclusion, Semaphore and Condition."""
    import asyncio

    async def main():
        ev = asyncio.Event()
        log = []

        async def waiter(name):
            await ev.wait()
            log.append(name)

        tasks = [asyncio.create_task(waiter(n)) for n in 'abc']
        await asyncio.sleep(0)
        log.append('set')
        ev.set()
        await asyncio.gather(*tasks)
        lock = asyncio.Lock()
        inside = []

        async def crit(n):
            async with lock:
                inside.append(('in', n))
                await asyncio.sleep(0)
                inside.append(('out', n))
        await asyncio.gather(crit(1), crit(2))
        sem = asyncio.Semaphore(2)
        peak = [0, 0]

        async def limited():
            async with sem:
                peak[0] += 1
                peak[1] = max(peak)
                await asyncio.sleep(0)
                peak[0] -= 1
        await asyncio.gather(*(limited() for _ in range(5)))
        cond = asyncio.Condition()
        ready = []

        async def consumer():
            async with cond:
                await cond.wait_for(lambda: ready)
                return ready[0]

        async def producer():
            await asyncio.sleep(0)
            async with cond:
                ready.append('item')
                cond.notify_all()
        got, _ = await asyncio.gather(consumer(), producer())
        return [log, ev.is_set(), [list(x) for x in inside], peak[1], got]
    return asyncio.run(main())


def f_asyncio_taskgroup():
    """asyncio.TaskGroup (3.11+): results of child tasks, and an ExceptionGroup that cancels siblings."""
    import asyncio

    async def main():
        async def job(n):
            await asyncio.sleep(0)
            return n * 2
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(job(i)) for i in range(4)]
        results = [t.result() for t in tasks]
        cancelled = []

        async def fails():
            await asyncio.sleep(0)
            raise KeyError('boom')

        async def long():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled.append('long')
                raise
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(long())
                tg.create_task(fails())
            eg = 'no error'
        except* KeyError as group:
            eg = [type(group).__name__, [type(e).__name__ for e in group.exceptions]]
        return [results, eg, cancelled]
    return asyncio.run(main())


def f_asyncio_sleep_ordering():
    """Task interleaving with asyncio.sleep(0) and timed sleeps finishing in delay order."""
    import asyncio

    async def main():
        log = []

        async def ticker(name, n):
            for i in range(n):
                log.append(name + str(i))
                await asyncio.sleep(0)

        await asyncio.gather(ticker('a', 3), ticker('b', 2))
        order = []

        async def sleeper(d):
            await asyncio.sleep(d)
            order.append(d)
        # 100 ms apart: a worker still warming up may take tens of milliseconds between starting two tasks.
        await asyncio.gather(sleeper(0.3), sleeper(0.1), sleeper(0.2), sleeper(0))
        loop = asyncio.get_running_loop()
        calls = []
        loop.call_soon(calls.append, 'soon')
        loop.call_later(0.01, calls.append, 'later')
        await asyncio.sleep(0.03)
        return [log, order, calls]
    return asyncio.run(main())


def f_asyncio_async_generator():
    """Async generators: async for, async comprehensions, aclose with finally, aiter/anext and asynccontextmanager."""
    import asyncio
    import contextlib

    async def countdown(n):
        try:
            while n > 0:
                await asyncio.sleep(0)
                yield n
                n -= 1
        finally:
            closed.append(n)

    @contextlib.asynccontextmanager
    async def resource():
        events.append('open')
        try:
            yield 'res'
        finally:
            events.append('close')
    closed = []
    events = []

    async def main():
        items = [x async for x in countdown(3)]
        evens = [x async for x in countdown(6) if x % 2 == 0]
        gen = countdown(10)
        first = await anext(gen)
        second = await gen.__anext__()
        await gen.aclose()
        async with resource() as r:
            events.append(r)
        default = await anext(aiter(countdown(0)), 'exhausted')
        return [items, evens, first, second, list(closed), events, default]
    return asyncio.run(main())


def f_asyncio_timeout():
    """asyncio.timeout context manager (3.11+): expiry raises TimeoutError, reschedule, and no expiry."""
    import asyncio

    async def main():
        try:
            async with asyncio.timeout(0.01) as cm:
                await asyncio.sleep(10)
            first = 'finished'
        except TimeoutError as e:
            first = [type(e).__name__, cm.expired()]
        async with asyncio.timeout(5) as cm2:
            value = await asyncio.sleep(0, 'fine')
        async with asyncio.timeout(None) as cm3:
            cm3.reschedule(asyncio.get_running_loop().time() + 5)
            when = cm3.when() is not None
        return [first, value, cm2.expired(), when]
    return asyncio.run(main())


def f_asyncio_futures_callbacks():
    """asyncio Future set_result/add_done_callback, task cancellation (CancelledError) and shield."""
    import asyncio

    async def main():
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        seen = []
        fut.add_done_callback(lambda f: seen.append(f.result()))
        loop.call_soon(fut.set_result, 42)
        value = await fut
        await asyncio.sleep(0)
        task = asyncio.create_task(asyncio.sleep(10))
        await asyncio.sleep(0)
        task.cancel()
        try:
            await task
            state = 'finished'
        except asyncio.CancelledError as e:
            state = [type(e).__name__, task.cancelled(), isinstance(e, BaseException) and not isinstance(e, Exception)]
        inner = asyncio.create_task(asyncio.sleep(0, 'shielded'))
        shielded = await asyncio.shield(inner)
        return [value, seen, state, shielded, fut.done()]
    return asyncio.run(main())


def f_contextvars_context():
    """contextvars: ContextVar get/set/reset, copy_context().run isolation and per-task contexts in asyncio."""
    import asyncio
    import contextvars
    var = contextvars.ContextVar('stdlib_features_var', default='default')
    out = [var.get()]
    token = var.set('outer')
    ctx = contextvars.copy_context()

    def inside():
        var.set('changed in copy')
        return var.get()
    out.append(ctx.run(inside))
    out.append(var.get())
    out.append(ctx[var])
    var.reset(token)
    out.append(var.get())
    out.append(var in ctx)

    async def task_body(v):
        var.set(v)
        await asyncio.sleep(0)
        return var.get()

    async def main():
        results = await asyncio.gather(task_body('t1'), task_body('t2'))
        return results + [var.get()]
    out.append(asyncio.run(main()))
    out.append(var.name)
    return out


def f_contextlib_contextmanager():
    """contextlib.contextmanager: enter/exit order, value, exception handling inside the generator, ContextDecorator."""
    import contextlib
    log = []

    @contextlib.contextmanager
    def tag(name):
        log.append('<' + name + '>')
        try:
            yield name.upper()
        except KeyError:
            log.append('handled KeyError')
        finally:
            log.append('</' + name + '>')
    with tag('a') as v:
        with tag('b'):
            log.append(v)
    with tag('c'):
        raise KeyError('swallowed')

    class Track(contextlib.ContextDecorator):
        def __enter__(self):
            log.append('enter')
            return self

        def __exit__(self, *exc):
            log.append('exit')
            return False

    @Track()
    def decorated():
        log.append('body')
    decorated()
    return log


def f_contextlib_suppress_exitstack():
    """contextlib.suppress, ExitStack callbacks (LIFO) and enter_context, closing, nullcontext."""
    import contextlib
    log = []
    with contextlib.suppress(FileNotFoundError, KeyError):
        {}['x']
    log.append('after suppress')
    with contextlib.ExitStack() as stack:
        for i in range(3):
            stack.callback(log.append, 'cb%d' % i)
        stack.enter_context(contextlib.nullcontext('n'))
        moved = stack.pop_all()
        log.append('popped')
    log.append('stack closed')
    moved.close()

    class Thing:
        def close(self):
            log.append('thing closed')
    with contextlib.closing(Thing()):
        log.append('using thing')
    with contextlib.nullcontext(5) as five:
        log.append(five)
    try:
        with contextlib.ExitStack() as stack:
            stack.push(lambda *exc: log.append(exc[0].__name__) or True)
            raise ValueError('x')
        log.append('suppressed by push')
    except ValueError:
        log.append('not suppressed')
    return log


def f_contextlib_redirect_stdout():
    """contextlib.redirect_stdout/redirect_stderr into io.StringIO capture print output."""
    import contextlib
    import io
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        print('hello', 42, sep='-')
        print('to err', file=sys.stderr)
        print('no newline', end='')
    return [out.getvalue(), err.getvalue()]


# ---------------------------------------------------------------------------------------------------------
# pickle, copy, copyreg, struct, array, memoryview
# ---------------------------------------------------------------------------------------------------------

class _PickledPoint:
    """Turned into a dataclass by f_pickle_dataclass (module level so pickle can find it by name)."""
    x: int
    y: list
    label: str = 'p'


def f_pickle_protocols():
    """pickle.dumps/loads round trip of nested structures at protocols 0 to 5, with shared references and recursion."""
    import pickle
    shared = [1, 2]
    value = {'int': 2 ** 70, 'neg': -5, 'float': 1.5, 'str': 'héllo', 'bytes': b'\x00\xff', 'ba': bytearray(b'ab'),
             'tuple': (1, (2, 3)), 'set': {1, 2}, 'fs': frozenset('ab'), 'none': None, 'bool': [True, False],
             'nested': {'shared': shared, 'again': shared}, 'complex': 1 + 2j}
    out = []
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, protocol=proto)
        back = pickle.loads(data)
        out.append([proto, back == value, back['nested']['shared'] is back['nested']['again'],
                    data[:2] == bytes([0x80, proto]) if proto >= 2 else data[:1] != b'\x80'])
    rec = []
    rec.append(rec)
    r = pickle.loads(pickle.dumps(rec))
    out.append(r[0] is r)
    out.append(pickle.HIGHEST_PROTOCOL >= 5)
    out.append(pickle.DEFAULT_PROTOCOL >= 4)
    try:
        pickle.dumps(lambda: 0)
    except (pickle.PicklingError, AttributeError, TypeError) as e:
        out.append('unpicklable')
    try:
        pickle.loads(b'garbage')
    except pickle.UnpicklingError as e:
        out.append(type(e).__name__)
    return out


def f_pickle_dataclass():
    """pickle round trip of a (module-level) dataclass instance at every protocol."""
    import dataclasses
    import pickle
    if not dataclasses.is_dataclass(_PickledPoint):
        dataclasses.dataclass(_PickledPoint)
    p = _PickledPoint(3, [1, {'k': 'v'}], 'label')
    out = []
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(p, protocol=proto))
        out.append([proto, back == p, type(back).__name__, dataclasses.asdict(back)])
    return out


def f_copy_deepcopy_cycles():
    """copy.copy vs copy.deepcopy, deepcopy with cycles and shared references, __copy__/__deepcopy__ hooks."""
    import copy
    a = [1, [2, 3]]
    a.append(a)
    b = copy.deepcopy(a)
    shallow = copy.copy(a)
    inner = [0]
    pair = {'x': inner, 'y': inner}
    dp = copy.deepcopy(pair)

    class Custom:
        def __init__(self):
            self.log = []

        def __copy__(self):
            c = Custom()
            c.log = ['copied']
            return c

        def __deepcopy__(self, memo):
            c = Custom()
            c.log = ['deep copied', len(memo) >= 0]
            return c
    return [b[2] is b, b is not a, b[1] is not a[1], b[1] == a[1], shallow[1] is a[1], shallow[2] is a,
            dp['x'] is dp['y'], dp['x'] is not inner, copy.copy(Custom()).log, copy.deepcopy(Custom()).log,
            copy.deepcopy((1, 'a')) == (1, 'a')]


def f_copyreg_reducer():
    """copyreg.pickle registering a reduction function for a local class (unpickles to a plain tuple)."""
    import copyreg
    import pickle

    class Local:
        def __init__(self, a, b):
            self.a, self.b = a, b

    def reduce_local(obj):
        return (tuple, ((obj.a, obj.b),))
    copyreg.pickle(Local, reduce_local)
    try:
        data = pickle.dumps(Local(1, 'two'))
    finally:
        copyreg.dispatch_table.pop(Local, None)
    try:
        pickle.dumps(Local(1, 2))
        after = 'pickled'
    except (pickle.PicklingError, AttributeError, TypeError):
        after = 'unpicklable again'
    return [list(pickle.loads(data)), after]


def f_struct_pack_unpack():
    """struct pack/unpack with byte orders, sizes, padding, strings, unpack_from/iter_unpack and struct.error."""
    import struct
    out = [struct.pack('<HIq', 1, 2, -3).hex(), struct.pack('>HIq', 1, 2, -3).hex(), struct.pack('!f', 1.5).hex(),
           struct.pack('<d', -0.1).hex(), struct.unpack('<hH', b'\xff\xff\xff\xff'), struct.calcsize('<i3sh'),
           struct.calcsize('=bhiq'), struct.pack('<5s', b'ab').hex(), struct.pack('<?x?', True, False).hex(),
           struct.unpack_from('>H', b'\x00\x01\x02', 1), [list(t) for t in struct.iter_unpack('<bB', b'\xff\xff\x01\x02')],
           struct.Struct('<3e').size, list(struct.unpack('<e', struct.pack('<e', 0.333))), struct.pack('>Q', 2 ** 64 - 1).hex(),
           struct.pack('<p', b'abc').hex(), struct.pack('<10p', b'abc').hex()]
    for fmt, args in (('<B', (256,)), ('<h', ('x',)), ('<i', ())):
        try:
            struct.pack(fmt, *args)
            out.append('packed')
        except struct.error as e:
            out.append(type(e).__name__)
    return out


def f_array_typed():
    """array.array typecodes, itemsize, append/extend, frombytes/tobytes (little-endian), byteswap and slicing."""
    import array
    a = array.array('h', [1, -2, 3])
    a.append(4)
    a.extend([5, 6])
    le = a.tobytes() if sys.byteorder == 'little' else array.array('h', a.tolist()).tobytes()
    b = array.array('h')
    b.frombytes(le)
    sw = array.array('h', [1, 256])
    sw.byteswap()
    d = array.array('d', [1.5, 2.5])
    return [a.tolist(), a.typecode, a.itemsize, array.array('b').itemsize, array.array('d').itemsize,
            array.array('q').itemsize, b == a, sw.tolist() if sys.byteorder == 'little' else [256, 1], d[::-1].tolist(),
            a.index(3), a.count(4), array.array('B', b'xyz').tolist(), array.array('i', range(3)) * 2 == array.array('i', [0, 1, 2, 0, 1, 2]),
            sorted(array.typecodes.replace('u', '').replace('w', ''))]


def f_memoryview_ops():
    """memoryview: slicing without copy, writes through to bytearray, cast, tolist, readonly, nbytes and release."""
    buf = bytearray(b'abcdef')
    m = memoryview(buf)
    m[0:2] = b'XY'
    sub = m[2:5]
    grid = memoryview(bytes(range(6))).cast('B', shape=[2, 3])
    ro = memoryview(b'ro')
    try:
        ro[0] = 1
        w = 'written'
    except TypeError as e:
        w = type(e).__name__
    out = [buf.decode(), sub.tobytes().decode(), sub.nbytes, m.readonly, ro.readonly, grid.tolist(), grid.shape, grid.ndim,
           m.format, m.itemsize, w, bytes(m[::2]).decode(), m.hex(), m.obj is buf, memoryview(b'ab') == b'ab']
    m.release()
    try:
        m.tobytes()
        out.append('still usable')
    except ValueError as e:
        out.append(type(e).__name__)
    return out


# ---------------------------------------------------------------------------------------------------------
# io, tempfile, os, pathlib, shutil, zipfile, tarfile
# ---------------------------------------------------------------------------------------------------------

def f_io_bytesio_stringio():
    """io.BytesIO and io.StringIO: write/seek/read/readline, getvalue, truncate, getbuffer and iteration."""
    import io
    b = io.BytesIO()
    b.write(b'hello\nworld\n')
    pos = b.tell()
    b.seek(0)
    first = b.readline()
    b.seek(0, io.SEEK_END)
    b.write(b'!')
    b.truncate(8)
    view = bytes(b.getbuffer())
    s = io.StringIO('line1\nline2\nline3')
    lines = list(s)
    s.seek(0)
    s.read(2)
    s.write('XX')
    return [pos, first.decode(), view.decode(), lines, s.getvalue(), io.StringIO('a\r\nb', newline=None).read(),
            io.StringIO('a\r\nb', newline='').readlines(), b.seekable(), b.readable(), b.closed, io.BytesIO(b'abc').read1(2).decode()]


def f_io_textiowrapper():
    """io.TextIOWrapper over io.BytesIO: encodings (utf-8, utf-16-le, latin-1, utf-8-sig), newline translation modes, errors."""
    import io
    out = []
    for enc in ('utf-8', 'utf-16-le', 'latin-1', 'utf-8-sig', 'cp1252'):
        raw = io.BytesIO()
        w = io.TextIOWrapper(raw, encoding=enc, newline='\n')
        w.write('café\n€' if enc != 'latin-1' else 'café\n')
        w.flush()
        out.append([enc, raw.getvalue().hex()])
        w.detach()
    for newline in (None, '', '\n', '\r\n', '\r'):
        raw = io.BytesIO()
        w = io.TextIOWrapper(raw, encoding='ascii', newline=newline)
        w.write('a\nb\n')
        w.flush()
        written = raw.getvalue()
        r = io.TextIOWrapper(io.BytesIO(b'x\r\ny\rz\n'), encoding='ascii', newline=newline)
        out.append([repr(newline), written.decode(), r.readlines()])
        w.detach()
    r = io.TextIOWrapper(io.BytesIO(b'ok \xff end'), encoding='utf-8', errors='replace')
    out.append(r.read())
    r2 = io.TextIOWrapper(io.BytesIO('line1\nline2\n'.encode()), encoding='utf-8', line_buffering=True)
    out.append([r2.readline(), r2.encoding, r2.line_buffering])
    return out


def f_io_buffered_raw():
    """io.BufferedReader/BufferedWriter over BytesIO: peek, write buffering until flush, and io.UnsupportedOperation."""
    import io
    raw = io.BytesIO(b'0123456789')
    br = io.BufferedReader(raw, buffer_size=4)
    first = br.read(3)
    peeked = br.peek(1)[:1]
    rest = br.read()
    target = io.BytesIO()
    bw = io.BufferedWriter(target, buffer_size=8)
    bw.write(b'abc')
    before = target.getvalue()
    bw.flush()
    try:
        io.StringIO('x').fileno()
        err = 'has fileno'
    except io.UnsupportedOperation as e:
        err = [type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError)]
    return [first.decode(), peeked.decode(), rest.decode(), before.decode(), target.getvalue().decode(), err]


def f_tempfile_temporary_directory():
    """tempfile.TemporaryDirectory: create files inside, list them, and the directory is removed afterwards."""
    import os
    import tempfile
    with tempfile.TemporaryDirectory(prefix='sf_') as d:
        for name in ('b.txt', 'a.txt'):
            with open(os.path.join(d, name), 'w', encoding='utf-8') as f:
                f.write(name * 3)
        listing = sorted(os.listdir(d))
        existed = os.path.isdir(d)
        prefix_ok = os.path.basename(d).startswith('sf_')
    return [listing, existed, prefix_ok, os.path.exists(d), isinstance(tempfile.gettempdir(), str),
            isinstance(tempfile.gettempdirb(), bytes)]


def f_tempfile_named_mkstemp():
    """tempfile.NamedTemporaryFile write/seek/read back, mkstemp with suffix, mkdtemp, SpooledTemporaryFile rollover."""
    import os
    import shutil
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        with tempfile.NamedTemporaryFile('w+', suffix='.log', dir=d, encoding='utf-8', delete=True) as f:
            f.write('first\nsecond\n')
            f.flush()
            f.seek(0)
            lines = f.readlines()
            name_ok = os.path.basename(f.name).endswith('.log') and os.path.dirname(f.name) == d
            size = os.path.getsize(f.name)
        gone = not os.path.exists(f.name)
        fd, path = tempfile.mkstemp(suffix='.bin', prefix='mk_', dir=d)
        os.write(fd, b'\x00\x01\x02')
        os.close(fd)
        with open(path, 'rb') as fh:
            data = fh.read()
        sub = tempfile.mkdtemp(dir=d)
        sub_ok = os.path.isdir(sub)
        shutil.rmtree(sub)
        with tempfile.SpooledTemporaryFile(max_size=10, mode='w+b', dir=d) as sp:
            sp.write(b'12345')
            small = sp._rolled
            sp.write(b'678901234')
            big = sp._rolled
            sp.seek(0)
            content = sp.read()
        with tempfile.TemporaryFile(dir=d) as tf:
            tf.write(b'anon')
            tf.seek(0)
            anon = tf.read()
    return [lines, name_ok, size, gone, os.path.basename(path).startswith('mk_'), path.endswith('.bin'), data.hex(), sub_ok,
            small, big, content.decode(), anon.decode()]


def f_os_path_ops():
    """os/os.path inside a temporary directory: makedirs, listdir, rename/replace, stat sizes, remove, scandir, pure path helpers."""
    import os
    import stat
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(os.path.join(d, 'x', 'y', 'z'))
        os.makedirs(os.path.join(d, 'x', 'y'), exist_ok=True)
        p = os.path.join(d, 'x', 'file.txt')
        with open(p, 'wb') as f:
            f.write(b'12345')
        os.rename(p, os.path.join(d, 'x', 'renamed.txt'))
        with open(os.path.join(d, 'other'), 'w') as f:
            f.write('o')
        os.replace(os.path.join(d, 'other'), os.path.join(d, 'x', 'other'))
        st = os.stat(os.path.join(d, 'x', 'renamed.txt'))
        entries = sorted([e.name, e.is_dir(), e.is_file()] for e in os.scandir(os.path.join(d, 'x')))
        listing = sorted(os.listdir(os.path.join(d, 'x')))
        os.remove(os.path.join(d, 'x', 'other'))
        os.rmdir(os.path.join(d, 'x', 'y', 'z'))
        try:
            os.rmdir(os.path.join(d, 'x'))
            nonempty = 'removed'
        except OSError as e:
            nonempty = type(e).__name__ if isinstance(e, OSError) else 'other'
        try:
            os.stat(os.path.join(d, 'missing'))
            missing = 'exists'
        except FileNotFoundError as e:
            missing = [type(e).__name__, e.errno == 2]
        rel = os.path.relpath(os.path.join(d, 'x', 'y'), d)
        after = sorted(os.listdir(os.path.join(d, 'x')))
        exists = [os.path.exists(os.path.join(d, 'x')), os.path.isdir(os.path.join(d, 'x')),
                  os.path.isfile(os.path.join(d, 'x', 'renamed.txt')), os.path.getsize(os.path.join(d, 'x', 'renamed.txt'))]
    return [st.st_size, stat.S_ISREG(st.st_mode), entries, listing, nonempty, missing, rel, after, exists,
            os.path.join('a', 'b', 'c.txt'), os.path.split('/a/b/c.txt'), os.path.splitext('archive.tar.gz'),
            os.path.basename('/a/b/'), os.path.dirname('/a/b/c'), os.path.normpath('/a/./b/../c//d'), os.path.isabs('/x'),
            os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.commonprefix(['interview', 'internet']), os.sep, os.extsep,
            os.path.splitdrive('/a/b')]


def f_os_walk_glob():
    """os.walk (sorted), glob.glob with root_dir and recursive **, fnmatch-style patterns, inside a temp directory."""
    import glob
    import os
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        for rel in ('a/1.py', 'a/2.txt', 'a/b/3.py', 'c/4.py', 'top.py', '.hidden.py'):
            full = os.path.join(d, *rel.split('/'))
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, 'w') as f:
                f.write(rel)
        walked = []
        for root, dirs, files in os.walk(d):
            dirs.sort()
            walked.append([os.path.relpath(root, d), sorted(dirs), sorted(files)])
        bottom_up = [os.path.relpath(r, d) for r, _, _ in os.walk(d, topdown=False)]
        globs = [sorted(glob.glob('*.py', root_dir=d)), sorted(glob.glob('**/*.py', root_dir=d, recursive=True)),
                 sorted(glob.glob('a/?.*', root_dir=d)), sorted(glob.glob('*/', root_dir=d)),
                 sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(glob.escape(d), 'c', '*'))),
                 sorted(glob.glob('*.py', root_dir=d, include_hidden=True))]
    return [walked, bottom_up[-1], len(bottom_up), globs]


def f_pathlib_ops():
    """pathlib.Path in a temp directory (write/read text and bytes, iterdir, rglob, stat, rename, unlink) and PurePath parts."""
    import pathlib
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        root = pathlib.Path(d)
        (root / 'pkg' / 'sub').mkdir(parents=True)
        (root / 'pkg' / '__init__.py').write_text('# init\n', encoding='utf-8')
        (root / 'pkg' / 'sub' / 'data.bin').write_bytes(b'\x01\x02\x03')
        (root / 'pkg' / 'notes.md').write_text('héllo', encoding='utf-8')
        moved = (root / 'pkg' / 'notes.md').rename(root / 'pkg' / 'readme.md')
        found = sorted(p.relative_to(root).as_posix() for p in root.rglob('*') if p.is_file())
        names = sorted(p.name for p in (root / 'pkg').iterdir())
        text = moved.read_text(encoding='utf-8')
        size = (root / 'pkg' / 'sub' / 'data.bin').stat().st_size
        (root / 'pkg' / 'sub' / 'data.bin').unlink()
        (root / 'pkg' / 'sub').rmdir()
        missing = (root / 'nope').exists()
        (root / 'nope').unlink(missing_ok=True)
        touched = root / 't.txt'
        touched.touch()
        globbed = sorted(p.name for p in root.glob('pkg/*.py'))
    p = pathlib.PurePosixPath('/usr/lib/python3/archive.tar.gz')
    w = pathlib.PureWindowsPath('C:/Users/me/file.TXT')
    return [found, names, text, size, missing, touched.name, globbed, list(p.parts), p.name, p.suffix, p.suffixes, p.stem,
            str(p.parent), str(p.with_suffix('.zip')), str(p.with_name('x.py')), str(p.with_stem('new')),
            p.is_relative_to('/usr'), str(p.relative_to('/usr/lib')), [str(x) for x in list(p.parents)[:2]], p.is_absolute(),
            str(w), w.drive, w.root, w.suffix, str(w.as_posix()), p.match('*.gz'), str(pathlib.PurePosixPath('a', '../b', 'c')),
            pathlib.PurePosixPath('a/b') == pathlib.PurePosixPath('a//b'), pathlib.PureWindowsPath('A/B') == pathlib.PureWindowsPath('a/b')]


def f_shutil_copy_tree():
    """shutil.copy/copy2/copyfile/copytree (ignore patterns, dirs_exist_ok)/move/rmtree inside a temp directory."""
    import os
    import shutil
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'src')
        os.makedirs(os.path.join(src, 'deep'))
        for rel, text in (('a.txt', 'A'), ('b.log', 'B'), ('deep/c.txt', 'C')):
            with open(os.path.join(src, *rel.split('/')), 'w') as f:
                f.write(text)
        shutil.copy(os.path.join(src, 'a.txt'), os.path.join(d, 'copy.txt'))
        shutil.copy2(os.path.join(src, 'a.txt'), os.path.join(d, 'copy2.txt'))
        shutil.copyfile(os.path.join(src, 'b.log'), os.path.join(d, 'b.copy'))
        shutil.copytree(src, os.path.join(d, 'dst'), ignore=shutil.ignore_patterns('*.log'))
        shutil.copytree(src, os.path.join(d, 'dst'), dirs_exist_ok=True)
        shutil.move(os.path.join(d, 'copy.txt'), os.path.join(d, 'dst', 'moved.txt'))
        tree = []
        for root, dirs, files in os.walk(os.path.join(d, 'dst')):
            dirs.sort()
            tree.append([os.path.relpath(root, d), sorted(files)])
        with open(os.path.join(d, 'dst', 'deep', 'c.txt')) as f:
            c = f.read()
        shutil.rmtree(os.path.join(d, 'dst'))
        left = sorted(os.listdir(d))
        copied_equal = open(os.path.join(d, 'copy2.txt')).read() == 'A'
        try:
            shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(src, 'a.txt'))
            same = 'copied'
        except shutil.SameFileError as e:
            same = type(e).__name__
    return [tree, c, left, copied_equal, same]


def f_shutil_make_archive():
    """shutil.make_archive ('zip' and 'gztar') of a temp directory and unpack_archive back."""
    import os
    import shutil
    import tempfile
    import zipfile
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'content')
        os.makedirs(os.path.join(src, 'inner'))
        with open(os.path.join(src, 'inner', 'f.txt'), 'w') as f:
            f.write('archived')
        zpath = shutil.make_archive(os.path.join(d, 'out'), 'zip', root_dir=src)
        tpath = shutil.make_archive(os.path.join(d, 'out'), 'gztar', root_dir=src)
        with zipfile.ZipFile(zpath) as z:
            znames = sorted(z.namelist())
        shutil.unpack_archive(tpath, os.path.join(d, 'unpacked'))
        with open(os.path.join(d, 'unpacked', 'inner', 'f.txt')) as f:
            back = f.read()
    return [os.path.basename(zpath), os.path.basename(tpath), znames, back,
            sorted(name for name, _ in shutil.get_archive_formats())[:3]]


def f_zipfile_memory():
    """zipfile in memory: writestr with fixed dates, infolist sizes, read/open, zipfile.Path, testzip, append mode."""
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo('docs/readme.txt', date_time=(2020, 1, 2, 3, 4, 6)), 'hello zip\n' * 20,
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo('data/raw.bin', date_time=(2021, 5, 6, 7, 8, 10)), bytes(range(64)))
        z.writestr(zipfile.ZipInfo('docs/ü.txt', date_time=(1980, 1, 1, 0, 0, 0)), 'unicode name'.encode(),
                   compress_type=zipfile.ZIP_DEFLATED)
        z.comment = b'archive comment'
    with zipfile.ZipFile(buf, 'a') as z:
        z.writestr(zipfile.ZipInfo('appended.txt', date_time=(2022, 1, 1, 0, 0, 0)), 'later')
    data = buf.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = [[i.filename, i.file_size, list(i.date_time), i.compress_type, i.is_dir()] for i in z.infolist()]
        text = z.read('docs/readme.txt').decode()[:10]
        with z.open('data/raw.bin') as f:
            part = f.read(4).hex()
        bad = z.testzip()
        root = zipfile.Path(z)
        tree = sorted(p.name for p in root.iterdir())
        docs = sorted(p.name for p in (root / 'docs').iterdir())
        comment = z.comment.decode()
        try:
            z.getinfo('missing')
            missing = 'found'
        except KeyError as e:
            missing = type(e).__name__
    return [infos, text, part, bad, tree, docs, comment, missing, zipfile.is_zipfile(io.BytesIO(data)),
            zipfile.is_zipfile(io.BytesIO(b'not a zip'))]


def f_zipfile_compression_modes():
    """zipfile compression modes ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA: per-member compress_type and read back."""
    import io
    import zipfile
    payload = _sample_data()
    buf = io.BytesIO()
    modes = [('stored', zipfile.ZIP_STORED), ('deflated', zipfile.ZIP_DEFLATED), ('bzip2', zipfile.ZIP_BZIP2),
             ('lzma', zipfile.ZIP_LZMA)]
    with zipfile.ZipFile(buf, 'w') as z:
        for name, mode in modes:
            z.writestr(zipfile.ZipInfo(name + '.txt', date_time=(2020, 1, 1, 0, 0, 0)), payload, compress_type=mode)
        z.writestr(zipfile.ZipInfo('level9.txt', date_time=(2020, 1, 1, 0, 0, 0)), payload,
                   compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    out = []
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        for info in z.infolist():
            out.append([info.filename, info.compress_type, z.read(info) == payload,
                        info.compress_size < info.file_size if info.compress_type else info.compress_size == info.file_size,
                        info.CRC == __import__('zlib').crc32(payload)])
    return out


def f_tarfile_memory():
    """tarfile in memory with 'w', 'w:gz', 'w:bz2', 'w:xz': addfile with fixed mtime, directories, getnames, extractfile."""
    import io
    import tarfile
    out = []
    for mode in ('w', 'w:gz', 'w:bz2', 'w:xz'):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode=mode) as t:
            d = tarfile.TarInfo('pkg')
            d.type = tarfile.DIRTYPE
            d.mtime = 1600000000
            d.mode = 0o755
            t.addfile(d)
            for name, data in (('pkg/a.txt', b'alpha\n'), ('pkg/b.bin', bytes(range(200)))):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mtime = 1600000000
                info.mode = 0o644
                info.uname = 'user'
                t.addfile(info, io.BytesIO(data))
        raw = buf.getvalue()
        with tarfile.open(fileobj=io.BytesIO(raw), mode='r:*') as t:
            members = [[m.name, m.size, m.isdir(), m.isfile(), m.mtime, oct(m.mode), m.uname] for m in t.getmembers()]
            names = t.getnames()
            content = t.extractfile('pkg/a.txt').read().decode()
            blob = t.extractfile('pkg/b.bin').read() == bytes(range(200))
        out.append([mode, names, members, content, blob, len(raw) % 512 == 0 if mode == 'w' else True])
    out.append(tarfile.is_tarfile(io.BytesIO(b'\x00' * 10)))
    return out


# ---------------------------------------------------------------------------------------------------------
# logging, warnings, traceback, sys, gc, weakref
# ---------------------------------------------------------------------------------------------------------

def f_logging_stream_handler():
    """logging: a logger with a StreamHandler to io.StringIO, a time-free Formatter, levels, filters and exc_info."""
    import io
    import logging
    stream = io.StringIO()
    logger = logging.getLogger('stdlib_features.stream')
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(funcName)s:%(message)s'))

    class NoSecrets(logging.Filter):
        def filter(self, record):
            return 'secret' not in record.getMessage()
    handler.addFilter(NoSecrets())
    logger.addHandler(handler)
    try:
        logger.debug('hidden debug')
        logger.info('info %s %d', 'args', 3)
        logger.warning('a secret value')
        logger.error('error with %(key)s', {'key': 'mapping'})
        try:
            1 / 0
        except ZeroDivisionError:
            logger.exception('caught')
        child = logger.getChild('child')
        child.critical('from child')
    finally:
        logger.removeHandler(handler)
    lines = stream.getvalue().splitlines()
    tb = [l for l in lines if l.startswith('Traceback') or l.startswith('ZeroDivisionError')]
    return [[l for l in lines if ':' in l and not l.startswith(' ') and not l.startswith('Traceback') and not l.startswith('ZeroDivisionError')],
            len(tb), logging.getLevelName(logging.WARNING), logging.getLevelName(25), logger.isEnabledFor(logging.DEBUG),
            logger.getEffectiveLevel(), child.name]


def f_logging_adapter():
    """logging.LoggerAdapter adding context via extra and a custom process(); Formatter styles '{' and '$'."""
    import io
    import logging
    stream = io.StringIO()
    logger = logging.getLogger('stdlib_features.adapter')
    logger.propagate = False
    logger.setLevel(logging.INFO)
    h = logging.StreamHandler(stream)
    h.setFormatter(logging.Formatter('[{user}] {levelname} {message}', style='{'))
    logger.addHandler(h)

    class Prefix(logging.LoggerAdapter):
        def process(self, msg, kwargs):
            kwargs['extra'] = self.extra
            return '(%s) %s' % (self.extra['user'], msg), kwargs
    try:
        logging.LoggerAdapter(logger, {'user': 'ann'}).info('plain adapter')
        Prefix(logger, {'user': 'bob'}).warning('custom %s', 'process')
        h.setFormatter(logging.Formatter('$levelname-$message', style='$'))
        logger.info('dollar style')
    finally:
        logger.removeHandler(h)
    return stream.getvalue().splitlines()


def f_logging_dictconfig():
    """logging.config.dictConfig with formatters, a StreamHandler on io.StringIO, named loggers and levels."""
    import io
    import logging
    import logging.config
    stream = io.StringIO()
    logging.config.dictConfig({
        'version': 1,
        'disable_existing_loggers': False,
        'formatters': {'short': {'format': '%(name)s|%(levelname)s|%(message)s'}},
        'handlers': {'mem': {'class': 'logging.StreamHandler', 'formatter': 'short', 'level': 'DEBUG', 'stream': stream}},
        'loggers': {'stdlib_features.cfg': {'handlers': ['mem'], 'level': 'INFO', 'propagate': False},
                    'stdlib_features.cfg.noisy': {'level': 'ERROR'}},
    })
    log = logging.getLogger('stdlib_features.cfg')
    try:
        log.debug('not shown')
        log.info('shown')
        logging.getLogger('stdlib_features.cfg.noisy').warning('suppressed')
        logging.getLogger('stdlib_features.cfg.noisy').error('noisy error')
        logging.getLogger('stdlib_features.cfg.other').info('child info')
    finally:
        for h in list(log.handlers):
            log.removeHandler(h)
    return [stream.getvalue().splitlines(), log.level, logging.getLogger('stdlib_features.cfg.noisy').level]


def f_warnings_catch():
    """warnings.catch_warnings(record=True) with simplefilter, categories, filterwarnings and warnings-as-errors."""
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        warnings.warn('first', UserWarning)
        warnings.warn('old api', DeprecationWarning)
        warnings.warn_explicit('explicit', RuntimeWarning, 'file.py', 12)
    with warnings.catch_warnings(record=True) as filtered:
        warnings.simplefilter('always')
        warnings.filterwarnings('ignore', message='ignore me')
        warnings.warn('ignore me please')
        warnings.warn('keep me')
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            warnings.warn('now an error', FutureWarning)
            raised = 'not raised'
        except FutureWarning as e:
            raised = [type(e).__name__, str(e)]
    return [[[w.category.__name__, str(w.message)] for w in caught], caught[2].lineno, caught[2].filename,
            [str(w.message) for w in filtered], raised, issubclass(DeprecationWarning, Warning)]


def f_traceback_format_exception_only():
    """traceback.format_exception_only of a caught error (with a note), format_exception and extract_tb."""
    import traceback

    def inner():
        raise ValueError('custom message')
    try:
        inner()
    except ValueError as e:
        e.add_note('a note')
        only = traceback.format_exception_only(e)
        full = traceback.format_exception(e)
        frames = [f.name for f in traceback.extract_tb(e.__traceback__)]
        te = traceback.TracebackException.from_exception(e)
    return [only, full[0], full[-2:], frames, te.exc_type.__name__, list(te.format_exception_only()),
            traceback.format_exception_only(KeyError, KeyError('k'))]


def f_sys_getsizeof_relations():
    """sys.getsizeof relations that hold on any implementation (sizes themselves are implementation details)."""
    return [sys.getsizeof([]) < sys.getsizeof([1, 2, 3]), isinstance(sys.getsizeof(1), int),
            isinstance(sys.getsizeof(object(), 7), int), sys.getsizeof('a' * 100) > sys.getsizeof('a'),
            sys.getsizeof(b'x' * 1000) > sys.getsizeof(b'x'), sys.getsizeof({}) > 0]


def f_sys_misc():
    """sys attributes with portable values: version_info, maxsize, byteorder, float_info, maxunicode, intern, default encoding."""
    return [sys.version_info[:1] == (3,), sys.version_info >= (3, 11), sys.maxsize >= 2 ** 31 - 1, sys.byteorder in ('little', 'big'),
            isinstance(sys.getrecursionlimit(), int), sys.intern('abc') is sys.intern('abc'), sys.float_info.dig,
            sys.float_info.mant_dig, sys.hash_info.width in (32, 64), sys.maxunicode, isinstance(sys.platform, str),
            sys.getdefaultencoding(), callable(sys.exc_info), sys.exc_info() == (None, None, None), type(sys.implementation.name).__name__,
            sys.int_info.bits_per_digit in (15, 30, 32, 64) or isinstance(sys.int_info.bits_per_digit, int)]


def f_gc_collect():
    """gc.collect returns an int; gc.isenabled returns a bool."""
    import gc
    return [isinstance(gc.collect(), int), isinstance(gc.isenabled(), bool)]


def f_weakref_refs():
    """weakref.ref(obj)() is obj, WeakKeyDictionary keeps a live key, WeakSet membership, finalize called explicitly, proxy."""
    import weakref

    class Node:
        def __init__(self, name):
            self.name = name
    a = Node('a')
    r = weakref.ref(a)
    wkd = weakref.WeakKeyDictionary()
    wkd[a] = 'value'
    ws = weakref.WeakSet([a])
    calls = []
    fin = weakref.finalize(a, calls.append, 'finalized')
    alive_before = fin.alive
    fin()
    p = weakref.proxy(a)
    wvd = weakref.WeakValueDictionary()
    wvd['k'] = a
    return [r() is a, wkd[a], a in wkd, len(wkd), a in ws, alive_before, fin.alive, calls, p.name, wvd['k'] is a,
            weakref.getweakrefcount(a) >= 1, callable(r), type(r).__name__]


# ---------------------------------------------------------------------------------------------------------
# uuid, email, urllib.parse, http, ipaddress, mimetypes
# ---------------------------------------------------------------------------------------------------------

def f_uuid_fixed():
    """uuid3/uuid5 of fixed namespaces and names, UUID parsing (forms, fields, version, variant) and uuid4 properties."""
    import uuid
    u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
    r = uuid.uuid4()
    return [str(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')), str(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/')),
            str(uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3')), str(u), u.hex, u.int, u.urn, list(u.fields), u.version, u.variant,
            u.bytes.hex(), u.bytes_le.hex(), str(uuid.UUID(bytes=bytes(range(16)))), str(uuid.UUID(int=1)),
            uuid.UUID('12345678123456781234567812345678') == u, r.version, r.variant == uuid.RFC_4122, str(uuid.NAMESPACE_X500),
            uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678') < uuid.UUID(int=2 ** 127)]


def f_email_message():
    """email.message.EmailMessage: headers, set_content text, as_string/as_bytes, get_content and header access."""
    from email.message import EmailMessage
    msg = EmailMessage()
    msg['From'] = 'Alice Example <alice@example.com>'
    msg['To'] = 'bob@example.org, Carol <carol@example.net>'
    msg['Subject'] = 'Greetings from the standard library'
    msg.set_content('Hello Bob,\n\nThis is a test.\n')
    text = msg.as_string()
    uni = EmailMessage()
    uni['Subject'] = 'Grüße'
    uni.set_content('Ünïcode body\n')
    return [text, msg.get_content_type(), msg['to'], msg.get_content(), [a.addr_spec for a in msg['To'].addresses],
            msg['From'].addresses[0].display_name, uni.as_bytes().decode('utf-8'), uni['Subject'],
            uni.get_content_charset(), sorted(msg.keys())]


def f_email_parser():
    """email.parser: parse a raw message (headers, encoded words, multi-line headers, body) with the default policy."""
    from email import policy
    from email.parser import BytesParser, Parser
    raw = ('From: =?utf-8?q?J=C3=BCrgen?= <j@example.com>\n'
           'To: a@example.com\n'
           'Subject: a long\n subject line\n'
           'X-Custom: 1\n'
           'X-Custom: 2\n'
           'Content-Type: text/plain; charset="utf-8"\n'
           'Content-Transfer-Encoding: quoted-printable\n'
           '\n'
           'Caf=C3=A9 =3D ok\n')
    msg = Parser(policy=policy.default).parsestr(raw)
    headers_only = Parser().parsestr(raw, headersonly=True)
    b = BytesParser(policy=policy.default).parsebytes(raw.encode())
    return [str(msg['From']), msg['From'].addresses[0].display_name, str(msg['Subject']), msg.get_all('X-Custom'),
            msg.get_content(), msg.get_content_type(), msg.get_param('charset'), headers_only['To'],
            b.get_body(preferencelist=('plain',)).get_content(), msg.is_multipart(), msg.get('missing', 'none')]


def f_email_utils():
    """email.utils parseaddr/formataddr/getaddresses/quote/unquote, header encoding with email.header, format_datetime of a fixed date."""
    import datetime
    from email import header, utils
    return [list(utils.parseaddr('Alice Example <alice@example.com>')), list(utils.parseaddr('bob@example.org')),
            utils.formataddr(('Alice Example', 'alice@example.com')), utils.formataddr(('Jürgen', 'j@example.com')),
            utils.formataddr(('Last, First', 'lf@example.com')),
            [list(x) for x in utils.getaddresses(['a@example.com, B <b@example.com>', 'c@example.com'])],
            utils.quote('say "hi"'), utils.unquote('"quoted"'),
            header.Header('Grüße', 'utf-8').encode(), str(header.make_header(header.decode_header('=?utf-8?q?J=C3=BCrgen?='))),
            utils.format_datetime(datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)),
            utils.parsedate_to_datetime('Tue, 02 Jan 2024 03:04:05 +0100').isoformat(),
            list(utils.parsedate_tz('Tue, 02 Jan 2024 03:04:05 -0500'))[:7], utils.collapse_rfc2231_value("us-ascii'en'abc")]


def f_email_multipart():
    """A multipart/mixed EmailMessage with a text body, an HTML alternative and a binary attachment (fixed boundary), re-parsed."""
    from email import policy
    from email.message import EmailMessage
    from email.parser import BytesParser
    msg = EmailMessage()
    msg['From'] = 'a@example.com'
    msg['To'] = 'b@example.com'
    msg['Subject'] = 'attachment'
    msg.set_content('plain body\n')
    msg.add_alternative('<p>html body</p>\n', subtype='html')
    msg.add_attachment(b'\x00\x01\x02binary', maintype='application', subtype='octet-stream', filename='data.bin')
    msg.set_boundary('==outer==')
    msg.get_payload()[0].set_boundary('==inner==')
    raw = msg.as_bytes()
    back = BytesParser(policy=policy.default).parsebytes(raw)
    parts = [[p.get_content_type(), p.get_filename(), p.get_content_disposition()] for p in back.walk()]
    att = next(back.iter_attachments())
    return [raw.decode('ascii'), parts, att.get_content().hex(), back.get_body(('html',)).get_content(),
            back.get_body(('plain',)).get_content(), back.is_multipart(), back.get_boundary()]


def f_urllib_parse_split():
    """urllib.parse urlsplit/urlparse components, port/hostname/username, urlunsplit, urljoin and urldefrag."""
    from urllib import parse
    u = parse.urlsplit('https://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag')
    p = parse.urlparse('http://example.com/path;params?x=1')
    return [list(u), u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.query, u.fragment, p.params,
            parse.urlunsplit(('http', 'h', '/p', 'a=1', '')), u._replace(fragment='').geturl(),
            parse.urljoin('http://a/b/c/d;p?q', '../g'), parse.urljoin('http://a/b/c/d', '//other/x'),
            parse.urljoin('http://a/b/c/d', '?y'), list(parse.urldefrag('http://x/y#z')),
            parse.urlsplit('mailto:someone@example.com').path, parse.urlsplit('//host/path').netloc,
            parse.urlsplit('http://[::1]:80/').hostname]


def f_urllib_parse_query():
    """urllib.parse quote/unquote (+plus variants), urlencode (doseq, safe), parse_qs/parse_qsl with blanks."""
    from urllib import parse
    return [parse.quote('a b/c?d=é&'), parse.quote('a b/c', safe=''), parse.quote_plus('a b+c'), parse.unquote('%E2%82%AC%20x'),
            parse.unquote_plus('a+b%2Bc'), parse.unquote('%ff', errors='replace'), parse.quote(b'\xff\x00'),
            parse.urlencode({'q': 'hello world', 'lang': 'en'}), parse.urlencode([('a', 1), ('a', 2), ('b', 'é')]),
            parse.urlencode({'x': ['1', '2']}, doseq=True), parse.urlencode({'p': 'a/b'}, safe='/'),
            parse.urlencode({'s': 'x y'}, quote_via=parse.quote), parse.parse_qs('a=1&a=2&b=&c=x%20y'),
            parse.parse_qs('a=1&b=', keep_blank_values=True), parse.parse_qsl('k=v&k2=v+2&k=again'),
            parse.quote_from_bytes(b'/\x80'), parse.unquote_to_bytes('%41%42').decode()]


def f_http_status():
    """http.HTTPStatus values, phrases and descriptions; http.client.responses and http.cookies.SimpleCookie."""
    import http
    import http.client
    import http.cookies
    c = http.cookies.SimpleCookie()
    c.load('session=abc123; theme="dark mode"; Path=/')
    c['new'] = 'v'
    c['new']['max-age'] = 60
    c['new']['httponly'] = True
    return [int(http.HTTPStatus.OK), http.HTTPStatus(404).phrase, http.HTTPStatus.NOT_FOUND.description,
            http.HTTPStatus(503).name, http.HTTPStatus['IM_A_TEAPOT'].value, http.client.responses[201],
            http.HTTPStatus.OK == 200, http.HTTPMethod.GET.value if hasattr(http, 'HTTPMethod') else 'GET',
            sorted(c.keys()), c['theme'].value, c['session'].coded_value, c['new'].OutputString(), c.output(attrs=['path'], header='Cookie:', sep='|') != '']


def f_ipaddress_ops():
    """ipaddress: addresses and networks (v4/v6), hosts, subnets, supernet, membership, properties, collapse and summarize."""
    import ipaddress as ip
    net = ip.ip_network('192.168.1.0/28')
    v6 = ip.ip_address('2001:db8::1')
    out = [str(ip.ip_address('10.1.2.3') + 5), int(ip.ip_address('0.0.0.255')), ip.ip_address('10.0.0.1').is_private,
           ip.ip_address('8.8.8.8').is_global, ip.ip_address('127.0.0.1').is_loopback, ip.ip_address('224.0.0.1').is_multicast,
           [str(h) for h in list(net.hosts())[:3]], net.num_addresses, str(net.netmask), str(net.broadcast_address),
           str(net.hostmask), [str(s) for s in net.subnets(prefixlen_diff=2)], str(net.supernet(new_prefix=24)),
           ip.ip_address('192.168.1.5') in net, v6.exploded, v6.compressed, v6.version, str(ip.ip_network('2001:db8::/126')[3]),
           str(ip.ip_interface('10.0.0.5/24').network), [str(n) for n in ip.collapse_addresses([ip.ip_network('10.0.0.0/25'), ip.ip_network('10.0.0.128/25')])],
           [str(n) for n in ip.summarize_address_range(ip.ip_address('10.0.0.0'), ip.ip_address('10.0.0.9'))],
           str(ip.ip_address('::ffff:1.2.3.4').ipv4_mapped), ip.ip_address('1.2.3.4').reverse_pointer,
           ip.ip_network('10.0.0.0/8').overlaps(ip.ip_network('10.5.0.0/16')), sorted(str(a) for a in [ip.ip_address('10.0.0.10'), ip.ip_address('10.0.0.9')]),
           str(ip.IPv4Address(b'\x7f\x00\x00\x01'))]
    for bad in ('256.1.1.1', '10.0.0.1/33', '1.2.3.0/8'):
        try:
            ip.ip_network(bad)
            out.append('valid')
        except ValueError as e:
            out.append(type(e).__name__)
    return out


def f_mimetypes_guess():
    """mimetypes.MimeTypes() (built-in table only): guess_type of common names, guess_extension and encodings."""
    import mimetypes
    m = mimetypes.MimeTypes()
    names = ['a.json', 'a.png', 'a.html', 'a.txt', 'a.csv', 'a.pdf', 'a.jpg', 'a.tar.gz', 'a.svg', 'a.unknownext', 'A.PNG', 'a.xml']
    return [[n] + list(m.guess_type(n)) for n in names] + [m.guess_extension('application/json'), m.guess_extension('image/png'),
                                                             m.guess_type('http://example.com/x.gif')[0], m.guess_type('data:,hello')[0]]


# ---------------------------------------------------------------------------------------------------------
# gettext, sched, queue, graphlib, pprint, reprlib, getopt, argparse, base64, binascii
# ---------------------------------------------------------------------------------------------------------

def f_gettext_null():
    """gettext.NullTranslations gettext/ngettext/pgettext pass-through and translation(fallback=True) without catalogs."""
    import gettext
    t = gettext.NullTranslations()
    fb = gettext.translation('stdlib_features_no_such_domain', localedir='/nonexistent-stdlib-features', languages=['de'], fallback=True)
    return [t.gettext('Hello'), t.ngettext('apple', 'apples', 1), t.ngettext('apple', 'apples', 3), t.pgettext('menu', 'Open'),
            t.npgettext('ctx', 'one', 'many', 2), type(fb).__name__, fb.gettext('Hello'), t.info(), t.charset()]


def f_sched_scheduler():
    """sched.scheduler with a fake clock: priorities, enterabs/enter, cancel and run order."""
    import sched
    clock = [0.0]
    log = []
    s = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
    s.enter(5, 1, log.append, ('five',))
    s.enter(1, 2, log.append, ('one-low',))
    s.enter(1, 1, log.append, ('one-high',))
    e = s.enterabs(3, 1, log.append, ('cancelled',))
    def note(text, *, suffix=''):
        log.append(text + suffix)
    s.enter(2, 1, note, argument=('two',), kwargs={'suffix': '-kw'})
    s.cancel(e)
    queued = len(s.queue)
    s.run()
    return [log, clock[0], queued, s.empty()]


def f_queue_classes():
    """queue.Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue and queue.Empty/Full without threads."""
    import queue
    q, lq, pq, sq = queue.Queue(maxsize=2), queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()
    for i in (1, 2):
        q.put(i)
    try:
        q.put_nowait(3)
        full = 'accepted'
    except queue.Full as e:
        full = type(e).__name__
    for i in (1, 2, 3):
        lq.put(i)
        sq.put(i * 10)
    for item in ((2, 'b'), (1, 'a'), (3, 'c')):
        pq.put(item)
    out = [[q.get(), q.get()], full, [lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)], [sq.get() for _ in range(3)],
           q.qsize(), q.full(), q.empty()]
    try:
        q.get_nowait()
    except queue.Empty as e:
        out.append(type(e).__name__)
    try:
        q.get(timeout=0.001)
    except queue.Empty as e:
        out.append(type(e).__name__)
    q.put('x')
    q.get()
    q.task_done()
    q.task_done()
    q.task_done()
    q.join()
    out.append(q.unfinished_tasks)
    return out


def f_graphlib_topological():
    """graphlib.TopologicalSorter: static_order, incremental get_ready/done, and CycleError."""
    import graphlib
    graph = {'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core'], 'core': []}
    order = list(graphlib.TopologicalSorter(graph).static_order())
    ts = graphlib.TopologicalSorter()
    for node, deps in graph.items():
        ts.add(node, *deps)
    ts.prepare()
    batches = []
    while ts.is_active():
        ready = sorted(ts.get_ready())
        batches.append(ready)
        ts.done(*ready)
    pos = {n: i for i, n in enumerate(order)}
    valid = all(pos[d] < pos[n] for n, deps in graph.items() for d in deps)
    try:
        list(graphlib.TopologicalSorter({'a': ['b'], 'b': ['a']}).static_order())
        cyc = 'no cycle'
    except graphlib.CycleError as e:
        cyc = [type(e).__name__, sorted(set(e.args[1]))]
    return [valid, order[0], order[-1], batches, cyc]


def f_pprint_pformat():
    """pprint.pformat of nested data with width, depth, sort_dicts, compact and underscore_numbers."""
    import pprint
    data = {'zeta': list(range(12)), 'alpha': {'nested': {'deep': [1, 2, {'x': 'y'}]}}, 'mid': ('a' * 30, 'b' * 30), 'n': 12345678}
    return [pprint.pformat(data, width=40), pprint.pformat(data, depth=2, width=60), pprint.pformat(data, sort_dicts=False, width=200),
            pprint.pformat(list(range(30)), width=40, compact=True), pprint.pformat(10 ** 9, underscore_numbers=True),
            pprint.isreadable({'a': 1}), pprint.isrecursive([1]), pprint.saferepr({'b': 2, 'a': [1]})]


def f_reprlib_limits():
    """reprlib.repr truncation of long lists/strings/dicts, a custom Repr with limits and recursive_repr."""
    import reprlib
    r = reprlib.Repr()
    r.maxlist = 3
    r.maxstring = 12

    class Tree:
        def __init__(self):
            self.children = [self]

        @reprlib.recursive_repr()
        def __repr__(self):
            return 'Tree(%r)' % self.children
    return [reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}),
            reprlib.repr(set(range(3))), r.repr(list(range(10))), r.repr('abcdefghijklmnopqrstuvwxyz'),
            reprlib.repr([[[[[1]]]]]), repr(Tree())]


def f_getopt_parse():
    """getopt.getopt and gnu_getopt with short/long options, arguments and GetoptError."""
    import getopt
    opts, args = getopt.getopt(['-a', '-b', 'val', '--long=x', '--flag', 'rest', '-c'], 'ab:c', ['long=', 'flag'])
    gopts, gargs = getopt.gnu_getopt(['file1', '-a', 'file2', '--long', 'y'], 'a', ['long='])
    try:
        getopt.getopt(['-z'], 'a')
        err = 'parsed'
    except getopt.GetoptError as e:
        err = [type(e).__name__, e.opt]
    return [opts, args, gopts, gargs, err]


def f_argparse_parse_args():
    """argparse.ArgumentParser.parse_args of a list: positionals, options, types, choices, nargs, subcommands, mutually exclusive groups."""
    import argparse
    import contextlib
    import io
    p = argparse.ArgumentParser(prog='tool')
    p.add_argument('src')
    p.add_argument('dst', nargs='?', default='out')
    p.add_argument('-n', '--count', type=int, default=1)
    p.add_argument('-v', '--verbose', action='count', default=0)
    p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
    p.add_argument('--tag', action='append', default=[])
    p.add_argument('--dry-run', action='store_true')
    p.add_argument('--ratio', type=float)
    p.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True)
    g = p.add_mutually_exclusive_group()
    g.add_argument('--json', action='store_true')
    g.add_argument('--xml', action='store_true')
    sub_parser = argparse.ArgumentParser(prog='git')
    subs = sub_parser.add_subparsers(dest='cmd', required=True)
    c = subs.add_parser('commit')
    c.add_argument('-m', required=True)
    c.add_argument('files', nargs='*')
    out = [vars(p.parse_args(['in.txt'])), vars(p.parse_args(['a', 'b', '-n', '3', '-vv', '--mode', 'slow', '--tag', 'x',
                                                             '--tag=y', '--dry-run', '--ratio', '0.5', '--no-feature', '--json'])),
           vars(sub_parser.parse_args(['commit', '-m', 'msg', 'f1', 'f2'])), list(p.parse_known_args(['x', '--unknown', '1']))[1]]
    err = io.StringIO()
    for bad in (['a', '--mode', 'medium'], ['a', '--json', '--xml'], [], ['a', '-n', 'NaN-ish']):
        try:
            with contextlib.redirect_stderr(err):
                p.parse_args(bad)
            out.append('parsed')
        except SystemExit as e:
            out.append(['SystemExit', e.code])
    return out


def f_base64_variants():
    """base64 standard/urlsafe/b32/b32hex/b16/b85/a85 encodings and decodes, validate=True errors."""
    import base64
    import binascii
    data = b'\xfb\xff hello\x00'
    out = [base64.b64encode(data).decode(), base64.urlsafe_b64encode(data).decode(), base64.b32encode(data).decode(),
           base64.b32hexencode(data).decode(), base64.b16encode(data).decode(), base64.b85encode(data).decode(),
           base64.a85encode(data).decode(), base64.a85encode(b'hello', adobe=True).decode(), base64.standard_b64decode('aGk=').decode(),
           base64.b64decode(b'aGk\n=') == b'hi', base64.b32decode('NBUQ====').decode(), base64.b85decode(base64.b85encode(data)) == data,
           base64.a85decode(base64.a85encode(data)) == data, base64.b16decode('6869').decode(),
           base64.encodebytes(b'x' * 60).decode(), base64.b64encode(b'ab', altchars=b'-_').decode()]
    try:
        base64.b64decode('aGk!', validate=True)
        out.append('decoded')
    except binascii.Error as e:
        out.append([type(e).__name__, isinstance(e, ValueError)])
    return out


def f_binascii_crc():
    """binascii crc32, crc_hqx, hexlify with separators, b2a_base64, a2b_hex and b2a_qp."""
    import binascii
    data = b'123456789'
    return [binascii.crc32(data), binascii.crc_hqx(data, 0xFFFF), binascii.crc_hqx(data, 0), binascii.hexlify(b'\x01\xab\xff').decode(),
            binascii.hexlify(b'\x01\xab\xff', '-').decode(), b'\x01\x02\x03\x04'.hex(':', 2), binascii.b2a_base64(b'hi').decode(),
            binascii.b2a_base64(b'hi', newline=False).decode(), binascii.a2b_hex('cafe').hex(), binascii.b2a_qp(b'a=b \xff').decode(),
            binascii.crc32(data[5:], binascii.crc32(data[:5])) == binascii.crc32(data), binascii.unhexlify(b'4142').decode()]


def f_binascii_qp_crc_hex():
    """binascii.b2a_qp (quotetabs, istext, header, long lines, CRLF, trailing space), crc_hqx and hexlify/b2a_hex with separators."""
    import binascii
    texts = (b'', b'plain', b'tab\tend ', b'line one \nline two\t\r\nthree', b'.\n.x\n.', b'a_b c=d', b'x' * 80, b'y' * 75 + b'\n' + b'z' * 76,
             b'\x00\x7f\x80\xff~', b'\r\nfirst is crlf\n', b'=' * 30, b'ends with space ', b'a' * 74 + b'=\n')
    out = [[binascii.b2a_qp(t, *flags).decode('latin-1') for flags in ((), (True,), (False, False), (False, True, True), (1, 0, 1))]
           for t in texts]
    out.append([binascii.crc_hqx(d, c) for d, c in ((b'', 0), (b'', 0x12345), (b'a', -1), (b'123456789', 0x1D0F), (bytearray(b'xyz'), 7),
                                                    (memoryview(b'hello'), 0), (b'\xff' * 100, 0xFFFF))])
    out.append([binascii.hexlify(b'\x01\xab\xff\x10', *a).decode() for a in ((), ('-',), (b':', 2), ('.', -3), (' ', 0), ('_', 9))])
    out.append([binascii.b2a_hex(bytearray(b'\x00\x01\x02'), ':').decode(), binascii.b2a_hex(memoryview(b'\xfe\xff'), b'-', 1).decode()])
    for call in (lambda: binascii.crc_hqx('abc', 0), lambda: binascii.crc_hqx(b'abc', 1.5), lambda: binascii.crc_hqx(None, 0),
                 lambda: binascii.b2a_qp('text'), lambda: binascii.hexlify(b'ab', '::'), lambda: binascii.hexlify('ab', '-'),
                 lambda: binascii.hexlify(b'ab', None)):
        try:
            call()
            out.append('no error')
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__)
    return out


# ---------------------------------------------------------------------------------------------------------
# Features expected to be denied inside the sandbox (databases, threads, processes, sockets)
# ---------------------------------------------------------------------------------------------------------

def f_sqlite3_memory():
    """sqlite3 in-memory database: create table, insert rows with parameters, select with ORDER BY and an aggregate."""
    import sqlite3
    con = sqlite3.connect(':memory:')
    try:
        con.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL)')
        con.executemany('INSERT INTO t (name, score) VALUES (?, ?)', [('ann', 9.5), ('bob', 7.0), ('cy', 8.25)])
        rows = [list(r) for r in con.execute('SELECT id, name, score FROM t ORDER BY score DESC')]
        total = con.execute('SELECT COUNT(*), SUM(score) FROM t').fetchone()
    finally:
        con.close()
    return [rows, list(total)]


def f_threading_thread():
    """threading.Thread start and join, returning a result computed in the thread."""
    import threading
    result = []
    t = threading.Thread(target=lambda: result.append(sum(range(100))))
    t.start()
    t.join(5)
    return [result, t.is_alive()]


def f_concurrent_thread_pool():
    """concurrent.futures.ThreadPoolExecutor submit and map."""
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=2) as ex:
        fut = ex.submit(pow, 2, 10)
        mapped = list(ex.map(abs, [-1, -2, 3]))
        return [fut.result(timeout=5), mapped]


def f_subprocess_run():
    """subprocess.run(['true']) return code."""
    import subprocess
    return subprocess.run(['true'], timeout=10).returncode


def f_socket_socketpair():
    """socket.socketpair sending bytes from one end to the other."""
    import socket
    a, b = socket.socketpair()
    try:
        a.sendall(b'ping')
        return b.recv(16).decode()
    finally:
        a.close()
        b.close()


# ---------------------------------------------------------------------------------------------------------
# Runner
# ---------------------------------------------------------------------------------------------------------

def _features():
    return [(name, obj) for name, obj in globals().items() if name.startswith('f_') and callable(obj)]


def describe():
    """Returns [[name, first docstring line]] for every feature in definition order."""
    return [[name, (fn.__doc__ or '').strip().splitlines()[0] if fn.__doc__ else ''] for name, fn in _features()]


def run_all(names=None):
    """Runs every feature (or the named ones); returns {name: {"ok": bool, "value": <json value> or "error": "<ExceptionType>: <message>"}} with results normalised through json round trip."""
    features = _features()
    if names is not None:
        wanted = set(names)
        known = {name for name, _ in features}
        features = [(name, fn) for name, fn in features if name in wanted]
    results = {}
    for name, fn in features:
        try:
            value = fn()
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:
            results[name] = {'ok': False, 'error': type(e).__name__ + ': ' + str(e)}
            continue
        try:
            results[name] = {'ok': True, 'value': json.loads(json.dumps(value, sort_keys=True))}
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:
            results[name] = {'ok': False, 'error': type(e).__name__ + ': ' + str(e)}
    if names is not None:
        for name in names:
            if name not in known:
                results[name] = {'ok': False, 'error': 'KeyError: no such feature: ' + name}
    return results


def as_json(names=None):
    """json.dumps(run_all(names), sort_keys=True)."""
    return json.dumps(run_all(names), sort_keys=True)
