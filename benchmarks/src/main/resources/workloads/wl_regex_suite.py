"""A regex suite over access-log lines: match with groups, findall, sub with a function, split, finditer."""
import re

from _wl_text import log_lines, words

_LINES = log_lines(1500)
_TEXT = " ".join(words(8000))
_LINE = re.compile(r'^(\d+\.\d+\.\d+\.\d+) - (\S+)@(\S+) \[(\d{4})-(\d\d)-(\d\d)T([\d:]+)\] '
                   r'"(GET|POST|PUT|DELETE) (/[^ ?"]*)(?:\?([^"]*))?" (\d{3}) (\d+)$')
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_NUMBER = re.compile(r"\b\d+\b")
_WORD_PAIR = re.compile(r"\b(\w+) (\w+)\b")
_VOWELS = re.compile(r"[aeiou]{2,}", re.IGNORECASE)


def run():
    statuses, bytes_total, paths = {}, 0, set()
    for line in _LINES:
        m = _LINE.match(line)
        statuses[m.group(11)] = statuses.get(m.group(11), 0) + 1
        bytes_total += int(m.group(12))
        paths.add(m.group(9).rsplit("/", 1)[0])
    joined = "\n".join(_LINES)
    emails = len(_EMAIL.findall(joined))
    numbers = sum(int(n) for n in _NUMBER.findall(joined) if len(n) < 6)
    swapped = _WORD_PAIR.sub(lambda m: m.group(2) + " " + m.group(1), _TEXT)
    parts = len(re.split(r"\s+(?:the|over|while)\s+", _TEXT))
    vowel_runs = sum(1 for _ in _VOWELS.finditer(_TEXT))
    return sorted(statuses.items()), bytes_total, sorted(paths), emails, numbers, swapped[:80], parts, vowel_runs
