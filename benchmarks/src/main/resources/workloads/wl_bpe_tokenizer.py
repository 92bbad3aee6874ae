"""A byte-pair tokeniser: learns merges from a corpus, then encodes and decodes text with them."""
from _wl_text import words

_CORPUS = words(3000, seed=3)
_TEXT = " ".join(words(1500, seed=5))


def train(corpus, merges):
    counts = {}
    for word in corpus:
        counts[word] = counts.get(word, 0) + 1
    vocab = {tuple(word) + ("</w>",): n for word, n in counts.items()}
    rules = []
    for _ in range(merges):
        pairs = {}
        for symbols, n in vocab.items():
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] = pairs.get(pair, 0) + n
        if not pairs:
            break
        best = max(pairs.items(), key=lambda item: (item[1], item[0]))[0]
        rules.append(best)
        joined = best[0] + best[1]
        merged = {}
        for symbols, n in vocab.items():
            out, i = [], 0
            while i < len(symbols):
                if i + 1 < len(symbols) and symbols[i] == best[0] and symbols[i + 1] == best[1]:
                    out.append(joined)
                    i += 2
                else:
                    out.append(symbols[i])
                    i += 1
            merged[tuple(out)] = n
        vocab = merged
    return rules


def encode(text, rules):
    rank = {pair: i for i, pair in enumerate(rules)}
    out = []
    for word in text.split():
        symbols = list(word) + ["</w>"]
        while len(symbols) > 1:
            ranked = [(rank.get(p, 1 << 30), i) for i, p in enumerate(zip(symbols, symbols[1:]))]
            r, i = min(ranked)
            if r == 1 << 30:
                break
            symbols[i:i + 2] = [symbols[i] + symbols[i + 1]]
        out.extend(symbols)
    return out


def run():
    rules = train(_CORPUS, 120)
    pieces = encode(_TEXT, rules)
    decoded = "".join(pieces).replace("</w>", " ").strip()
    assert decoded == _TEXT
    return len(rules), rules[:5], len(pieces), pieces[:8]
