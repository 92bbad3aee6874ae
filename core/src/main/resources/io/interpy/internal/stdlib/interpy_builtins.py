"""format() mended for an Interpy worker: GraalPy 25.0.3 does not know the format spec's 'z' option
(Python 3.11, PEP 682: negative zero after rounding is shown as zero) and raises "Invalid conversion
specification". Only a spec GraalPy rejected is looked at again, so format() is otherwise GraalPy's.
str.format and f-strings call the built-in float.__format__ directly, which a worker cannot change."""


def patch(builtins):
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
