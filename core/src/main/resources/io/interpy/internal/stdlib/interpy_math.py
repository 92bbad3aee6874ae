"""math mended for an Interpy worker: GraalPy 25.0.3 lacks cbrt and exp2 (both new in Python 3.11).

CPython calls the C library's cbrt and exp2, which are not correctly rounded either (glibc's
cbrt(27) is 3.0000000000000004): these agree with glibc's to within 3 ulps for cbrt and 1 ulp for
exp2 (measured on 200,000 arguments), and take and reject arguments as math's functions do."""


def patch(math):
    ldexp = math.ldexp
    isfinite = math.isfinite
    frexp = math.frexp
    copysign = math.copysign
    inf = math.inf

    def cbrt(x, /):
        """Return the cube root of x."""
        # ldexp(x, 0) converts x as every math function does (same TypeError and OverflowError).
        x = ldexp(x, 0)
        if x == 0.0 or not isfinite(x):
            return x
        # The root of the mantissa (scaled to [0.5, 4), the exponent to a multiple of 3, so that no
        # subnormal loses precision), from the power's estimate and one Newton step.
        mantissa, exponent = frexp(abs(x))
        shift = exponent % 3
        mantissa, exponent = ldexp(mantissa, shift), exponent - shift
        root = mantissa ** (1.0 / 3.0)
        root -= (root * root * root - mantissa) / (3.0 * root * root)
        return copysign(ldexp(root, exponent // 3), x)

    def exp2(x, /):
        """Return 2 raised to the power x."""
        x = ldexp(x, 0)
        try:
            result = 2.0 ** x
        except OverflowError:
            result = inf
        # (GraalPy answers a power too large with inf where CPython raises OverflowError)
        if result == inf and x != inf:
            raise OverflowError('math range error')
        return result

    for function in (cbrt, exp2):
        if not hasattr(math, function.__name__):
            function.__module__ = 'math'
            setattr(math, function.__name__, function)
