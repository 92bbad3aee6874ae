"""logging: loggers in a hierarchy, levels, filters, %-style and {-style formatters into memory streams."""
import io
import logging


class _OddFilter(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1 if record.args else True


class _ShortFormatter(logging.Formatter):
    """Exceptions as one line: a traceback names host file paths, which differ between the runtimes."""

    def formatException(self, exc_info):
        return "%s: %s" % (exc_info[0].__name__, exc_info[1])


def _setup():
    stream_a, stream_b = io.StringIO(), io.StringIO()
    root = logging.getLogger("wl")
    root.handlers.clear()
    root.setLevel(logging.DEBUG)
    root.propagate = False
    a = logging.StreamHandler(stream_a)
    a.setFormatter(_ShortFormatter("%(levelname)-8s %(name)s: %(message)s"))
    b = logging.StreamHandler(stream_b)
    b.setFormatter(logging.Formatter("{levelname}|{name}|{funcName}|{message}", style="{"))
    b.setLevel(logging.INFO)
    b.addFilter(_OddFilter())
    root.addHandler(a)
    root.addHandler(b)
    return stream_a, stream_b


def run():
    stream_a, stream_b = _setup()
    children = [logging.getLogger("wl.part%d" % i) for i in range(5)]
    children[3].setLevel(logging.WARNING)
    for i in range(2500):
        log = children[i % 5]
        if i % 4 == 0:
            log.debug("debug %d value=%s", i, [i, i + 1])
        elif i % 4 == 1:
            log.info("processed %d items in %.2f s", i, i / 7)
        elif i % 4 == 2:
            log.warning("slow %d: %r", i, {"k": i})
        else:
            try:
                raise ValueError(i)
            except ValueError:
                log.error("failed %d", i, exc_info=i % 100 == 3)
    a, b = stream_a.getvalue(), stream_b.getvalue()
    return len(a), len(b), a.count("\n"), b.count("\n"), b.splitlines()[-1]
