"""jinja2 render (python3-jinja2 with markupsafe's pure-Python escape): inheritance, macros, loops,
filters and autoescape."""
import jinja2

_TEMPLATES = {
    "base.html": "<html><head><title>{% block title %}{% endblock %}</title></head>"
                 "<body>{% block body %}{% endblock %}</body></html>",
    "page.html": """{% extends "base.html" %}
{% macro cell(value, cls='') %}<td class="{{ cls }}">{{ value }}</td>{% endmacro %}
{% block title %}{{ title | upper }}{% endblock %}
{% block body %}<table>
{% for row in rows %}<tr class="{{ loop.cycle('odd', 'even') }}">{{ cell(row.id) }}{{ cell(row.name | title, 'n') }}\
{{ cell('%.2f' | format(row.price)) }}{{ cell(row.tags | join(', ') or '-') }}\
{% if row.price > 50 %}{{ cell('expensive') }}{% else %}{{ cell(row.name | length) }}{% endif %}</tr>
{% endfor %}</table><p>{{ rows | sum(attribute='price') | round(2) }} total, {{ rows | selectattr('flag') | list | length }} flagged</p>{% endblock %}""",
}
_ENV = jinja2.Environment(loader=jinja2.DictLoader(_TEMPLATES), autoescape=True)
_ROWS = [{"id": i, "name": "item <%d> & co" % i, "price": i * 0.75, "flag": i % 7 == 0,
          "tags": ["new", "sale", "eco"][: i % 4]} for i in range(200)]


def run():
    template = _ENV.get_template("page.html")
    out = ""
    for _ in range(3):
        out = template.render(title="Stock list", rows=_ROWS)
    return len(out), out.count("<tr"), out[-60:]
