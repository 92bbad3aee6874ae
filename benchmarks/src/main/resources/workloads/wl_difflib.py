"""difflib: unified and context diffs of edited documents, SequenceMatcher ratios, close matches."""
import difflib

from _wl_text import words


def _document(seed, lines):
    w = words(lines * 8, seed)
    return [" ".join(w[i:i + 8]) for i in range(0, len(w), 8)]


_OLD = _document(5, 1200)
_NEW = list(_OLD)
for _i in range(0, 1200, 9):
    _NEW[_i] = _NEW[_i].replace("the", "a") + " edited"
del _NEW[100:110]
_NEW[200:200] = _document(9, 12)
_VOCAB = sorted(set(words(3000, 2))) + ["w%03d" % i for i in range(300)]


def run():
    unified = list(difflib.unified_diff(_OLD, _NEW, "old", "new", lineterm=""))
    context = list(difflib.context_diff(_OLD[:150], _NEW[:150], lineterm=""))
    ratios = [round(difflib.SequenceMatcher(None, a, b).ratio(), 6) for a, b in zip(_OLD[::4], _NEW[::4])]
    close = [difflib.get_close_matches(w, _VOCAB, n=2) for w in ("quik", "lazzy", "w0l2", "respnse", "invoce")]
    return len(unified), len(context), round(sum(ratios), 6), close
