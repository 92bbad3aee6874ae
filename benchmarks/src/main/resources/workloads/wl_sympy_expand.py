"""sympy (python3-sympy): expand and factor polynomials and print them with str(). sympy's cache is
cleared first, so every iteration does the algebra rather than cache look-ups."""
import sympy
from sympy.core.cache import clear_cache

_X, _Y, _Z = sympy.symbols("x y z")


def run():
    clear_cache()
    x, y, z = _X, _Y, _Z
    expanded = sympy.expand((x + y + z + 1) ** 6)
    product = sympy.expand((x ** 2 - 2 * y) ** 3 * (x - z) ** 2)
    factored = sympy.factor(x ** 6 - y ** 6)
    text = str(expanded) + str(product)
    return len(expanded.args), len(text), str(product)[:60], str(factored)
