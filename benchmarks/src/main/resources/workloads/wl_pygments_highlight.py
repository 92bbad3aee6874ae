"""pygments highlight (python3-pygments): Python source lexed and formatted as HTML, plus a JSON lexer."""
import inspect

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import JsonLexer, PythonLexer

import wl_re_tokenizer

_SOURCE = inspect.getsource(wl_re_tokenizer)
_JSON = "[" + ",".join('{"id": %d, "name": "n%d", "ok": %s, "v": [1.5, null]}' % (i, i, "true" if i % 2 else "false")
                       for i in range(400)) + "]"


def run():
    html = highlight(_SOURCE, PythonLexer(), HtmlFormatter(linenos="table"))
    json_html = highlight(_JSON, JsonLexer(), HtmlFormatter())
    return len(html), html.count("<span"), len(json_html), json_html.count('class="kc"')
