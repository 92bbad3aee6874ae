"""json.dumps of mid-sized documents: nested dicts, lists, floats, escapes, indent and sort_keys."""
import json

_DOCS = [{"id": i, "name": "customer \"%d\" \u00e9" % i, "active": i % 3 != 0, "score": i * 0.37,
          "tags": ["t%d" % (i % 7), "x\n%d" % i, None],
          "address": {"street": "%d High St" % i, "zip": "%05d" % (i * 37), "geo": [i / 3.0, -i / 7.0]},
          "orders": [{"sku": "S%04d" % (i * k), "qty": k, "price": k * 1.25} for k in range(i % 5)]}
         for i in range(300)]


def run():
    total = 0
    for _ in range(3):
        compact = json.dumps(_DOCS)
        pretty = json.dumps(_DOCS, indent=2, sort_keys=True)
        ascii_off = json.dumps(_DOCS, ensure_ascii=False, separators=(",", ":"))
        total += len(compact) + len(pretty) + len(ascii_off)
    return total, compact[-60:]
