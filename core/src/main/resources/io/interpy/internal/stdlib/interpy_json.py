"""json.scanner mended for an Interpy worker: numbers parsed by the scanner itself, as CPython does.

GraalPy 25.0.3's scanner (_json, in Java) converts a number itself only when parse_float /
parse_int is a float / int *instance*: it tests the hook with a float-instance check where CPython
compares it with the float type. With the defaults, every number became a generic call of
float(text) or int(text). In any context but the first of a shared engine that call is an indirect
call that walks the Java stack for the exception state: 13 us a number, json.loads 13x slower than
in the first worker (measured in RESULTS.md, "Workload suite").

So when the decoder's hooks are the defaults, the scanner is made from a view of the decoder whose
parse_float and parse_int are instances: the scanner's own conversions are the ones float(text)
and int(text) make (checked against CPython by the compatibility suite). Custom hooks, and the
pure-Python scanner, are untouched."""


def patch(scanner):
    make_c_scanner = scanner.c_make_scanner
    if make_c_scanner is None:
        return
    fallback = scanner.make_scanner

    class _DefaultNumbers:
        # What the Java scanner reads from its context, once, when it is made.
        __slots__ = ('strict', 'object_hook', 'object_pairs_hook', 'parse_float', 'parse_int',
                     'parse_constant', 'memo')

        def __init__(self, context):
            self.strict = context.strict
            self.object_hook = context.object_hook
            self.object_pairs_hook = context.object_pairs_hook
            self.parse_constant = context.parse_constant
            self.memo = getattr(context, 'memo', None)
            self.parse_float = 0.0
            self.parse_int = 0

    def make_scanner(context):
        if context.parse_float is float and context.parse_int is int:
            return make_c_scanner(_DefaultNumbers(context))
        return make_c_scanner(context)

    make_scanner.__doc__ = getattr(fallback, '__doc__', None)
    scanner.make_scanner = make_scanner
