"""A constraint solver: sudoku by constraint propagation and search over candidate sets (search kind)."""

_DIGITS = "123456789"
_ROWS = "ABCDEFGHI"
_SQUARES = [r + c for r in _ROWS for c in _DIGITS]
_UNITS = ([[r + c for c in _DIGITS] for r in _ROWS]
          + [[r + c for r in _ROWS] for c in _DIGITS]
          + [[r + c for r in rs for c in cs] for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
_UNITS_OF = {s: [u for u in _UNITS if s in u] for s in _SQUARES}
_PEERS = {s: sorted(set(x for u in _UNITS_OF[s] for x in u) - {s}) for s in _SQUARES}

_PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
]


def _assign(values, square, digit):
    for other in values[square].replace(digit, ""):
        if not _eliminate(values, square, other):
            return False
    return True


def _eliminate(values, square, digit):
    if digit not in values[square]:
        return True
    values[square] = values[square].replace(digit, "")
    left = values[square]
    if not left:
        return False
    if len(left) == 1:
        for peer in _PEERS[square]:
            if not _eliminate(values, peer, left):
                return False
    for unit in _UNITS_OF[square]:
        places = [s for s in unit if digit in values[s]]
        if not places:
            return False
        if len(places) == 1 and not _assign(values, places[0], digit):
            return False
    return True


def _search(values, counter):
    counter[0] += 1
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in _SQUARES):
        return values
    square = min((s for s in _SQUARES if len(values[s]) > 1), key=lambda s: (len(values[s]), s))
    for digit in values[square]:
        copy = dict(values)
        if _assign(copy, square, digit):
            found = _search(copy, counter)
            if found:
                return found
    return False


def run():
    answers = []
    counter = [0]
    for puzzle in _PUZZLES:
        values = {s: _DIGITS for s in _SQUARES}
        for square, ch in zip(_SQUARES, puzzle):
            if ch in _DIGITS and not _assign(values, square, ch):
                raise ValueError("contradictory puzzle")
        solved = _search(values, counter)
        answers.append("".join(solved[s] for s in _SQUARES))
    return answers, counter[0]
