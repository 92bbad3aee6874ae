"""sympy (python3-sympy): integrate, differentiate, cancel, trigsimp and expand a series, printing the results.
sympy's cache is cleared first, so every iteration does the algebra rather than cache look-ups."""
import sympy
from sympy.core.cache import clear_cache

_X, _Y = sympy.symbols("x y")


def run():
    clear_cache()
    x, y = _X, _Y
    integral = sympy.integrate(sympy.exp(2 * x) * x + 3 * x ** 4 - 2 * x + 1 / (x + 1), x)
    derivative = sympy.diff(sympy.sin(x * y) * sympy.exp(x ** 2), x, 2)
    simplified = sympy.cancel((x ** 3 - 1) / (x - 1)) + sympy.trigsimp(sympy.sin(x) ** 2 + sympy.cos(x) ** 2)
    series = sympy.series(sympy.cos(x), x, 0, 10).removeO()
    return str(integral), len(str(derivative)), str(simplified), str(series)
