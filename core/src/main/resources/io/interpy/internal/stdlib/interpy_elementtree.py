"""xml.etree.ElementTree.XMLPullParser mended for Interpy's pyexpat (applied right after ElementTree
is imported, in workers without native access).

Interpy's pyexpat parses a document when its last piece arrives, so an XMLPullParser (and
iterparse, built on it) saw no events before close(). After each feed the pull parser now asks
the expat parser for the events of what has arrived, so read_events() between feeds returns what
CPython's returns for complete markup. ElementTree.XMLParser.feed itself is not touched:
fromstring() and parse() still parse once.
"""


def patch(ElementTree):
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
