"""pprint.pformat, isreadable and saferepr of nested data with long lists, dicts, tuples and recursion."""
import pprint


def _data():
    records = [{"id": i, "name": "record number %d" % i, "values": list(range(i % 15)),
                "nested": {"a": (i, i * 2.5, None), "b": ["x" * (i % 30)] * 3, "c": {"deep": {"er": [i]}}}}
               for i in range(120)]
    return {"records": records, "matrix": [[i * j for j in range(12)] for i in range(12)],
            "strings": ["a long string that wraps %d " % i * 4 for i in range(20)], "tuples": [[1, [2]], (3, (4.5, None))]}


_DATA = _data()
# Kept apart: pprint writes a recursive object's id(), whose digits differ between runtimes.
_CYCLIC = {"name": "cycle"}
_CYCLIC["self"] = _CYCLIC


def run():
    wide = pprint.pformat(_DATA, width=120)
    narrow = pprint.pformat(_DATA["records"], width=40, compact=True, sort_dicts=False)
    deep = pprint.pformat(_DATA, depth=3)
    readable = pprint.isreadable(_DATA["records"]), pprint.isreadable(_DATA), pprint.isrecursive(_CYCLIC)
    safe = pprint.saferepr(_CYCLIC).split(" with id=")[0]
    return len(wide), len(narrow), len(deep), readable, safe, narrow.count("\n")
