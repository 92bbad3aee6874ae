"""xml.etree.ElementTree.XMLPullParser mended for Interpy's pyexpat (applied right after ElementTree
is imported, in workers without native access).

Interpy's pyexpat parses a document when its last piece arrives, so an XMLPullParser (and
iterparse, built on it) saw no events before close(). After each feed the pull parser now asks
the expat parser for the events of what has arrived, so read_events() between feeds returns what
CPython's returns for complete markup. ElementTree.XMLParser.feed itself is not touched:
fromstring() and parse() still parse once.

Serialising (write, tostring) hands the writer a few characters at a time. Through the text
wrapper ElementTree puts around a binary stream, GraalPy 25.0.3 sets up an encoder on every write:
12.7% of xml_etree's samples went to TextIOWrapper.write (RESULTS.md, "Workload suite"). The
writer now collects the pieces and passes them on joined, at most 2,048 at a time and whatever
is collected when serialising stops, by success or by error, so the stream receives the same
text in the same order. (GraalPy's utf-16/utf-32 encoder also wrote a byte order mark on every
write; the codecs mend gives them the standard library's encoder, which writes one.)
"""

_PIECES_PER_WRITE = 2048


def patch(ElementTree):
    _batch_writes(ElementTree)
    pull = ElementTree.XMLPullParser
    feed = pull.feed

    def _parse_available(self):
        expat = getattr(getattr(self, '_parser', None), 'parser', None)
        available = getattr(expat, '_parse_available', None)
        if available is not None:
            try:
                available()
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def pull_feed(self, data):
        feed(self, data)
        if data and self._parser is not None:
            _parse_available(self)

    pull_feed.__doc__ = feed.__doc__
    pull_feed.__name__ = feed.__name__
    pull_feed.__qualname__ = feed.__qualname__
    pull.feed = pull_feed


def _batch_writes(ElementTree):
    import contextlib

    get_writer = ElementTree._get_writer

    @contextlib.contextmanager
    def _get_writer(file_or_filename, encoding):
        with get_writer(file_or_filename, encoding) as (write, declared_encoding):
            pieces = []
            append = pieces.append

            def flush():
                # Emptied before the write, so a write that fails is not repeated by the finally.
                joined = ''.join(pieces)
                pieces.clear()
                write(joined)

            def batched(text):
                append(text)
                if len(pieces) >= _PIECES_PER_WRITE:
                    flush()

            try:
                yield batched, declared_encoding
            finally:
                if pieces:
                    flush()

    _get_writer.__wrapped__ = get_writer
    ElementTree._get_writer = _get_writer
