"""Board-game search: Connect Four on a 6x5 board, alpha-beta negamax to a fixed depth (search kind)."""

_COLS, _ROWS = 6, 5
_LINES = []
for _r in range(_ROWS):
    for _c in range(_COLS):
        for _dr, _dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
            cells = [(_r + k * _dr, _c + k * _dc) for k in range(4)]
            if all(0 <= r < _ROWS and 0 <= c < _COLS for r, c in cells):
                _LINES.append([r * _COLS + c for r, c in cells])


class Board:
    def __init__(self):
        self.cells = [0] * (_ROWS * _COLS)
        self.heights = [0] * _COLS
        self.moves = 0

    def play(self, col, who):
        self.cells[self.heights[col] * _COLS + col] = who
        self.heights[col] += 1
        self.moves += 1

    def undo(self, col):
        self.heights[col] -= 1
        self.cells[self.heights[col] * _COLS + col] = 0
        self.moves -= 1

    def score(self, who):
        total = 0
        cells = self.cells
        for line in _LINES:
            mine = theirs = 0
            for i in line:
                v = cells[i]
                if v == who:
                    mine += 1
                elif v:
                    theirs += 1
            if mine == 4:
                return 10000
            if theirs == 4:
                return -10000
            if not theirs:
                total += (0, 1, 4, 16)[mine]
            elif not mine:
                total -= (0, 1, 4, 16)[theirs]
        return total


def _negamax(board, who, depth, alpha, beta, stats):
    stats[0] += 1
    value = board.score(who)
    if depth == 0 or abs(value) >= 10000 or board.moves == _ROWS * _COLS:
        return value
    best = -100000
    for col in (2, 3, 1, 4, 0, 5):
        if board.heights[col] == _ROWS:
            continue
        board.play(col, who)
        v = -_negamax(board, -who, depth - 1, -beta, -alpha, stats)
        board.undo(col)
        if v > best:
            best = v
        if best > alpha:
            alpha = best
        if alpha >= beta:
            break
    return best


def run():
    board = Board()
    stats = [0]
    who = 1
    played = []
    for _ in range(6):
        best_col, best = None, -1000000
        for col in range(_COLS):
            if board.heights[col] == _ROWS:
                continue
            board.play(col, who)
            v = -_negamax(board, -who, 3, -1000000, 1000000, stats)
            board.undo(col)
            if v > best:
                best, best_col = v, col
        board.play(best_col, who)
        played.append(best_col)
        who = -who
    return played, stats[0]
