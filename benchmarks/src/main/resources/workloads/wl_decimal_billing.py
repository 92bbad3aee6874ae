"""decimal billing: invoice lines with quantities, unit prices, discounts, tax and banker's rounding."""
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext

_CENT = Decimal("0.01")
_RATES = (Decimal("0.20"), Decimal("0.055"), Decimal("0.10"), Decimal("0"))


def _lines(n):
    return [(Decimal(1 + i % 7), Decimal("%d.%03d" % (i % 90, (i * 37) % 1000)), Decimal(i % 4) / Decimal(100),
             _RATES[i % 4]) for i in range(n)]


_INVOICES = [_lines(40 + k) for k in range(250)]


def run():
    grand = Decimal(0)
    taxes = Decimal(0)
    ledger = []
    with localcontext() as ctx:
        ctx.prec = 28
        for invoice in _INVOICES:
            net = Decimal(0)
            tax = Decimal(0)
            for qty, price, discount, rate in invoice:
                line = (qty * price * (1 - discount)).quantize(_CENT, rounding=ROUND_HALF_EVEN)
                net += line
                tax += (line * rate).quantize(_CENT, rounding=ROUND_HALF_UP)
            total = net + tax
            ledger.append(str(total))
            grand += total
            taxes += tax
        share = (grand / 7).quantize(Decimal("0.0001"))
        interest = (grand * (1 + Decimal("0.035") / 12) ** 12).quantize(_CENT)
    return str(grand), str(taxes), ledger[:3], str(share), str(interest), "{:,.2f}".format(grand)
