"""csv: write records with quoting and dialects to memory, read them back as lists and dicts, aggregate."""
import csv
import io


def run():
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["id", "name", "city", "amount", "note"])
    for i in range(5000):
        writer.writerow([i, "Name, %d" % i, ("Paris", "Oslo", 'Quote "Q"')[i % 3], "%.2f" % (i * 1.5),
                         "line\nbreak" if i % 50 == 0 else ""])
    text = buffer.getvalue()
    rows = list(csv.reader(io.StringIO(text)))
    by_city = {}
    for record in csv.DictReader(io.StringIO(text)):
        by_city[record["city"]] = by_city.get(record["city"], 0.0) + float(record["amount"])
    tabbed = io.StringIO()
    csv.writer(tabbed, dialect="excel-tab").writerows(rows[:1000])
    return len(text), len(rows), sorted((k, round(v, 2)) for k, v in by_city.items()), len(tabbed.getvalue())
