"""json mended for an Interpy worker: the scanner parses numbers itself, as CPython's does, and
json.dumps with an indent builds its text without generators.

json.scanner:

GraalPy 25.0.3's scanner (_json, in Java) converts a number itself only when parse_float /
parse_int is a float / int *instance*: it tests the hook with a float-instance check where CPython
compares it with the float type. With the defaults, every number became a generic call of
float(text) or int(text). In any context but the first of a shared engine that call is an indirect
call that walks the Java stack for the exception state: 13 us a number, json.loads 13x slower than
in the first worker (measured in RESULTS.md, "Workload suite").

So the scanner is made from a view of the decoder in which a default parse_float / parse_int is
an instance of its type: the scanner's own conversions are the ones float(text) and int(text)
make (checked against CPython by the compatibility suite). Custom hooks are called as before; the
pure-Python scanner is untouched.

json.encoder: with an indent, json.dumps (JSONEncoder.encode) takes the pure-Python path, in
CPython too (the C encoder has no indent). There the text comes from nested generators, and in
GraalPy 25.0.3 resuming a generator is an indirect call of one of its resume points: json_dumps,
one third of it indented, ran at 0.40x CPython's speed. For the one-shot encode with an indent,
the same text is now appended to one list by plain recursive functions; same separators, key
order, key conversions, float spellings, circular-reference and default() handling, and the same
errors. iterencode() without _one_shot (json.dump) still streams from the generators."""


def patch(module):
    if module.__name__ == 'json.encoder':
        _patch_encoder(module)
    else:
        _patch_scanner(module)


def _patch_scanner(scanner):
    make_c_scanner = scanner.c_make_scanner
    if make_c_scanner is None:
        return
    fallback = scanner.make_scanner

    class _OwnNumbers:
        # What the Java scanner reads from its context, once, when it is made; a default hook
        # replaced by an instance of its type, which selects the scanner's own conversion.
        __slots__ = ('strict', 'object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant')

        def __init__(self, context):
            self.strict = context.strict
            self.object_hook = context.object_hook
            self.object_pairs_hook = context.object_pairs_hook
            self.parse_constant = context.parse_constant
            self.parse_float = 0.0 if context.parse_float is float else context.parse_float
            self.parse_int = 0 if context.parse_int is int else context.parse_int

    def make_scanner(context):
        if context.parse_float is float or context.parse_int is int:
            return make_c_scanner(_OwnNumbers(context))
        return make_c_scanner(context)

    make_scanner.__doc__ = getattr(fallback, '__doc__', None)
    scanner.make_scanner = make_scanner


def _patch_encoder(encoder):
    JSONEncoder = encoder.JSONEncoder
    iterencode = JSONEncoder.iterencode
    inf = float('inf')
    float_repr = float.__repr__
    int_repr = int.__repr__

    def indented_iterencode(self, o, _one_shot=False):
        if not _one_shot or self.indent is None:
            return iterencode(self, o, _one_shot)
        return _IndentedText(self, encoder).encode(o)

    indented_iterencode.__doc__ = iterencode.__doc__
    indented_iterencode.__name__ = iterencode.__name__
    indented_iterencode.__qualname__ = iterencode.__qualname__
    JSONEncoder.iterencode = indented_iterencode

    class _IndentedText:
        """One encode of one object: its pieces, appended in order."""

        def __init__(self, settings, module):
            indent = settings.indent
            self.unit = indent if isinstance(indent, str) else ' ' * indent
            self.markers = {} if settings.check_circular else None
            self.string = module.encode_basestring_ascii if settings.ensure_ascii else module.encode_basestring
            self.allow_nan = settings.allow_nan
            self.default = settings.default
            self.key_separator = settings.key_separator
            self.item_separator = settings.item_separator
            self.sort_keys = settings.sort_keys
            self.skipkeys = settings.skipkeys
            self.pieces = []

        def encode(self, o):
            self.value(o, 0)
            return self.pieces

        def number(self, o):
            if o != o:
                text = 'NaN'
            elif o == inf:
                text = 'Infinity'
            elif o == -inf:
                text = '-Infinity'
            else:
                return float_repr(o)
            if not self.allow_nan:
                raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
            return text

        def scalar(self, o):
            """The text of a str, None, bool, int or float; None for anything else."""
            if isinstance(o, str):
                return self.string(o)
            if o is None:
                return 'null'
            if o is True:
                return 'true'
            if o is False:
                return 'false'
            if isinstance(o, int):
                return int_repr(o)
            if isinstance(o, float):
                return self.number(o)
            return None

        def enter(self, o):
            markers = self.markers
            if markers is not None:
                key = id(o)
                if key in markers:
                    raise ValueError('Circular reference detected')
                markers[key] = o

        def leave(self, o):
            if self.markers is not None:
                del self.markers[id(o)]

        def value(self, o, level):
            text = self.scalar(o)
            if text is not None:
                self.pieces.append(text)
            elif isinstance(o, (list, tuple, dict)):
                self.container(o, level)
            else:
                self.enter(o)
                self.value(self.default(o), level)
                self.leave(o)

        def key_text(self, key):
            """A dict key as JSON text before quoting (a number, bool or None spelled as a value is);
            None for a key skipkeys drops."""
            if isinstance(key, str):
                return key
            text = self.scalar(key)
            if text is not None:
                return text
            if self.skipkeys:
                return None
            raise TypeError('keys must be str, int, float, bool or None, not %s' % key.__class__.__name__)

        def container(self, o, level):
            """A list, tuple or dict, its members one indent deeper; each member's key (of a dict) is
            converted when the member is reached, so errors come in CPython's order."""
            append = self.pieces.append
            keyed = isinstance(o, dict)
            if not o:
                append('{}' if keyed else '[]')
                return
            self.enter(o)
            level += 1
            newline = '\n' + self.unit * level
            separator = self.item_separator + newline
            append(('{' if keyed else '[') + newline)
            first = True
            members = (sorted(o.items()) if self.sort_keys else o.items()) if keyed else o
            for member in members:
                if keyed:
                    key, member = member
                    key = self.key_text(key)
                    if key is None:
                        continue
                if first:
                    first = False
                else:
                    append(separator)
                if keyed:
                    append(self.string(key))
                    append(self.key_separator)
                # value() inlined: a level of nesting costs one Python frame, as one generator
                # does in CPython's encoder (RecursionError comes at the same depth).
                text = self.scalar(member)
                if text is not None:
                    append(text)
                elif isinstance(member, (list, tuple, dict)):
                    self.container(member, level)
                else:
                    self.value(member, level)
            append('\n' + self.unit * (level - 1) + ('}' if keyed else ']'))
            self.leave(o)
