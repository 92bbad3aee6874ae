"""String formatting: f-strings with format specs, str.format, %-formatting, alignment, thousands and dates."""
import datetime


def run():
    out = []
    base = datetime.datetime(2024, 2, 29, 13, 5, 9)
    for i in range(4000):
        x = i * 12.3456 - 5000
        out.append(f"{i:>6}|{x:+12.3f}|{x:,.2f}|{i:#06x}|{i:o}|{x / 7:e}|{'name' + str(i):^14}|{i % 3!r}")
        out.append("{0:<8}{1:>10.4f}{2!s:>5} {key}".format("id%d" % i, x, i % 7 == 0, key=i * i))
        out.append("%-10s %08.3f %5d%% %r" % ("row%d" % i, x / 3, i % 100, (i, "t")))
        if i % 40 == 0:
            when = base + datetime.timedelta(minutes=i)
            out.append(f"{when:%Y-%m-%d %H:%M} {when.isoformat()} {when:%a %d %b}")
    text = "\n".join(out)
    return len(text), out[5], out[-1], text.count("+")
