"""Real third-party libraries (Debian's python3-* packages, copied into a module root by the test)."""

DOCUMENT = '''# Interpy

Some *emphasis*, a [link](https://example.org) and "quotes" -- with smarty.

| name | value |
|------|------:|
| a    | 1     |
| b    | 22    |

```python
def f(x):
    return x + 1
```

## Second section {: .big }

A paragraph with attributes.
{: #para .note data-x="1" }

1. one
2. two
'''


def markdown_html():
    """markdown with extensions it finds by name through its entry points (tables, fenced_code, toc, smarty, and attr_list, which uses re.Scanner)."""
    import markdown
    md = markdown.Markdown(extensions=['tables', 'fenced_code', 'toc', 'smarty', 'attr_list'])
    html = md.convert(DOCUMENT)
    return [html, md.toc_tokens]


def as_json(name):
    import json
    return json.dumps(globals()[name](), sort_keys=True)
