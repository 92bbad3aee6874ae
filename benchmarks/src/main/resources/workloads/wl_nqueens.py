"""N-queens: every solution by backtracking with column and diagonal sets (numeric kind)."""


def _solve(n, row, columns, up, down, placed, out):
    if row == n:
        out.append(tuple(placed))
        return
    for col in range(n):
        if col in columns or row + col in up or row - col in down:
            continue
        columns.add(col)
        up.add(row + col)
        down.add(row - col)
        placed.append(col)
        _solve(n, row + 1, columns, up, down, placed, out)
        placed.pop()
        columns.discard(col)
        up.discard(row + col)
        down.discard(row - col)


def run():
    solutions = []
    _solve(10, 0, set(), set(), set(), [], solutions)
    return len(solutions), solutions[0], solutions[-1], sum(sum(s) for s in solutions)
