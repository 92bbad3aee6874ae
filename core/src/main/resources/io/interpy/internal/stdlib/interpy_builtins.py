"""builtins mended for an Interpy worker (applied when the worker starts).

format(): GraalPy 25.0.3 does not know the format spec's 'z' option (Python 3.11, PEP 682: negative
zero after rounding is shown as zero) and raises "Invalid conversion specification". Only a spec
GraalPy rejected is looked at again, so format() is otherwise GraalPy's. str.format and f-strings
call the built-in float.__format__ directly, which a worker cannot change.

anext(): GraalPy 25.0.3's anext(iterator, default) returns an 'anext_awaitable' without __await__,
so `await anext(it, default)` raised "TypeError: object anext_awaitable can't be used in 'await'
expression", and the type is immutable. With one argument anext answers __anext__() as before
(GraalPy's own function, checks and messages); with a default its awaitable is this one: it drives
the __anext__() awaitable and turns its StopAsyncIteration into the default.
"""


def patch(builtins):
    _mend_format(builtins)
    _mend_anext(builtins)

def _mend_format(builtins):
    real = builtins.format
    grammar = []
    inf = float('inf')

    def without_z(value, spec):
        if not grammar:
            import re
            grammar.append(re.compile(r'((?:.?[<>=^])?[-+ ]?)z(#?)(0?)(\d*)([,_]?)((?:\.\d+)?[eEfFgG%]?)\Z', re.S))
        match = grammar[0].match(spec)
        if match is None or type(value) is not float:
            return None
        spec = match.group(1) + ''.join(match.group(2, 3, 4, 5, 6))
        # The number as the spec rounds it, without sign, fill or grouping: zero after rounding?
        digits = real(value, match.group(6)).split('e')[0].split('E')[0]
        if value < 0 and value > -inf and not any(d in digits for d in '123456789'):
            value = -value
        elif value == 0.0:
            value = 0.0
        return real(value, spec)

    def format(value, format_spec='', /):
        try:
            return real(value, format_spec)
        except ValueError:
            if type(format_spec) is str and 'z' in format_spec:
                mended = without_z(value, format_spec)
                if mended is not None:
                    return mended
            raise

    format.__doc__ = real.__doc__
    format.__module__ = 'builtins'
    builtins.format = format


def _mend_anext(builtins):
    native = builtins.anext

    class anext_awaitable:
        """The awaitable of anext(iterator, default): __anext__()'s result, or default once the
        iterator is exhausted. Also its own iterator (send, throw, close), as CPython's is."""
        __slots__ = ('_awaitable', '_default', '_iterator')

        def __init__(self, awaitable, default):
            self._awaitable = awaitable
            self._default = default
            self._iterator = None

        def _driven(self):
            iterator = self._iterator
            if iterator is None:
                awaitable = self._awaitable
                wait = getattr(type(awaitable), '__await__', None)
                if wait is None:
                    raise TypeError("object %s can't be used in 'await' expression" % type(awaitable).__name__)
                iterator = self._iterator = wait(awaitable)
            return iterator

        def __await__(self):
            return self

        def __iter__(self):
            return self

        def __next__(self):
            return self.send(None)

        def send(self, value):
            iterator = self._driven()
            try:
                if value is None and not hasattr(iterator, 'send'):
                    return next(iterator)
                return iterator.send(value)
            except StopAsyncIteration:
                raise StopIteration(self._default) from None

        def throw(self, *args):
            try:
                return self._driven().throw(*args)
            except StopAsyncIteration:
                raise StopIteration(self._default) from None

        def close(self):
            close = getattr(self._iterator, 'close', None)
            if close is not None:
                close()

    def anext(*args, **kwargs):
        if len(args) == 2 and not kwargs:
            return anext_awaitable(native(args[0]), args[1])
        # One argument, or a wrong call: GraalPy's own anext answers (and words the TypeError).
        return native(*args, **kwargs)

    anext.__doc__ = native.__doc__
    anext.__module__ = 'builtins'
    anext_awaitable.__module__ = 'builtins'
    builtins.anext = anext
