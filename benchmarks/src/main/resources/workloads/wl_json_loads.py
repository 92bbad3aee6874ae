"""json.loads of mid-sized documents (the issue's slow kind): objects, arrays, numbers, escapes."""
import json

_TEXTS = [json.dumps({"page": p, "items": [{"id": p * 100 + i, "title": "Item \u00ab%d\u00bb \"q\"" % i,
                                            "price": round(i * 1.1, 2), "stock": i % 4 == 0,
                                            "dims": [i, i * 2, i * 3], "meta": {"k%d" % (i % 5): None}}
                                           for i in range(60)]}, indent=1 if p % 2 else None)
          for p in range(20)]


def run():
    count = total = 0
    for _ in range(10):
        for text in _TEXTS:
            doc = json.loads(text)
            count += len(doc["items"])
            total += sum(item["dims"][2] for item in doc["items"]) + int(sum(i["price"] for i in doc["items"]))
    return count, total
