"""A re-based tokeniser and a recursive-descent evaluator for a small expression language."""
import re

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<number>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<string>"(?:[^"\\]|\\.)*")
  | (?P<op>\*\*|==|!=|<=|>=|[-+*/%()<>=,;])
""", re.VERBOSE)


def tokens(text):
    pos = 0
    out = []
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise SyntaxError("bad character %r at %d" % (text[pos], pos))
        kind = m.lastgroup
        if kind != "ws":
            out.append((kind, m.group()))
        pos = m.end()
    out.append(("end", ""))
    return out


class _Parser:
    def __init__(self, toks, env):
        self.toks, self.i, self.env = toks, 0, env

    def peek(self):
        return self.toks[self.i][1]

    def take(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def statement(self):
        if self.toks[self.i][0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take()
            self.env[name] = self.compare()
            return self.env[name]
        return self.compare()

    def compare(self):
        left = self.sum()
        while self.peek() in ("<", ">", "<=", ">=", "==", "!="):
            op, right = self.take()[1], self.sum()
            left = {"<": left < right, ">": left > right, "<=": left <= right, ">=": left >= right,
                    "==": left == right, "!=": left != right}[op]
        return left

    def sum(self):
        left = self.product()
        while self.peek() in ("+", "-"):
            op, right = self.take()[1], self.product()
            left = left + right if op == "+" else left - right
        return left

    def product(self):
        left = self.power()
        while self.peek() in ("*", "/", "%"):
            op, right = self.take()[1], self.power()
            left = left * right if op == "*" else (left / right if op == "/" else left % right)
        return left

    def power(self):
        base = self.atom()
        if self.peek() == "**":
            self.take()
            return base ** self.power()
        return base

    def atom(self):
        kind, text = self.take()
        if kind == "number":
            return float(text) if "." in text or "e" in text.lower() else int(text)
        if kind == "string":
            return text[1:-1]
        if kind == "name":
            if self.peek() == "(":
                self.take()
                args = [self.compare()]
                while self.peek() == ",":
                    self.take()
                    args.append(self.compare())
                self.take()
                return {"max": max, "min": min, "len": len, "abs": abs}[text](*args)
            return self.env[text]
        if text == "-":
            return -self.atom()
        if text == "(":
            value = self.compare()
            self.take()
            return value
        raise SyntaxError("unexpected %r" % text)


def _program(n):
    lines = []
    for i in range(n):
        lines.append("x%d = (%d + %d * 3) %% 17 ** 2 - max(%d, %d.5, 2e1) / 4" % (i, i, i + 1, i % 9, i % 13))
        lines.append('s%d = len("item \\"%d\\"") + abs(-x%d) <= %d' % (i, i, i, i * 2))
    return "\n".join(lines)


_SOURCE = _program(400)


def run():
    env = {}
    count = 0
    results = []
    for _ in range(3):
        for line in _SOURCE.split("\n"):
            toks = tokens(line)
            count += len(toks)
            results.append(_Parser(toks, env).statement())
    return count, sum(1 for r in results if r is True), round(sum(r for r in results if type(r) is float), 6)
