"""fractions: Bernoulli numbers, a harmonic sum and continued fractions, exact rational arithmetic."""
from fractions import Fraction
from math import comb


def _bernoulli(n):
    b = [Fraction(1)]
    for m in range(1, n + 1):
        b.append(-sum(comb(m + 1, k) * b[k] for k in range(m)) / (m + 1))
    return b


def _continued(x, terms):
    out = []
    for _ in range(terms):
        whole = x.numerator // x.denominator
        out.append(whole)
        x -= whole
        if not x:
            break
        x = 1 / x
    return out


def run():
    b = _bernoulli(60)
    harmonic = sum(Fraction(1, k) for k in range(1, 2500))
    approx = Fraction(355, 113) + sum(Fraction((-1) ** k, 3 ** k) for k in range(40))
    cf = _continued(harmonic, 200)
    return str(b[60]), harmonic.denominator % 1000000007, str(approx.limit_denominator(10000)), cf[:10]
