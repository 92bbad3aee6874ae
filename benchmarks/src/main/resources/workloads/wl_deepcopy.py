"""copy.deepcopy of nested containers with objects, shared references and cycles."""
import copy


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.attrs = {"weight": len(name), "tags": [name.upper(), (name, 1)]}
        self.parent = None


def _tree(depth, name="n"):
    node = Node(name, [_tree(depth - 1, name + str(i)) for i in range(3)] if depth else ())
    for child in node.children:
        child.parent = node
    return node


_DATA = {"tree": _tree(4), "table": [[i, str(i), (i, i + 1.0)] for i in range(400)],
         "lookup": {i: {"a": [i] * 3, "b": {"c": (i,)}} for i in range(200)}}


def _count(node):
    return 1 + sum(_count(c) for c in node.children)


def run():
    total = 0
    for _ in range(3):
        dup = copy.deepcopy(_DATA)
        assert dup["tree"].children[0].parent is dup["tree"]
        total += _count(dup["tree"]) + len(dup["table"]) + sum(v["b"]["c"][0] for v in dup["lookup"].values())
    return total
