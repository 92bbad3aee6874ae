"""xml.etree: build a catalogue, serialise it, parse it back, iterparse it, query with find/iter."""
import io
import xml.etree.ElementTree as ET


def _build(n):
    root = ET.Element("catalogue", {"version": "2"})
    for i in range(n):
        book = ET.SubElement(root, "book", id="b%d" % i, lang=("en", "fr", "de")[i % 3])
        ET.SubElement(book, "title").text = "Title <%d> & more" % i
        ET.SubElement(book, "price", currency="EUR").text = "%.2f" % (i * 0.75 + 3)
        authors = ET.SubElement(book, "authors")
        for k in range(i % 3 + 1):
            ET.SubElement(authors, "author").text = "Author %d.%d" % (i, k)
        book.tail = "\n"
    return root


def run():
    root = _build(400)
    text = ET.tostring(root, encoding="unicode")
    parsed = ET.fromstring(text)
    french = [b.get("id") for b in parsed.iterfind("book[@lang='fr']")]
    total = sum(float(p.text) for p in parsed.iter("price"))
    events = 0
    authors = 0
    for event, elem in ET.iterparse(io.BytesIO(text.encode("utf-8")), events=("start", "end")):
        events += 1
        if event == "end" and elem.tag == "author":
            authors += 1
    again = ET.tostring(parsed, encoding="utf-8", xml_declaration=True)
    return len(text), len(french), round(total, 2), events, authors, len(again), parsed[7].findtext("title")
