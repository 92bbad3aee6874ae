"""markdown (python3-markdown): a document with headings, lists, code, tables and links, rendered
with the tables, fenced-code and table-of-contents extensions."""
import markdown
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension


def _document(sections):
    parts = ["[TOC]\n\n# Report\n"]
    for i in range(sections):
        parts.append("## Part %d\n\nText with *emphasis*, **bold**, `code`, a [link](https://example.com/%d) and "
                     "an <b>inline</b> tag & ampersand.\n\n- one\n- two\n    - nested %d\n\n1. first\n2. second\n\n"
                     "> quoted %d\n\n```python\ndef f(x):\n    return x * %d\n```\n\n"
                     "| a | b |\n|---|---|\n| %d | x |\n| y | %d |\n\n" % (i, i, i, i, i, i, i))
    return "".join(parts)


_TEXT = _document(25)


def run():
    html = markdown.markdown(_TEXT, extensions=[TableExtension(), FencedCodeExtension(), TocExtension()])
    return len(html), html.count("<li>"), html.count("<table>"), html[-80:]
