"""Big integers: digits of pi by a spigot over exact integer arithmetic, plus factorial digit sums."""


def _pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits


def run():
    digits = _pi_digits(700)
    fact = 1
    for i in range(2, 1200):
        fact *= i
    return "".join(map(str, digits[-20:])), sum(digits), sum(int(c) for c in str(fact)), fact.bit_length()
