"""pickle in pure-Python mode (pickle._Pickler/_Unpickler) of objects, dicts, tuples and shared references."""
import io
import pickle


class Point:
    def __init__(self, x, y, label):
        self.x, self.y, self.label = x, y, label


def _data():
    shared = ["shared", 1, 2.5]
    return {"points": [Point(i, i * 0.5, "p%d" % i) for i in range(300)],
            "rows": [(i, "row%d" % i, i * 1.5, i % 2 == 0, None) for i in range(300)],
            "nested": {"k%d" % i: {"v": list(range(i % 10)), "s": shared} for i in range(200)},
            "blob": bytes(range(256)) * 4, "big": 2 ** 200, "set": frozenset(range(50))}


_DATA = _data()


def run():
    sizes = []
    for protocol in (2, 4, 5):
        buffer = io.BytesIO()
        pickle._Pickler(buffer, protocol=protocol).dump(_DATA)
        raw = buffer.getvalue()
        back = pickle._Unpickler(io.BytesIO(raw)).load()
        assert back["nested"]["k3"]["s"] is back["nested"]["k4"]["s"]
        sizes.append((len(raw), back["points"][-1].label, back["rows"][7][2], back["big"] % 1000003,
                      sum(back["set"])))
    return sizes
