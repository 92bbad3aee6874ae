"""A jinja2 render of a 50-row HTML table: real library code for the start-up benchmark's warm-up curve.

jinja2 comes from Debian's python3-jinja2 (on the module path as /usr/lib/python3/dist-packages); the
same call is timed on CPython for the comparison.
"""
import jinja2

_TEMPLATE = jinja2.Environment(autoescape=True).from_string("""\
<table>
{% for row in rows %}  <tr class="{{ loop.cycle('odd', 'even') }}"><td>{{ row.id }}</td><td>{{ row.name | title }}</td>\
<td>{{ '%.2f' | format(row.price) }}</td><td>{{ row.tags | join(', ') or '-' }}</td></tr>
{% endfor %}</table>
""")

ROWS = [{"id": i, "name": "item <%d>" % i, "price": i * 1.25, "tags": ["new", "sale", "eco"][: i % 4]}
        for i in range(50)]


def render():
    """Renders the table; returns its length, so the result crossing to Java stays small."""
    return len(_TEMPLATE.render(rows=ROWS))
