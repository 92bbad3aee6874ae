"""html5lib parsing (python3-html5lib, pure Python): a messy HTML page into an etree, then serialised."""
import html5lib
from html5lib import serializer, treewalkers


def _page(rows):
    parts = ["<!DOCTYPE html><html><head><title>Report &amp; data</title><style>td{color:red}</style></head><body>",
             "<p>Unclosed paragraph <b>bold <i>both</b> italic</i><p>Second &copy; &#x263A; &unknown;"]
    for i in range(rows):
        parts.append('<tr class=row%d><td>%d<td><a href="/item?id=%d&amp;x=1">item %d</a><td>%s'
                     % (i % 3, i, i, i, "<br>" * (i % 3)))
    parts.append("<table>" + "".join(parts[2:]) + "</table><ul><li>one<li>two<li>three</ul></body></html>")
    return "".join(parts[:2] + parts[-1:])


_PAGE = _page(150)


def run():
    document = html5lib.parse(_PAGE, treebuilder="etree", namespaceHTMLElements=False)
    cells = document.findall(".//td")
    links = [a.get("href") for a in document.iter("a")]
    walker = treewalkers.getTreeWalker("etree")
    out = serializer.HTMLSerializer(omit_optional_tags=False).render(walker(document))
    return len(cells), links[-1], len(out), out[:80]
