"""unicodedata completed for an Interpy worker (applied at once: the prepare step has imported it).

GraalPy 25.0.3's unicodedata answers name, normalize, category and bidirectional in Java, and leaves
combining, east_asian_width, mirrored, decomposition, decimal, digit, numeric and lookup to its C module
(_cpython_unicodedata), which a worker without native access cannot load, and so neither has
ucd_3_2_0 (which the idna codec and stringprep use). These answer from the ICU4J GraalPy itself
ships (UnicodeProperties.java), as CPython's unicodedata spells them, for GraalPy's Unicode version.

Per-character properties come to the worker once, on first use, as runs of equal values, and are
looked up by bisection: cheaper than a Java call per character for code that measures text column
by column (docutils, wcwidth). ucd_3_2_0 answers the same, except that a code point Unicode 3.2 did
not have is unassigned (category 'Cn', as stringprep's table A.1 asks) and left alone by normalize.
"""


def patch(unicodedata):
    from bisect import bisect_right

    tables = {}
    missing = object()

    def ask(*question):
        answer = _bridge.unicodedata(*question)
        if len(answer) == 2 and answer[0] == 'error':
            raise SystemError(answer[1])
        return answer

    def runs(name):
        # (starts, values) of the runs, and for the BMP, where most text is, each code point's value
        # as an index into the distinct values: one bytes lookup instead of a bisection.
        table = tables.get(name)
        if table is None:
            flat = list(ask('runs', name))
            starts, values = flat[0::2], flat[1::2]
            distinct = tuple(sorted(set(values), key=values.index))
            bmp = bytearray(0x10000)
            for i, start in enumerate(starts):
                if start >= 0x10000:
                    break
                end = starts[i + 1] if i + 1 < len(starts) and starts[i + 1] < 0x10000 else 0x10000
                bmp[start:end] = bytes((distinct.index(values[i]),)) * (end - start)
            table = tables[name] = (starts, values, bytes(bmp), distinct)
        return table

    def numbers():
        table = tables.get('numbers')
        if table is None:
            flat = list(ask('numbers'))
            decimal, digit, numeric = {}, {}, {}
            for i in range(0, len(flat), 3):
                cp, kind, value = flat[i], flat[i + 1], float(flat[i + 2])
                numeric[cp] = value
                if kind <= 2:
                    digit[cp] = int(value)
                if kind == 1:
                    decimal[cp] = int(value)
            table = tables['numbers'] = (decimal, digit, numeric)
        return table

    def bad(function, c, numbered):
        return TypeError('%s() argument%s must be a unicode character, not %s'
                         % (function, ' 1' if numbered else '', 'None' if c is None else type(c).__name__))

    def code(function, c):
        if isinstance(c, str) and len(c) == 1:
            return ord(c)
        raise bad(function, c, False)

    def prop(function, name):
        bmp = starts = values = distinct = None

        def answer(chr, /):
            nonlocal bmp, starts, values, distinct
            if chr.__class__ is not str or len(chr) != 1:
                code(function, chr)
            if distinct is None:  # (assigned last: another thread sees all four or none)
                starts, values, bmp, distinct = runs(name)
            cp = ord(chr)
            if cp < 0x10000:
                return distinct[bmp[cp]]
            return values[bisect_right(starts, cp) - 1]

        answer.__name__ = answer.__qualname__ = function
        return answer

    def number(function, index, what):
        def answer(*args):
            if not 1 <= len(args) <= 2:
                raise TypeError('%s expected at %s, got %d' % (
                    function, 'least 1 argument' if not args else 'most 2 arguments', len(args)))
            c = args[0]
            if not isinstance(c, str) or len(c) != 1:
                raise bad(function, c, True)
            value = numbers()[index].get(ord(c), missing)
            if value is missing:
                if len(args) == 2:
                    return args[1]
                raise ValueError(what)
            return value

        answer.__name__ = answer.__qualname__ = function
        return answer

    combining = prop('combining', 'combining')
    mirrored = prop('mirrored', 'mirrored')
    east_asian_width = prop('east_asian_width', 'east_asian_width')
    decimal = number('decimal', 0, 'not a decimal')
    digit = number('digit', 1, 'not a digit')
    numeric = number('numeric', 2, 'not a numeric character')

    def decomposition(chr, /):
        return ask('decomposition', code('decomposition', chr))[0]

    combining.__doc__ = 'The canonical combining class of chr (an int, 0 for starters).'
    mirrored.__doc__ = 'Whether chr is mirrored in right-to-left text (1) or not (0).'
    east_asian_width.__doc__ = "chr's East Asian width: 'F', 'H', 'W', 'Na', 'A' or 'N'."
    decimal.__doc__ = 'The value of chr as a decimal digit (an int); default, or ValueError, if it is none.'
    digit.__doc__ = 'The value of chr as a digit (an int); default, or ValueError, if it is none.'
    numeric.__doc__ = 'The numeric value of chr (a float); default, or ValueError, if it has none.'
    decomposition.__doc__ = ("chr's decomposition mapping as UnicodeData.txt gives it (a '<tag>' for compatibility"
                             " mappings, then hex code points), or ''.")

    names = {}

    def lookup(name, /):
        '''The character with this name (in any case); KeyError if there is none.'''
        # GraalPy's parser resolves \\N{...} names itself: lookup asks it.
        if isinstance(name, bytes):
            name = name.decode('ascii', 'replace')
        if not isinstance(name, str):
            raise TypeError('lookup() argument must be str, not %s' % type(name).__name__)
        found = names.get(name.upper())
        if found is None:
            if not name or any(not (c.isascii() and (c.isalnum() or c in ' -')) for c in name):
                raise KeyError("undefined character name '%s'" % name)
            try:
                found = eval("'\\N{%s}'" % name, {'__builtins__': {}})
            except SyntaxError:
                raise KeyError("undefined character name '%s'" % name) from None
            names[name.upper()] = found
        return found

    # GraalPy's own functions, with CPython's argument checks and messages (GraalPy's TypeErrors
    # say 'must be unicode character' and take keywords).
    graalpy = {name: getattr(unicodedata, name) for name in ('category', 'bidirectional', 'name', 'normalize',
                                                              'is_normalized')}

    def checked(function):
        own = graalpy[function]

        def answer(chr, /):
            try:
                return own(chr)
            except TypeError:
                raise bad(function, chr, False) from None

        answer.__name__ = answer.__qualname__ = function
        answer.__doc__ = own.__doc__
        return answer

    category = checked('category')
    # (GraalPy's answers 'L' and the like for unassigned code points, CPython '': from ICU here too.)
    bidirectional = prop('bidirectional', 'bidirectional')
    bidirectional.__doc__ = "chr's bidirectional class ('L', 'R', 'AL', 'EN', ...), '' if unassigned."
    graalpy_name = graalpy['name']

    def name(*args):
        if not 1 <= len(args) <= 2:
            raise TypeError('name expected at %s, got %d' % (
                'least 1 argument' if not args else 'most 2 arguments', len(args)))
        if not isinstance(args[0], str) or len(args[0]) != 1:
            raise bad('name', args[0], True)
        return graalpy_name(*args)

    def forms(function):
        own = graalpy[function]

        def answer(*args):
            if len(args) != 2:
                raise TypeError('%s expected 2 arguments, got %d' % (function, len(args)))
            for i, arg in enumerate(args):
                if not isinstance(arg, str):
                    raise TypeError('%s() argument %d must be str, not %s'
                                    % (function, i + 1, 'None' if arg is None else type(arg).__name__))
            return own(*args)

        answer.__name__ = answer.__qualname__ = function
        answer.__doc__ = own.__doc__
        return answer

    name.__doc__ = graalpy_name.__doc__
    normalize = forms('normalize')
    is_normalized = forms('is_normalized')

    functions = {'category': category, 'bidirectional': bidirectional, 'name': name, 'normalize': normalize,
                 'is_normalized': is_normalized, 'combining': combining, 'mirrored': mirrored,
                 'east_asian_width': east_asian_width, 'decimal': decimal, 'digit': digit, 'numeric': numeric, 'decomposition': decomposition,
                 'lookup': lookup}
    # (Reading GraalPy's own lookup would load the C module: it is replaced, never read.)
    for function_name, function in functions.items():
        function.__module__ = 'unicodedata'
        setattr(unicodedata, function_name, function)

    current = dict(functions)
    unassigned = {'category': 'Cn', 'bidirectional': '', 'combining': 0, 'mirrored': 0, 'east_asian_width': 'F',
                  'decomposition': ''}

    class UCD:
        """unicodedata of an older Unicode version: ucd_3_2_0, for stringprep and the idna codec.
        Code points assigned since 3.2 are unassigned; the others answer as in the current version."""

        def __init__(self, version):
            self.unidata_version = version

        def __repr__(self):
            return '<unicodedata.UCD object at %#x>' % id(self)

        def __getattr__(self, name):
            function = current.get(name)
            if function is None:
                raise AttributeError("'unicodedata.UCD' object has no attribute '%s'" % name)
            if name in ('normalize', 'is_normalized'):
                return getattr(self, '_' + name)
            if name == 'lookup':
                return function

            def answer(*args):
                if args and isinstance(args[0], str) and len(args[0]) == 1 and not old(ord(args[0])):
                    if name in unassigned:
                        return unassigned[name]
                    if len(args) == 2:
                        return args[1]
                    if name == 'name':
                        raise ValueError('no such name')
                    function(' ')  # raises its ValueError
                return function(*args)

            answer.__name__ = answer.__qualname__ = name
            answer.__doc__ = function.__doc__
            setattr(self, name, answer)  # made once per name
            return answer

        def _normalize(self, form, unistr, /):
            return self._pieces(current['normalize'], form, unistr, ''.join)

        def _is_normalized(self, form, unistr, /):
            return self._pieces(current['is_normalized'], form, unistr, all)

        @staticmethod
        def _pieces(function, form, unistr, join):
            if not isinstance(unistr, str) or all(old(ord(c)) for c in unistr):
                return function(form, unistr)
            # Characters 3.2 did not have stay as they are; the text between them is normalized.
            function(form, '')  # checks the form
            pieces, start = [], 0
            for i, c in enumerate(unistr):
                if not old(ord(c)):
                    pieces.append(function(form, unistr[start:i]))
                    pieces.append(c if join is not all else True)
                    start = i + 1
            pieces.append(function(form, unistr[start:]))
            return join(pieces)

    def old(cp):
        starts, values, bmp, distinct = tables.get('assigned_3_2') or runs('assigned_3_2')
        return distinct[bmp[cp]] if cp < 0x10000 else values[bisect_right(starts, cp) - 1]

    UCD.__module__ = 'unicodedata'
    unicodedata.UCD = UCD
    unicodedata.ucd_3_2_0 = UCD('3.2.0')
