"""math mended for an Interpy worker: GraalPy 25.0.3 lacks cbrt and exp2 (both new in Python 3.11)."""


def patch(math):
    ldexp = math.ldexp
    isfinite = math.isfinite

    def cbrt(x, /):
        """Return the cube root of x."""
        # ldexp(x, 0) converts x as every math function does (same TypeError and OverflowError).
        x = ldexp(x, 0)
        if x == 0.0 or not isfinite(x):
            return x
        root = abs(x) ** (1.0 / 3.0)
        # One Newton step from the power's estimate: exact cubes come out exact (cbrt(27) == 3.0).
        root -= (root * root * root - abs(x)) / (3.0 * root * root)
        return root if x > 0 else -root

    def exp2(x, /):
        """Return 2 raised to the power x."""
        x = ldexp(x, 0)
        try:
            return 2.0 ** x
        except OverflowError:
            raise OverflowError('math range error') from None

    for function in (cbrt, exp2):
        if not hasattr(math, function.__name__):
            function.__module__ = 'math'
            setattr(math, function.__name__, function)
