"""Deterministic sample text shared by the text workloads (generated, so no data files are needed)."""

_WORDS = ("the quick brown fox jumps over lazy dog while seven wizards quietly judge boxing matches "
          "alpha beta gamma delta epsilon invoice total amount paid due customer order shipped "
          "error warning info request response latency server client cache miss hit retry").split()


def words(n, seed=7):
    """n pseudo-random words from a small vocabulary (a linear congruential sequence, the same everywhere)."""
    out, x = [], seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(_WORDS[x % len(_WORDS)])
    return out


def log_lines(n, seed=11):
    """n access-log-like lines with dates, IPs, methods, paths, status codes, sizes and emails."""
    lines, x = [], seed
    methods = ("GET", "POST", "PUT", "DELETE")
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        ip = "%d.%d.%d.%d" % (10 + x % 200, x % 256, (x >> 8) % 256, (x >> 16) % 256)
        lines.append('%s - user%d@example%d.com [2024-%02d-%02dT%02d:%02d:%02d] "%s /api/v%d/items/%d?q=%s" %d %d'
                     % (ip, x % 97, x % 5, 1 + x % 12, 1 + x % 28, x % 24, x % 60, (x >> 3) % 60,
                        methods[x % 4], 1 + x % 3, x % 10000, _WORDS[x % len(_WORDS)],
                        (200, 201, 304, 404, 500)[x % 5], x % 50000))
    return lines
