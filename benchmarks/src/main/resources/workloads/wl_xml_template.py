"""Genshi XML templates (python3-genshi, pure Python): py:for, py:if, py:attrs, match templates, XHTML output."""
from genshi.template import MarkupTemplate

_TEMPLATE = MarkupTemplate("""\
<html xmlns:py="http://genshi.edgewall.org/">
  <py:match path="section"><div class="section"><h2>${select('@title')}</h2>${select('*')}</div></py:match>
  <body>
    <h1>${title}</h1>
    <section title="Orders">
      <table>
        <tr py:for="i, order in enumerate(orders)" class="${'odd' if i % 2 else 'even'}"
            py:attrs="{'data-late': 'yes' if order['late'] else None}">
          <td>${order['id']}</td><td>${order['customer']}</td>
          <td py:if="order['total'] > 100" class="big">${'%.2f' % order['total']}</td>
          <td py:if="order['total'] &lt;= 100">${'%.2f' % order['total']}</td>
          <td><span py:for="tag in order['tags']">${tag}</span></td>
        </tr>
      </table>
    </section>
  </body>
</html>
""")

_ORDERS = [{"id": i, "customer": "Customer <%d> & Co" % i, "total": i * 3.7, "late": i % 5 == 0,
            "tags": ["t%d" % k for k in range(i % 4)]} for i in range(300)]


def run():
    out = _TEMPLATE.generate(title="Orders & invoices", orders=_ORDERS).render("xhtml")
    return len(out), out.count("<tr"), out.count('data-late="yes"'), out[-120:]
