"""Deflate decoding in Python: an inflater for stored, fixed and dynamic Huffman blocks, checked
against the text zlib compressed (streams in _wl_deflate_streams)."""
import base64
import zlib

from _wl_deflate_streams import STREAMS
from _wl_text import log_lines

_LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
                131, 163, 195, 227, 258]
_LENGTH_EXTRA = [0] * 8 + [1] * 4 + [2] * 4 + [3] * 4 + [4] * 4 + [5] * 4 + [0]
_DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
              2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
_DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
_CODE_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


class _Bits:
    def __init__(self, data):
        self.data, self.pos, self.bit = data, 0, 0

    def read(self, n):
        value = 0
        for i in range(n):
            value |= ((self.data[self.pos] >> self.bit) & 1) << i
            self.bit += 1
            if self.bit == 8:
                self.bit = 0
                self.pos += 1
        return value

    def align(self):
        if self.bit:
            self.bit = 0
            self.pos += 1


def _huffman(lengths):
    """Canonical code table: (length, code) -> symbol."""
    table = {}
    code = 0
    for length in range(1, 16):
        for symbol, l in enumerate(lengths):
            if l == length:
                table[(length, code)] = symbol
                code += 1
        code <<= 1
    return table


def _decode(bits, table):
    code = length = 0
    while True:
        code = (code << 1) | bits.read(1)
        length += 1
        symbol = table.get((length, code))
        if symbol is not None:
            return symbol


def _dynamic_tables(bits):
    hlit, hdist, hclen = bits.read(5) + 257, bits.read(5) + 1, bits.read(4) + 4
    code_lengths = [0] * 19
    for i in range(hclen):
        code_lengths[_CODE_ORDER[i]] = bits.read(3)
    code_table = _huffman(code_lengths)
    lengths = []
    while len(lengths) < hlit + hdist:
        symbol = _decode(bits, code_table)
        if symbol < 16:
            lengths.append(symbol)
        elif symbol == 16:
            lengths.extend([lengths[-1]] * (3 + bits.read(2)))
        elif symbol == 17:
            lengths.extend([0] * (3 + bits.read(3)))
        else:
            lengths.extend([0] * (11 + bits.read(7)))
    return _huffman(lengths[:hlit]), _huffman(lengths[hlit:])


_FIXED = (_huffman([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8), _huffman([5] * 30))


def inflate(data):
    bits = _Bits(data)
    out = bytearray()
    final = 0
    while not final:
        final, kind = bits.read(1), bits.read(2)
        if kind == 0:
            bits.align()
            size = bits.data[bits.pos] | bits.data[bits.pos + 1] << 8
            bits.pos += 4
            out += bits.data[bits.pos:bits.pos + size]
            bits.pos += size
            continue
        literals, distances = _FIXED if kind == 1 else _dynamic_tables(bits)
        while True:
            symbol = _decode(bits, literals)
            if symbol < 256:
                out.append(symbol)
            elif symbol == 256:
                break
            else:
                symbol -= 257
                length = _LENGTH_BASE[symbol] + bits.read(_LENGTH_EXTRA[symbol])
                d = _decode(bits, distances)
                distance = _DIST_BASE[d] + bits.read(_DIST_EXTRA[d])
                start = len(out) - distance
                for i in range(length):
                    out.append(out[start + i])
    return bytes(out)


_PLAIN = "\n".join(log_lines(300)).encode("ascii")
_STREAMS = [base64.b64decode(s) for s in STREAMS]


def run():
    sizes = []
    for stream in _STREAMS:
        plain = inflate(stream)
        sizes.append((len(stream), len(plain), zlib.crc32(plain)))
    assert inflate(_STREAMS[0]) == _PLAIN
    return sizes
