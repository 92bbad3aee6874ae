"""Typical calls into real third-party pure-Python libraries (Debian bookworm's python3-* packages).

The test copies each library named in LIBRARIES (its "copy" entries, from /usr/lib/python3/dist-packages) into a
module root, with the C speedups (*.so) and __pycache__ removed, and compares every lib_* function's answer with
CPython's (expected/real-libs.json). Each function imports its library itself, so a library that is missing or
broken fails only its own functions. Answers are deterministic: fixed dates and zones, explicit locales, sorted
collections, rounded floats from iterative algorithms, exception class names rather than messages.
"""
import json

LIBRARIES = {
    'jinja2': {'debian': 'python3-jinja2 python3-markupsafe',
               'copy': ['jinja2', 'markupsafe', 'Jinja2-*', 'MarkupSafe-*']},
    'markdown': {'debian': 'python3-markdown',
                 'copy': ['markdown', 'Markdown-*']},
    'sympy': {'debian': 'python3-sympy python3-mpmath',
              'copy': ['sympy', 'mpmath', 'sympy-*', 'mpmath-*']},
    'networkx': {'debian': 'python3-networkx',
                 'copy': ['networkx', 'networkx-*']},
    'babel': {'debian': 'python3-babel python-babel-localedata python3-tz',
              'copy': ['babel', 'pytz', 'Babel-*', 'pytz-*']},
    'dateutil': {'debian': 'python3-dateutil python3-six',
                 'copy': ['dateutil', 'six', 'python_dateutil-*', 'six-*']},
    'pytz': {'debian': 'python3-tz',
             'copy': ['pytz', 'pytz-*']},
    'yaml': {'debian': 'python3-yaml',
             'copy': ['yaml', 'PyYAML-*']},
    'bs4': {'debian': 'python3-bs4 python3-soupsieve',
            'copy': ['bs4', 'soupsieve', 'beautifulsoup4-*', 'soupsieve-*']},
    'html5lib': {'debian': 'python3-html5lib python3-webencodings python3-six',
                 'copy': ['html5lib', 'webencodings', 'six', 'html5lib-*', 'webencodings-*', 'six-*']},
    'pygments': {'debian': 'python3-pygments',
                 'copy': ['pygments', 'Pygments-*']},
    'chardet': {'debian': 'python3-chardet',
                'copy': ['chardet', 'chardet-*']},
    'tabulate': {'debian': 'python3-tabulate python3-wcwidth',
                 'copy': ['tabulate', 'wcwidth', 'tabulate-*', 'wcwidth-*']},
    'prettytable': {'debian': 'python3-prettytable python3-wcwidth',
                    'copy': ['prettytable', 'wcwidth', 'prettytable-*', 'wcwidth-*']},
    'attr': {'debian': 'python3-attr',
             'copy': ['attr', 'attrs', 'attrs-*']},
    'more_itertools': {'debian': 'python3-more-itertools',
                       'copy': ['more_itertools', 'more_itertools-*']},
    'packaging': {'debian': 'python3-packaging',
                  'copy': ['packaging', 'packaging-*']},
    'toolz': {'debian': 'python3-toolz',
              'copy': ['toolz', 'tlz', 'toolz-*']},
    'docutils': {'debian': 'python3-docutils python3-roman',
                 'copy': ['docutils', 'roman', 'docutils-*', 'roman-*']},
}


# ---------------------------------------------------------------------------------------------------------- jinja2

def lib_jinja2_templates():
    """jinja2: DictLoader inheritance, blocks, an imported macro, loops, filters and HTML autoescape."""
    import jinja2
    templates = {
        'base.html': (
            '<html><head><title>{% block title %}Site{% endblock %}</title></head>\n'
            '<body>{% block body %}{% endblock %}</body></html>'),
        'macros.html': (
            '{% macro item(name, price, tags=[]) -%}\n'
            '<li class="{{ loop_class|default("item") }}">{{ name|title }}: {{ "%.2f"|format(price) }}'
            '{% if tags %} [{{ tags|sort|join(", ") }}]{% endif %}</li>\n'
            '{%- endmacro %}'),
        'page.html': (
            '{% extends "base.html" %}\n'
            '{% from "macros.html" import item %}\n'
            '{% block title %}{{ title|upper }} - {{ super() }}{% endblock %}\n'
            '{% block body %}\n'
            '<p>{{ note }}</p>\n'
            '<ul>\n'
            '{% for p in products|sort(attribute="price") %}'
            '{{ loop.index }}/{{ loop.length }} {{ item(p.name, p.price, p.tags) }}'
            '{% if not loop.last %}\n{% endif %}'
            '{% else %}<li>none</li>{% endfor %}\n'
            '</ul>\n'
            '{% for cat, group in products|groupby("cat") %}'
            '<h2>{{ cat }}</h2>{{ group|map(attribute="name")|join("+") }};'
            '{% endfor %}\n'
            '{% set total = products|sum(attribute="price") %}'
            'Total: {{ total|round(1) }} | {{ words|wordcount }} words | {{ words|truncate(12, True, "...") }}'
            ' | {{ missing|default("n/a") }} | {{ safe_html|safe }} | {{ 7 is divisibleby 7 }}\n'
            '{% endblock %}'),
        'notes.txt': 'Plain {{ note }} not escaped in .txt',
    }
    env = jinja2.Environment(loader=jinja2.DictLoader(templates),
                             autoescape=jinja2.select_autoescape(['html']),
                             trim_blocks=True, lstrip_blocks=True)
    env.filters['shout'] = lambda s: str(s).upper() + '!'
    ctx = {
        'title': 'Shop',
        'note': 'Tom & Jerry <script>alert(1)</script>',
        'products': [
            {'name': 'widget', 'price': 9.5, 'tags': ['b', 'a'], 'cat': 'tools'},
            {'name': 'gadget pro', 'price': 19.25, 'tags': [], 'cat': 'toys'},
            {'name': 'doohickey', 'price': 4.0, 'tags': ['x'], 'cat': 'tools'},
        ],
        'words': 'the quick brown fox jumps over',
        'safe_html': '<b>bold</b>',
    }
    page = env.get_template('page.html').render(ctx)
    txt = env.get_template('notes.txt').render(ctx)
    inline = env.from_string('{{ name|shout }} {% for i in range(3) %}{{ i }}{{ "," if not loop.last }}{% endfor %}'
                             ).render(name='hi')
    return {'page': page, 'txt': txt, 'inline': inline, 'names': sorted(env.list_templates())}


def lib_jinja2_sandbox():
    """jinja2: expressions, undefined handling, sandboxed environment refusing unsafe attribute access."""
    import jinja2
    import jinja2.sandbox
    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    out = {'expr': env.compile_expression('a * 2 + b|length')(a=20, b=[1, 2])}
    try:
        env.from_string('{{ nope + 1 }}').render()
        out['strict'] = 'rendered'
    except Exception as e:
        out['strict'] = type(e).__name__
    try:
        env.from_string('{% for x in %}')
        out['syntax'] = 'compiled'
    except jinja2.TemplateSyntaxError as e:
        out['syntax'] = [type(e).__name__, e.lineno]
    sandbox = jinja2.sandbox.SandboxedEnvironment()
    out['sandbox_ok'] = sandbox.from_string('{{ items|map("upper")|list }}').render(items=['a', 'b'])
    out['sandbox_hidden'] = sandbox.from_string('[{{ f.__globals__ }}]').render(f=lib_jinja2_sandbox)
    try:
        sandbox.from_string("{{ ''.__class__.__subclasses__() }}").render()
        out['sandbox_unsafe'] = 'rendered'
    except Exception as e:
        out['sandbox_unsafe'] = type(e).__name__
    try:
        sandbox.from_string('{{ range(10 ** 6)|list|length }}').render()
        out['sandbox_range'] = 'rendered'
    except Exception as e:
        out['sandbox_range'] = type(e).__name__
    out['markup'] = str(jinja2.utils.markupsafe.Markup('<em>%s</em>') % '<x>')
    out['escape'] = str(jinja2.utils.markupsafe.escape('a<b>&"c\''))
    return out


# -------------------------------------------------------------------------------------------------------- markdown

MARKDOWN_DOCUMENT = '''# Interpy

Some *emphasis*, a [link](https://example.org) and "quotes" -- with smarty... it's nice.

| name | value |
|------|------:|
| a    | 1     |
| b    | 22    |

```python
def f(x):
    return x < 1 and "&"
```

## Second section {: .big }

A paragraph with attributes.
{: #para .note data-x="1" }

### Deeper

1. one
2. two

## Second section

Duplicate heading ids get suffixes.
'''


def lib_markdown_extensions():
    """markdown: tables, fenced_code, toc, smarty and attr_list extensions found by name; html and toc_tokens."""
    import markdown
    md = markdown.Markdown(extensions=['tables', 'fenced_code', 'toc', 'smarty', 'attr_list'])
    html = md.convert(MARKDOWN_DOCUMENT)
    return {'html': html, 'toc_tokens': md.toc_tokens, 'toc': md.toc,
            'plain': markdown.markdown('**bold** <span>raw</span> & `code <x>`')}


# ----------------------------------------------------------------------------------------------------------- sympy

def lib_sympy_algebra():
    """sympy: simplify, expand, factor, solve (real and complex quadratics), Rational arithmetic, latex, pretty."""
    import sympy
    x, y = sympy.symbols('x y')
    quad = x ** 2 - 5 * x + 6
    expr = (x + 1) ** 2 / (x ** 2 - 1)
    return {
        'simplify_trig': str(sympy.simplify(sympy.sin(x) ** 2 + sympy.cos(x) ** 2)),
        'simplify_rational': str(sympy.simplify(expr)),
        'expand': str(sympy.expand((x + y) ** 3)),
        'factor': str(sympy.factor(x ** 3 - x ** 2 - x + 1)),
        'solve': [str(s) for s in sorted(sympy.solve(quad, x))],
        'solve_complex': sorted(str(s) for s in sympy.solve(x ** 2 + 2 * x + 5, x)),
        'solve_system': {str(k): str(v) for k, v in sympy.solve([x + y - 3, x - y - 1], [x, y]).items()},
        'rational': str(sympy.Rational(1, 3) + sympy.Rational(1, 6) * sympy.Rational(3, 4)),
        'nsimplify': str(sympy.nsimplify(0.125)),
        'sqrt8': str(sympy.sqrt(8)),
        'pi_30': str(sympy.N(sympy.pi, 30)),
        'latex': sympy.latex(sympy.Integral(sympy.sqrt(x) / (1 + x ** 2), (x, 0, sympy.oo))),
        'latex_frac': sympy.latex(expr),
        'pretty': sympy.pretty(sympy.sqrt(x ** 2 + 1) / (y + sympy.Rational(1, 2)), use_unicode=True),
        'pretty_sum': sympy.pretty(sympy.Sum(1 / x ** 2, (x, 1, sympy.oo)), use_unicode=True),
    }


def lib_sympy_calculus():
    """sympy: diff, integrate (indefinite and definite), limit, series expansion, matrix determinant and inverse."""
    import sympy
    x = sympy.symbols('x')
    m = sympy.Matrix([[2, 1], [1, 3]])
    return {
        'diff': str(sympy.diff(sympy.sin(x) * sympy.exp(x), x)),
        'diff2': str(sympy.diff(x ** 4 + 3 * x, x, 2)),
        'integrate': str(sympy.integrate(x * sympy.exp(x), x)),
        'integrate_poly': str(sympy.integrate(3 * x ** 2 + 1, (x, 0, 2))),
        'integrate_gauss': str(sympy.integrate(sympy.exp(-x ** 2), (x, -sympy.oo, sympy.oo))),
        'limit': str(sympy.limit(sympy.sin(x) / x, x, 0)),
        'series': str(sympy.series(sympy.sin(x), x, 0, 8)),
        'series_exp': str(sympy.exp(x).series(x, 0, 5).removeO()),
        'det': str(m.det()),
        'inverse': str(m.inv()),
        'eigenvals': sorted((str(k), v) for k, v in m.eigenvals().items()),
    }


# -------------------------------------------------------------------------------------------------------- networkx

def lib_networkx_graphs():
    """networkx: shortest_path, weighted dijkstra, sorted connected components, minimum spanning tree edges."""
    import networkx as nx
    g = nx.Graph()
    g.add_weighted_edges_from([('a', 'b', 4), ('a', 'c', 1), ('c', 'b', 2), ('b', 'd', 5), ('c', 'd', 8),
                               ('d', 'e', 3), ('x', 'y', 1), ('y', 'z', 2)])
    g.add_node('lonely')
    length, path = nx.single_source_dijkstra(g, 'a', 'e')
    mst = nx.minimum_spanning_tree(g)
    return {
        'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
        'shortest_path': nx.shortest_path(g, 'a', 'e'),
        'dijkstra_path': path, 'dijkstra_length': length,
        'all_lengths': sorted(nx.single_source_dijkstra_path_length(g, 'a').items()),
        'components': sorted(sorted(c) for c in nx.connected_components(g)),
        'mst_edges': sorted([sorted([u, v]) + [d['weight']] for u, v, d in mst.edges(data=True)]),
        'mst_weight': mst.size(weight='weight'),
        'degree': sorted(g.degree()),
        'has_path_a_z': nx.has_path(g, 'a', 'z'),
        'diameter_main': nx.diameter(g.subgraph(['a', 'b', 'c', 'd', 'e'])),
    }


def lib_networkx_directed():
    """networkx: topological sort of a DAG, cycle detection and pagerank (its pure-Python form) rounded to 6 places."""
    import networkx as nx
    from networkx.algorithms.link_analysis import pagerank_alg
    dag = nx.DiGraph([('shirt', 'tie'), ('tie', 'jacket'), ('trousers', 'shoes'), ('trousers', 'belt'),
                      ('belt', 'jacket'), ('shirt', 'belt'), ('socks', 'shoes'), ('undershorts', 'trousers'),
                      ('undershorts', 'shoes')])
    web = nx.DiGraph([(1, 2), (1, 3), (2, 3), (3, 1), (4, 3), (4, 1), (5, 4), (2, 5)])
    # nx.pagerank in networkx 2.8 delegates to its scipy implementation; the pure-Python one is this:
    ranks = pagerank_alg._pagerank_python(web, alpha=0.85)
    cyclic = nx.DiGraph([(1, 2), (2, 3), (3, 1)])
    return {
        'topological': list(nx.topological_sort(dag)),
        'lexicographic': list(nx.lexicographical_topological_sort(dag)),
        'is_dag': [nx.is_directed_acyclic_graph(dag), nx.is_directed_acyclic_graph(cyclic)],
        'cycle': nx.find_cycle(cyclic),
        'ancestors_jacket': sorted(nx.ancestors(dag, 'jacket')),
        'pagerank': {str(k): round(v, 6) for k, v in sorted(ranks.items())},
        'in_degree': sorted(web.in_degree()),
        'scc': sorted(sorted(c) for c in nx.strongly_connected_components(web)),
    }


# ----------------------------------------------------------------------------------------------------------- babel

def lib_babel_formats():
    """babel: format_date, format_currency, format_decimal, format_percent for de_DE, fr_FR and ja_JP."""
    import datetime
    from babel import dates, numbers
    day = datetime.date(2024, 3, 5)
    out = {}
    for loc in ('de_DE', 'fr_FR', 'ja_JP', 'en_US'):
        out[loc] = {
            'date_full': dates.format_date(day, format='full', locale=loc),
            'date_medium': dates.format_date(day, format='medium', locale=loc),
            'date_pattern': dates.format_date(day, "EEEE d. MMMM yyyy", locale=loc),
            'eur': numbers.format_currency(1234567.891, 'EUR', locale=loc),
            'jpy': numbers.format_currency(1234.5, 'JPY', locale=loc),
            'decimal': numbers.format_decimal(1234567.891, locale=loc),
            'decimal_fmt': numbers.format_decimal(0.5, format='#,##0.00', locale=loc),
            'percent': numbers.format_percent(0.256, locale=loc),
            'scientific': numbers.format_scientific(12345, locale=loc),
            'parse': str(numbers.parse_decimal(numbers.format_decimal(9876.5, locale=loc), locale=loc)),
        }
    return out


def lib_babel_locales():
    """babel: Locale display names, format_timedelta, format_datetime in Europe/Berlin, plural forms, lists."""
    import datetime
    from babel import Locale, dates, lists
    moment = datetime.datetime(2024, 7, 1, 12, 0, tzinfo=datetime.timezone.utc)
    winter = datetime.datetime(2024, 1, 15, 8, 30, tzinfo=datetime.timezone.utc)
    berlin = dates.get_timezone('Europe/Berlin')
    de, fr, ja = Locale.parse('de_DE'), Locale.parse('fr_FR'), Locale('ja', 'JP')
    return {
        'display_name': [de.display_name, fr.display_name, ja.display_name],
        'display_in_english': [loc.get_display_name('en') for loc in (de, fr, ja)],
        'language_name_de': de.languages['fr'], 'territory_fr': fr.territories['JP'],
        'month_names_fr': [fr.months['format']['wide'][m] for m in (1, 8, 12)],
        'weekday_ja': ja.days['format']['wide'][0],
        'timedelta': [dates.format_timedelta(datetime.timedelta(hours=3), locale='de_DE'),
                      dates.format_timedelta(datetime.timedelta(days=12), locale='fr_FR'),
                      dates.format_timedelta(datetime.timedelta(seconds=90), locale='ja_JP', granularity='minute'),
                      dates.format_timedelta(datetime.timedelta(days=-1), add_direction=True, locale='en_US')],
        'datetime_full_de': dates.format_datetime(moment, 'full', tzinfo=berlin, locale='de_DE'),
        'datetime_winter_fr': dates.format_datetime(winter, 'long', tzinfo=berlin, locale='fr_FR'),
        'datetime_pattern_ja': dates.format_datetime(moment, 'yyyy-MM-dd HH:mm zzzz', tzinfo=berlin,
                                                     locale='ja_JP'),
        'time_en': dates.format_time(moment, 'short', tzinfo=berlin, locale='en_US'),
        'plural_ru': [Locale('ru').plural_form(n) for n in (1, 2, 5, 11, 21, 22, 1.5)],
        'plural_pl': [Locale('pl').plural_form(n) for n in (1, 3, 12, 25)],
        'plural_ar': [Locale('ar').plural_form(n) for n in (0, 1, 2, 3, 11, 100)],
        'plural_en_ja': [Locale('en').plural_form(1), Locale('en').plural_form(2), ja.plural_form(1)],
        'list_de': lists.format_list(['Äpfel', 'Birnen', 'Kiwis'], locale='de_DE'),
        'list_fr_or': lists.format_list(['un', 'deux', 'trois'], style='or', locale='fr_FR'),
    }


# -------------------------------------------------------------------------------------------------------- dateutil

def lib_dateutil_parse_relative():
    """dateutil: parser.parse of assorted strings (fixed default, explicit zones), relativedelta arithmetic, easter."""
    import datetime
    from dateutil import easter, parser, tz
    from dateutil.relativedelta import relativedelta, FR
    default = datetime.datetime(2024, 1, 1)
    zones = {'EST': -5 * 3600, 'CET': tz.gettz('Europe/Paris'), 'UTC': tz.UTC}
    strings = ['2024-03-05T14:30:00Z', 'March 5, 2024 2:30 PM', '5/3/2024', '2024-03-05 14:30:00+05:30',
               'Tue, 05 Mar 2024 14:30:00 -0800', 'Sat Oct 11 17:13:46 EST 2003', '1999-12-31 23:59 CET',
               '10:45', 'Sep 2021', '20240229T060000']
    parsed = [parser.parse(s, default=default, tzinfos=zones).isoformat() for s in strings]
    parsed.append(parser.parse('5/3/2024', dayfirst=True).isoformat())
    parsed.append(parser.parse('Meet on the 12th of June 2025 at 3pm please', fuzzy=True).isoformat())
    parsed.append(parser.isoparse('2024-W10-2T08:00:00+01:00').isoformat())
    try:
        parser.parse('not a date at all')
        bad = 'parsed'
    except (ValueError, OverflowError) as e:
        bad = type(e).__name__
    start = datetime.date(2024, 1, 31)
    delta = relativedelta(datetime.datetime(2025, 3, 15, 10), datetime.datetime(2023, 12, 1, 8, 30))
    return {
        'parsed': parsed, 'bad': bad,
        'plus_month': [str(start + relativedelta(months=n)) for n in range(1, 5)],
        'next_friday': str(datetime.date(2024, 3, 5) + relativedelta(weekday=FR(+1))),
        'last_friday_of_month': str(datetime.date(2024, 3, 1) + relativedelta(day=31, weekday=FR(-1))),
        'delta': [delta.years, delta.months, delta.days, delta.hours, delta.minutes],
        'delta_normalized': str(relativedelta(hours=50, minutes=75).normalized()),
        'easter': [str(easter.easter(y)) for y in (2024, 2025, 2030)],
    }


def lib_dateutil_rrule_tz():
    """dateutil: rrule and rrulestr occurrences, tz.gettz('America/New_York') conversions of fixed UTC instants."""
    import datetime
    from dateutil import rrule, tz
    start = datetime.datetime(2024, 1, 1, 9, 0)
    monthly = rrule.rrule(rrule.MONTHLY, count=6, bymonthday=-1, dtstart=start)
    meetings = rrule.rrule(rrule.WEEKLY, byweekday=(rrule.MO, rrule.TH), dtstart=start, until=datetime.datetime(2024, 1, 20))
    fridays13 = rrule.rrule(rrule.MONTHLY, byweekday=rrule.FR, bymonthday=13, dtstart=start, count=4)
    text = rrule.rrulestr('DTSTART:20240301T100000\nRRULE:FREQ=DAILY;INTERVAL=10;COUNT=4')
    rset = rrule.rruleset()
    rset.rrule(rrule.rrule(rrule.DAILY, dtstart=start, count=5))
    rset.exdate(datetime.datetime(2024, 1, 3, 9, 0))
    ny = tz.gettz('America/New_York')
    utc = tz.UTC
    instants = [datetime.datetime(2024, 1, 15, 12, 0, tzinfo=utc), datetime.datetime(2024, 3, 10, 6, 59, tzinfo=utc),
                datetime.datetime(2024, 3, 10, 7, 0, tzinfo=utc), datetime.datetime(2024, 7, 4, 16, 0, tzinfo=utc),
                datetime.datetime(2024, 11, 3, 5, 30, tzinfo=utc), datetime.datetime(2024, 11, 3, 6, 30, tzinfo=utc)]
    conv = [[d.astimezone(ny).isoformat(), d.astimezone(ny).tzname(), tz.datetime_ambiguous(d.astimezone(ny))]
            for d in instants]
    tokyo = tz.gettz('Asia/Tokyo')
    wall = datetime.datetime(2024, 3, 10, 2, 30, tzinfo=ny)
    return {
        'monthly_last_day': [d.isoformat() for d in monthly],
        'mon_thu': [d.isoformat() for d in meetings],
        'friday_13th': [d.date().isoformat() for d in fridays13],
        'rrulestr': [d.isoformat() for d in text],
        'between': [d.isoformat() for d in monthly.between(datetime.datetime(2024, 2, 1),
                                                           datetime.datetime(2024, 5, 1))],
        'rruleset': [d.day for d in rset],
        'ny': conv,
        'tokyo': instants[3].astimezone(tokyo).isoformat(),
        'imaginary_exists': tz.datetime_exists(wall),
        'resolve_imaginary': tz.resolve_imaginary(wall).isoformat(),
        'fixed_offset': datetime.datetime(2024, 1, 1, tzinfo=tz.tzoffset('X', 19800)).isoformat(),
        'utc_to_ny_to_utc': instants[3].astimezone(ny).astimezone(utc).isoformat(),
    }


# ------------------------------------------------------------------------------------------------------------ pytz

def lib_pytz_dst():
    """pytz: localize and normalize across DST transitions, ambiguous and non-existent times, zone conversion."""
    import datetime
    import pytz
    berlin = pytz.timezone('Europe/Berlin')
    ny = pytz.timezone('America/New_York')
    before = berlin.localize(datetime.datetime(2024, 3, 31, 1, 30))
    naive_add = before + datetime.timedelta(hours=1)
    out = {
        'before': before.isoformat(), 'naive_add': naive_add.isoformat(),
        'normalized': berlin.normalize(naive_add).isoformat(),
        'normalized_tzname': berlin.normalize(naive_add).tzname(),
        'autumn_dst_true': berlin.localize(datetime.datetime(2024, 10, 27, 2, 30), is_dst=True).isoformat(),
        'autumn_dst_false': berlin.localize(datetime.datetime(2024, 10, 27, 2, 30), is_dst=False).isoformat(),
        'ny_summer': ny.localize(datetime.datetime(2024, 7, 4, 12)).astimezone(pytz.utc).isoformat(),
        'utc_to_berlin': pytz.utc.localize(datetime.datetime(2024, 12, 24, 18)).astimezone(berlin).isoformat(),
        'berlin_to_ny': berlin.localize(datetime.datetime(2024, 3, 20, 12)).astimezone(ny).isoformat(),
        'zone': berlin.zone, 'utc_str': str(pytz.utc),
        'fixed': pytz.FixedOffset(330).utcoffset(None).total_seconds(),
        'common_has': ['Europe/Berlin' in pytz.common_timezones, 'Mars/Olympus' in pytz.all_timezones_set],
    }
    for key, (zone, wall) in {'ambiguous': (berlin, datetime.datetime(2024, 10, 27, 2, 30)),
                              'nonexistent': (berlin, datetime.datetime(2024, 3, 31, 2, 30)),
                              'ny_ambiguous': (ny, datetime.datetime(2024, 11, 3, 1, 30))}.items():
        try:
            out[key] = zone.localize(wall, is_dst=None).isoformat()
        except pytz.exceptions.InvalidTimeError as e:
            out[key] = type(e).__name__
    try:
        pytz.timezone('Mars/Olympus')
        out['unknown'] = 'found'
    except pytz.UnknownTimeZoneError as e:
        out['unknown'] = type(e).__name__
    return out


# ------------------------------------------------------------------------------------------------------------ yaml

YAML_DOCUMENTS = """\
%YAML 1.1
---
defaults: &defaults
  adapter: postgres
  host: localhost
  port: 5432
  options: {sslmode: require, timeout: 30}
development:
  <<: *defaults
  database: dev_db
test:
  <<: *defaults
  database: test_db
  port: 5433
---
# second document: scalars and collections
strings: [plain, "double \\u00e9", 'single ''quoted''']
numbers: [1, -2, 0x1F, 0o17, 3.5, 1e3, .inf]
booleans: [true, false, yes, no, on, off]
nulls: [null, ~, ]
released: 2024-03-05
block: |
  line one
  line two
folded: >
  folded
  text
nested:
  - name: a
    tags: &tags [x, y]
  - name: b
    tags: *tags
...
---
just a scalar
"""


def lib_yaml_roundtrip():
    """yaml: safe_load_all of multi-document YAML with anchors and merge keys, safe_dump with sort_keys, block style."""
    import yaml
    docs = list(yaml.safe_load_all(YAML_DOCUMENTS))
    second = docs[1]
    released = second.pop('released')
    second['numbers'][-1] = repr(second['numbers'][-1])
    loaded = json.loads(json.dumps(docs))
    data = {'zeta': [3, 1, 2], 'alpha': {'b': True, 'a': None}, 'text': 'Grüße: "quoted" & multi\nline',
            'items': [{'id': 2, 'name': 'two'}, {'id': 1, 'name': 'one'}], 'ratio': 0.25}
    try:
        yaml.safe_load('!!python/object/apply:os.system ["echo hi"]')
        unsafe = 'loaded'
    except yaml.YAMLError as e:
        unsafe = type(e).__name__
    try:
        yaml.safe_load('key: [unclosed')
        broken = 'loaded'
    except yaml.YAMLError as e:
        broken = [type(e).__name__, e.problem_mark.line, e.problem_mark.column]
    return {
        'docs': loaded, 'released': [type(released).__name__, released.isoformat()],
        'dump': yaml.safe_dump(data, sort_keys=True, default_flow_style=False),
        'dump_unicode': yaml.safe_dump(data, sort_keys=True, default_flow_style=False, allow_unicode=True, indent=4),
        'dump_flow': yaml.safe_dump({'b': [1, 2], 'a': 'x'}, sort_keys=True, default_flow_style=True),
        'dump_all': yaml.safe_dump_all([{'n': 1}, ['a', 'b']], explicit_start=True),
        'unsafe_tag': unsafe, 'broken': broken,
    }


# ------------------------------------------------------------------------------------------------------------- bs4

BS4_HTML = '''<!DOCTYPE html>
<html><head><title>Catalog &amp; Prices</title><meta charset="utf-8"></head>
<body>
<div id="main" class="content wide">
  <h1>Products</h1>
  <ul class="items">
    <li class="item sale" data-price="9.50"><a href="/p/1">Widget</a> <span>cheap</span></li>
    <li class="item" data-price="19.25"><a href="/p/2" rel="nofollow">Gadget</a></li>
    <li class="item sale" data-price="4.00"><a href="https://example.org/p/3">Doohickey</a></li>
    <li class="other">Not an item</li>
  </ul>
  <p>Some <b>bold</b> and <i>italic</i> text.<br>Second line &lt;escaped&gt;.</p>
  <!-- a comment -->
  <table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>
</div>
<div id="footer"><p class="small">Footer</p></div>
</body></html>
'''


def lib_bs4_soup():
    """bs4: BeautifulSoup with html.parser, find_all, CSS select through soupsieve, get_text, prettify, edits."""
    import bs4
    soup = bs4.BeautifulSoup(BS4_HTML, 'html.parser')
    items = soup.find_all('li', class_='item')
    out = {
        'title': soup.title.string,
        'links': [[a.get_text(), a['href'], a.get('rel')] for a in soup.find_all('a', href=True)],
        'item_prices': [li['data-price'] for li in items],
        'sale': [li.a.string for li in soup.select('ul.items > li.item.sale')],
        'nth': [li.get_text(strip=True) for li in soup.select('li:nth-of-type(2), li:last-child')],
        'not_sale': [li.a.string for li in soup.select('li.item:not(.sale)')],
        'attr_prefix': [a['href'] for a in soup.select('a[href^="/p/"]')],
        'contains': [li.a.string for li in soup.select('li:-soup-contains("cheap")')],
        'select_one': soup.select_one('#footer .small').get_text(),
        'td': [td.string for td in soup.select('table tr td:first-child')],
        'classes': soup.find(id='main')['class'],
        'comment': [str(c) for c in soup.find_all(string=lambda s: isinstance(s, bs4.Comment))],
        'text': soup.find('p').get_text(' ', strip=True),
        'text_sep': soup.find('ul').get_text('|', strip=True),
        'parent': soup.find('span').find_parent('li')['data-price'],
        'siblings': [s.name for s in soup.find('h1').find_next_siblings()],
    }
    footer = soup.find(id='footer')
    footer.p.string = 'Changed & <new>'
    new = soup.new_tag('a', href='#top')
    new.string = 'top'
    footer.append(new)
    soup.find('li', class_='other').decompose()
    out['footer'] = str(footer)
    out['prettify_ul'] = soup.find('ul').prettify()
    out['prettify_small'] = bs4.BeautifulSoup('<div><p>One<b>two</b></p><br/></div>', 'html.parser').prettify()
    return out


# -------------------------------------------------------------------------------------------------------- html5lib

def lib_html5lib_parse():
    """html5lib: spec-compliant parse of malformed HTML to an etree, tree walk, serialize, and parse errors."""
    import html5lib
    from xml.etree import ElementTree
    broken = ('<title>T &amp; t</title><p class=a>One<p>Two <b>bold <i>both</b> italic</i>'
              '<table><td>cell<tr><td>row 2</table><ul><li>x<li>y</ul>&copy; &notanentity; <br/>')
    doc = html5lib.parse(broken, treebuilder='etree', namespaceHTMLElements=False)
    tags = [el.tag for el in doc.iter()]
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder('etree'), strict=False)
    ns_doc = parser.parse('<p>unclosed <div>x</span>')
    walker = html5lib.getTreeWalker('etree')
    token_types = [t['type'] for t in walker(doc)]
    frag = html5lib.parseFragment('<td>cell</td><b>x', container='tr', treebuilder='etree',
                                  namespaceHTMLElements=False)
    return {
        'tags': tags,
        'etree': ElementTree.tostring(doc, encoding='unicode'),
        'serialized': html5lib.serialize(doc, tree='etree', omit_optional_tags=False, quote_attr_values='always'),
        'serialized_min': html5lib.serialize(doc, tree='etree'),
        'ns_root': ns_doc.tag,
        'errors': [err[1] for err in parser.errors],
        'token_types': sorted(set(token_types)),
        'fragment': html5lib.serialize(frag, tree='etree'),
    }


# -------------------------------------------------------------------------------------------------------- pygments

PYGMENTS_CODE = '''import re

@decorator(1)
class Greeter(Base):
    """Says hello."""
    count: int = 0

    def greet(self, name="world", *args, **kw):
        # a comment
        msg = f"Hello, {name}!" if name else 'nobody'
        return re.sub(r"\\s+", " ", msg) + str(0x1F + 1.5e3)
'''


def lib_pygments_highlight():
    """pygments: HtmlFormatter(nowrap=True) markup and the PythonLexer token stream as [tokentype, value] pairs."""
    import pygments
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer, get_lexer_by_name
    html = pygments.highlight(PYGMENTS_CODE, PythonLexer(), HtmlFormatter(nowrap=True))
    tokens = [[str(t), v] for t, v in pygments.lex(PYGMENTS_CODE, PythonLexer())]
    js = get_lexer_by_name('javascript')
    js_tokens = [[str(t), v] for t, v in pygments.lex('const x = [1, "a"]; // c\n', js)]
    styled = pygments.highlight('x = 1\n', PythonLexer(), HtmlFormatter(linenos='table', cssclass='src'))
    return {'html': html, 'tokens': tokens, 'js_name': js.name, 'js_tokens': js_tokens, 'table': styled,
            'css_has_kw': '.src .k' in HtmlFormatter(cssclass='src').get_style_defs('.src')}


def lib_pygments_guess():
    """pygments: guess_lexer on a Python snippet, lexers by file name and mimetype."""
    from pygments.lexers import get_lexer_for_filename, get_lexer_for_mimetype, guess_lexer
    snippet = '#!/usr/bin/env python3\nimport sys\n\ndef main():\n    print(sys.argv)\n'
    return {
        'guess': guess_lexer(snippet).name,
        'guess_html': guess_lexer('<!DOCTYPE html>\n<html><head></head><body><p>x</p></body></html>\n').name,
        'filename': [get_lexer_for_filename(n).name for n in ('setup.py', 'main.rs', 'pom.xml', 'style.css')],
        'mimetype': get_lexer_for_mimetype('application/json').name,
    }


# --------------------------------------------------------------------------------------------------------- chardet

def lib_chardet_detect():
    """chardet: detect UTF-8 with BOM, Latin-1 German, Shift_JIS Japanese and ASCII bytes; confidence to 2 places."""
    import chardet
    samples = {
        'utf8_bom': '\ufeffÜberraschung: naïve café, 日本語'.encode('utf-8'),
        'utf8': 'Größenverhältnisse der Übungsaufgaben, naïve Café-Bücher für Grüße'.encode('utf-8'),
        'latin1_german': ('Über die Brücke fährt täglich ein Zug nach Köln. Die Bahnhöfe sind schön, aber die '
                          'Verspätungen ärgern die Fahrgäste sehr. Man muss geduldig sein und früh genug '
                          'losfahren, um pünktlich anzukommen.').encode('latin-1'),
        'shift_jis': ('日本語のテキストです。これはシフトJISでエンコードされた文章で、'
                      '文字コードの判定をテストしています。東京は晴れです。').encode('shift_jis'),
        'ascii': b'Just plain ASCII text, nothing special here.',
        'utf16': 'hello wide world'.encode('utf-16'),
    }
    out = {}
    for name, data in samples.items():
        r = chardet.detect(data)
        out[name] = {'encoding': r['encoding'], 'confidence': round(r['confidence'], 2),
                     'language': r['language']}
    det = chardet.UniversalDetector()
    for line in samples['shift_jis'].split(b'\x81\x42'):
        det.feed(line)
    det.close()
    out['incremental'] = [det.result['encoding'], round(det.result['confidence'], 2)]
    return out


# -------------------------------------------------------------------------------------------------------- tabulate

def lib_tabulate_formats():
    """tabulate: the same rows as grid, github, pipe, simple and more, with headers, floatfmt and alignment."""
    from tabulate import tabulate
    rows = [['apple', 3, 1.5, True], ['banana', 12, 0.25, False], ['cherry', 150, 12.3456, None]]
    headers = ['fruit', 'qty', 'price', 'fresh']
    out = {fmt: tabulate(rows, headers=headers, tablefmt=fmt, floatfmt='.2f')
           for fmt in ('grid', 'github', 'pipe', 'simple', 'plain', 'rst', 'html', 'fancy_grid', 'tsv')}
    out['dicts'] = tabulate([{'b': 1, 'a': 'x'}, {'a': 'yy', 'b': 22}], headers='keys', tablefmt='simple')
    out['colalign'] = tabulate(rows, headers=headers, tablefmt='github', colalign=('right', 'left', 'center'),
                               missingval='?')
    out['floatfmt_cols'] = tabulate([[1.23456, 2.5], [10, 0.001]], floatfmt=('.1f', '.3e'), tablefmt='pipe')
    out['firstrow'] = tabulate([['h1', 'h2'], ['v1', 'v2']], headers='firstrow', tablefmt='grid', showindex=True)
    out['wide_chars'] = tabulate([['日本', 1], ['ab', 22]], headers=['名前', 'n'], tablefmt='grid')
    return out


# ----------------------------------------------------------------------------------------------------- prettytable

def lib_prettytable_tables():
    """prettytable: get_string with alignment, sorting, field selection, slicing, float format and styles."""
    import prettytable
    t = prettytable.PrettyTable()
    t.field_names = ['City', 'Area', 'Population', 'Rainfall']
    for row in [['Adelaide', 1295, 1158259, 600.5], ['Brisbane', 5905, 1857594, 1146.4],
                ['Darwin', 112, 120900, 1714.7], ['Hobart', 1357, 205556, 619.5],
                ['Sydney', 2058, 4336374, 1214.8], ['Melbourne', 1566, 3806092, 646.9],
                ['Perth', 5386, 1554769, 869.4]]:
        t.add_row(row)
    t.align['City'] = 'l'
    t.align['Population'] = 'r'
    t.float_format['Rainfall'] = '.1'
    out = {
        'default': t.get_string(),
        'sorted': t.get_string(sortby='Population', reversesort=True, fields=['City', 'Population']),
        'slice': t.get_string(start=1, end=4, sortby='City'),
        'title': t.get_string(title='Australian capitals', fields=['City', 'Area', 'Population'], end=2),
        'hrules_all': t.get_string(hrules=prettytable.ALL, end=2),
        'no_border': t.get_string(border=False, header=False, end=3),
    }
    t.set_style(prettytable.MARKDOWN)
    out['markdown'] = t.get_string(end=3)
    out['csv'] = t.get_csv_string(end=2).replace('\r\n', '\n')
    out['json'] = json.loads(t.get_json_string(end=2))
    t2 = prettytable.PrettyTable(['名前', 'n'])
    t2.add_rows([['日本', 1], ['x', 100]])
    out['wide_chars'] = t2.get_string()
    out['html'] = t2.get_html_string()
    return out


# ------------------------------------------------------------------------------------------------------------ attr

def lib_attr_classes():
    """attrs: define classes with validators, converters, defaults, frozen, asdict, evolve, ordering and repr."""
    import attr
    import attrs

    @attrs.define(order=True)
    class Version:
        major: int = attrs.field(converter=int)
        minor: int = attrs.field(converter=int, default=0)
        tag: str = attrs.field(default='', validator=attrs.validators.in_(['', 'beta', 'rc']), order=False)

    @attrs.frozen
    class Point:
        x: float = attrs.field(validator=attrs.validators.instance_of((int, float)))
        y: float = 0.0
        labels: tuple = attrs.field(factory=tuple, converter=tuple)

        @x.validator
        def _check_x(self, attribute, value):
            if value < 0:
                raise ValueError('x must be non-negative')

    @attr.s(auto_attribs=True, slots=True)
    class Legacy:
        name: str
        size: int = attr.ib(default=1, validator=attr.validators.gt(0))

    out = {}
    versions = [Version('2', '1'), Version(1, 10, 'rc'), Version(1, 2), Version('1', '10')]
    out['sorted'] = [attrs.astuple(v) for v in sorted(versions)]
    out['eq'] = [Version(1, 2) == Version('1', '2'), Version(1, 2, 'beta') == Version(1, 2), Version(1) < Version(1, 1)]
    out['repr'] = [repr(versions[1]), repr(Point(1, 2)), repr(Legacy('n'))]
    p = Point(1.5, labels=['a'])
    out['asdict'] = attrs.asdict(p)
    out['evolve'] = repr(attrs.evolve(p, y=3))
    out['fields'] = [f.name for f in attrs.fields(Point)]
    out['hash_equal'] = hash(Point(1, 2)) == hash(Point(1, 2))
    out['nested_asdict'] = attr.asdict(Legacy('box', 3), filter=lambda a, v: a.name != 'size')
    errors = []
    for make in (lambda: Point('1'), lambda: Point(-1), lambda: Version(1, 0, 'alpha'), lambda: Legacy('z', 0),
                 lambda: Version('x')):
        try:
            make()
            errors.append('ok')
        except Exception as e:
            errors.append(type(e).__name__)
    out['errors'] = errors
    try:
        p.x = 5
        out['frozen'] = 'mutated'
    except attrs.exceptions.FrozenInstanceError as e:
        out['frozen'] = type(e).__name__
    try:
        Legacy('s').extra = 1
        out['slots'] = 'set'
    except AttributeError as e:
        out['slots'] = type(e).__name__
    out['has'] = [attrs.has(Point), attrs.has(dict)]
    return out


# ------------------------------------------------------------------------------------------------- more_itertools

def lib_more_itertools_recipes():
    """more_itertools: chunked, windowed, sorted distinct_permutations, partition, bucket and friends."""
    import more_itertools as mi
    evens, odds = mi.partition(lambda n: n % 2, range(10))
    b = mi.bucket(['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot'], key=lambda s: s[0])
    head, it = mi.spy(range(5), 2)
    return {
        'chunked': list(mi.chunked(range(10), 3)),
        'chunked_strict_err': _error_name(lambda: list(mi.chunked(range(5), 2, strict=True))),
        'windowed': [list(w) for w in mi.windowed([1, 2, 3, 4, 5], 3)],
        'windowed_fill': [list(w) for w in mi.windowed([1, 2, 3, 4], 3, fillvalue=0, step=2)],
        'distinct_permutations': sorted(''.join(p) for p in mi.distinct_permutations('aabc')),
        'partition': [list(evens), list(odds)],
        'bucket': {k: list(b[k]) for k in ('a', 'b', 'c', 'z')},
        'flatten': list(mi.flatten([[1, 2], [3], [], [4, 5]])),
        'unique_everseen': list(mi.unique_everseen('AAAABBBCCDAABBB')),
        'run_length': [list(p) for p in mi.run_length.encode('aaabccdddd')],
        'split_at': list(mi.split_at(range(10), lambda n: n % 4 == 3)),
        'interleave_longest': list(mi.interleave_longest([1, 2, 3], 'ab', [True])),
        'spy': [head, list(it)],
        'first_last': [mi.first([], default='empty'), mi.last(range(7)), mi.nth_or_last(range(3), 10)],
        'grouper': [list(g) for g in mi.grouper('ABCDEFG', 3, fillvalue='x')],
        'powerset': [list(s) for s in mi.powerset([1, 2, 3])],
        'sliced': list(mi.sliced('abcdefgh', 3)),
        'consecutive_groups': [list(g) for g in mi.consecutive_groups([1, 2, 3, 7, 8, 10])],
        'ilen': mi.ilen(x for x in range(100) if x % 7 == 0),
        'distribute': [list(d) for d in mi.distribute(3, range(8))],
    }


def _error_name(thunk):
    try:
        thunk()
        return 'none'
    except Exception as e:
        return type(e).__name__


# ------------------------------------------------------------------------------------------------------- packaging

def lib_packaging_versions():
    """packaging: Version parsing and sorting, SpecifierSet contains, Requirement parsing, Marker evaluation."""
    from packaging.markers import Marker
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet
    from packaging.utils import canonicalize_name
    from packaging.version import InvalidVersion, Version, parse
    raw = ['1.0', '1.0.post1', '1.0rc1', '1.0a2', '0.9.9', '1.0.dev3', '2.0', '1.10', '1.2', '1.0+local.7',
           '1!0.1', '1.0b1.post2.dev1']
    versions = sorted(Version(v) for v in raw)
    v = Version('1.4.2rc3.post1.dev7+ubuntu.1')
    spec = SpecifierSet('>=1.0,<2.0,!=1.3.*')
    candidates = ['0.9', '1.0', '1.2.5', '1.3.1', '1.9', '2.0', '1.5a1']
    req = Requirement('Requests[security,socks] >=2.8.1, ==2.8.* ; python_version < "3.13" and os_name == "posix"')
    url_req = Requirement('pkg @ https://example.org/pkg-1.0.tar.gz')
    env = {'python_version': '3.12', 'python_full_version': '3.12.0', 'os_name': 'posix',
           'sys_platform': 'linux', 'platform_machine': 'x86_64', 'platform_python_implementation': 'GraalVM',
           'implementation_name': 'graalpy', 'platform_system': 'Linux', 'extra': ''}
    markers = ['python_version >= "3.8"', 'python_version < "3.12"', 'sys_platform == "win32" or os_name == "posix"',
               'platform_machine in "x86_64 aarch64"', 'implementation_name != "cpython"',
               'python_full_version ~= "3.12.0"', 'extra == "test"']
    try:
        Version('not.a.version!')
        invalid = 'parsed'
    except InvalidVersion as e:
        invalid = type(e).__name__
    return {
        'sorted': [str(x) for x in versions],
        'parts': [v.epoch, list(v.release), list(v.pre), v.post, v.dev, v.local, v.public, v.base_version,
                  v.is_prerelease, v.is_postrelease, v.is_devrelease, v.major, v.minor, v.micro],
        'compare': [Version('1.0') == Version('1.0.0'), Version('1.0a1') < Version('1.0'), parse('2') > parse('10')],
        'contains': [c for c in candidates if spec.contains(c)],
        'contains_pre': [c for c in candidates if spec.contains(c, prereleases=True)],
        'filter': [str(x) for x in spec.filter(candidates)],
        'compatible': [SpecifierSet('~=2.2').contains(x) for x in ('2.1', '2.2', '2.9', '3.0')],
        'spec_str': str(spec),
        'requirement': [req.name, sorted(req.extras), str(req.specifier), str(req.marker),
                        req.marker.evaluate(env), canonicalize_name(req.name)],
        'url_requirement': [url_req.name, url_req.url, str(url_req)],
        'markers': [Marker(m).evaluate(env) for m in markers],
        'marker_extra': Marker('extra == "test"').evaluate(dict(env, extra='test')),
        'invalid': invalid,
    }


# ----------------------------------------------------------------------------------------------------------- toolz

def lib_toolz_functional():
    """toolz: pipe, curry, compose, groupby, merge_with, valmap, frequencies, reduceby, get_in and assoc_in."""
    import operator
    import toolz
    from toolz import curried
    people = [{'name': 'Alice', 'dept': 'eng', 'salary': 120}, {'name': 'Bob', 'dept': 'ops', 'salary': 90},
              {'name': 'Carol', 'dept': 'eng', 'salary': 135}, {'name': 'Dan', 'dept': 'ops', 'salary': 70},
              {'name': 'Eve', 'dept': 'sales', 'salary': 80}]

    @toolz.curry
    def scale(factor, x):
        return factor * x

    by_dept = toolz.groupby('dept', people)
    nested = {'a': {'b': {'c': 1}}}
    return {
        'pipe': toolz.pipe(range(10), curried.filter(lambda n: n % 2), curried.map(scale(3)), list),
        'compose': toolz.compose(str, scale(2), operator.neg)(21),
        'thread_last': toolz.thread_last(range(5), (map, scale(10)), sum),
        'groupby': {k: [p['name'] for p in v] for k, v in sorted(by_dept.items())},
        'merge_with': toolz.merge_with(sum, {'a': 1, 'b': 2}, {'a': 10, 'c': 3}, {'b': 20}),
        'merge': toolz.merge({'x': 1, 'y': 2}, {'y': 3}),
        'valmap': toolz.valmap(len, by_dept),
        'keyfilter': toolz.keyfilter(lambda k: k != 'ops', toolz.valmap(len, by_dept)),
        'frequencies': sorted(toolz.frequencies('mississippi').items()),
        'reduceby': toolz.reduceby('dept', lambda acc, p: acc + p['salary'], people, 0),
        'countby': toolz.countby(lambda p: p['salary'] >= 90, people) == {True: 3, False: 2},
        'get_in': [toolz.get_in(['a', 'b', 'c'], nested), toolz.get_in(['a', 'x'], nested, default='missing')],
        'assoc_in': toolz.assoc_in(nested, ['a', 'b', 'd'], 2),
        'update_in': toolz.update_in({'n': {'count': 1}}, ['n', 'count'], scale(5)),
        'sliding_window': list(toolz.sliding_window(3, [1, 2, 3, 4, 5])),
        'partition_all': list(toolz.partition_all(2, 'abcde')),
        'unique': list(toolz.unique([3, 1, 3, 2, 1])),
        'interpose': list(toolz.interpose(0, [1, 2, 3])),
        'topk': list(toolz.topk(2, people, key='salary')) == [people[2], people[0]],
        'curried_get': list(toolz.pipe(people, curried.map(curried.get('name')), curried.take(3))),
        'memoize_calls': _memoized_calls(toolz),
    }


def _memoized_calls(toolz):
    calls = []

    @toolz.memoize
    def square(n):
        calls.append(n)
        return n * n

    return [square(n) for n in (3, 4, 3, 3, 4)] + [len(calls)]


# -------------------------------------------------------------------------------------------------------- docutils

_RST = '''\
=============
Release notes
=============

Overview
========

Interpy runs *Python* functions from **Java**, with ``inline literals`` and a link to
`the docs <https://example.org/docs>`_. Wide text is measured by east_asian_width [#width]_.

- first item
- second item with a nested list:

  1. one
  2. two

Term
   A definition list entry.

Table
-----

+--------+----------+--------+
| Name   | Width    | Note   |
+========+==========+========+
| ASCII  | 1 column | plain  |
+--------+----------+--------+
| 漢字   | 2 columns| wide   |
+--------+----------+--------+
| é      | 1 column | accent |
+--------+----------+--------+

=====  =====  ======
  A      B    A or B
=====  =====  ======
False  False  False
True   False  True
=====  =====  ======

Code::

    def f(x):
        return x * 2

.. [#width] Counted in terminal columns: ``unicodedata.east_asian_width``.

.. note:: An admonition with *emphasis*.
'''


def lib_docutils_publish():
    """docutils: reStructuredText (sections, lists, grid and simple tables with wide text, inline markup, a literal
    block, a footnote, an admonition) to HTML 5 with publish_parts; a document with an error reports it."""
    import io
    import os
    import tempfile
    import docutils
    from docutils.core import publish_parts, publish_doctree
    with tempfile.TemporaryDirectory() as tmp:
        # The template is read from a file (Debian keeps docutils' own under /usr/share).
        template = os.path.join(tmp, 'template.txt')
        with open(template, 'w', encoding='utf-8') as f:
            f.write('%(body)s')
        warnings = io.StringIO()
        settings = {'template': template, 'embed_stylesheet': False, 'stylesheet_path': '',
                    'warning_stream': warnings, '_disable_config': True, 'output_encoding': 'unicode'}
        parts = publish_parts(_RST, writer_name='html5', settings_overrides=settings)
        broken = publish_parts('Title\n===\n\n* item\ncontinued wrongly\n\n`unclosed', writer_name='html5',
                               settings_overrides=dict(settings, report_level=2))
    tree = publish_doctree(_RST, settings_overrides={'warning_stream': io.StringIO(), '_disable_config': True})
    return {
        'version': docutils.__version__,
        'title': parts['title'],
        'body': parts['body'],
        'broken_body': broken['body'],
        'warnings': warnings.getvalue().splitlines(),
        'node_tags': sorted({node.tagname for node in tree.traverse()}),
    }


# ------------------------------------------------------------------------------------------------------ the runner

def _functions():
    return [(name, fn) for name, fn in globals().items() if name.startswith('lib_') and callable(fn)]


def _library_of(name):
    rest = name[len('lib_'):]
    matches = [lib for lib in LIBRARIES if rest.startswith(lib + '_')]
    if not matches:
        raise KeyError(name)
    return max(matches, key=len)


FUNCTION_LIBRARY = {name: _library_of(name) for name, _ in _functions()}
"""Each lib_* function's library (a key of LIBRARIES): the longest library name following 'lib_'."""


def run_all(names=None):
    """Runs every lib_* function (or the named ones) in definition order.

    Returns {name: {"ok": True, "value": ...} or {"ok": False, "error": "<Type>: <message>"}}, each value normalised
    through json.loads(json.dumps(v, sort_keys=True)).
    """
    wanted = None if names is None else set(names)
    results = {}
    for name, fn in _functions():
        if wanted is not None and name not in wanted:
            continue
        try:
            results[name] = {'ok': True, 'value': json.loads(json.dumps(fn(), sort_keys=True))}
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:
            results[name] = {'ok': False, 'error': '%s: %s' % (type(e).__name__, e)}
    return results


def describe():
    """[[name, first docstring line, library], ...] in definition order."""
    return [[name, (fn.__doc__ or '').strip().splitlines()[0] if fn.__doc__ else '', FUNCTION_LIBRARY[name]]
            for name, fn in _functions()]


def as_json(names=None):
    return json.dumps(run_all(names), sort_keys=True)
