"""_lzma.LZMADecompressor mended for an Interpy worker (applied right after _lzma is imported).

GraalPy 25.0.3's Java LZMADecompressor decodes an .xz stream right only when the whole stream, and
nothing after it, arrives in one call: fed in pieces (as lzma.open and tarfile feed it, 8 KiB at a
time) it stops early, raises EOFError or never reaches eof, and data after the stream is never
unused_data. For the .xz format (FORMAT_XZ, and FORMAT_AUTO on an .xz stream) this decompressor
keeps the pieces, finds where the stream ends (its 12-byte footer, checked by its CRC32), and has
GraalPy's decode exactly that; other formats go to GraalPy's decompressor as before.
"""


def patch(_lzma):
    import zlib

    Real = _lzma.LZMADecompressor
    XZ_MAGIC = b'\xfd7zXZ\x00'
    HEADER = 12

    def stream_end(buf, stream_flags, searched):
        """Length of the first .xz stream in buf if its footer is there (else None)."""
        position = max(searched, HEADER + 12)
        position += -position % 4
        while position <= len(buf):
            if buf[position - 2:position] == b'YZ':
                footer = buf[position - 12:position]
                if footer[8:10] == stream_flags and zlib.crc32(footer[4:10]) == int.from_bytes(footer[0:4], 'little'):
                    return position
            position += 4
        return None

    def alone_header(buf):
        # .lzma: a properties byte below 9*5*5 and a dictionary size of 2^n or 2^n + 2^(n-1).
        if buf[0] >= 225:
            return False
        size = int.from_bytes(buf[1:5], 'little')
        if size == 0xFFFFFFFF:
            return True
        if size == 0:
            return False
        top = 1 << (size.bit_length() - 1)
        return size == top or size == top + (top >> 1)

    class LZMADecompressor:
        __doc__ = Real.__doc__

        def __init__(self, format=_lzma.FORMAT_AUTO, memlimit=None, filters=None):
            # Only the arguments given: GraalPy's Java backend refuses even memlimit=None.
            self._args = {'format': format}
            if memlimit is not None:
                self._args['memlimit'] = memlimit
            if filters is not None:
                self._args['filters'] = filters
            self._real = Real(**self._args)  # checks the arguments as before
            self._xz = True if format == _lzma.FORMAT_XZ else None if format == _lzma.FORMAT_AUTO else False
            self._input = bytearray()
            self._searched = 0
            self._output = b''
            self._done = False
            self._unused = b''
            self._check = _lzma.CHECK_UNKNOWN

        @property
        def eof(self):
            return self._real.eof if self._xz is False else self._done and not self._output

        @property
        def unused_data(self):
            return self._real.unused_data if self._xz is False else self._unused if self._done else b''

        @property
        def needs_input(self):
            return self._real.needs_input if self._xz is False else not self._output and not self._done

        @property
        def check(self):
            if self._xz is False:
                return self._real.check
            return self._check

        def decompress(self, data, max_length=-1):
            if self._xz is False:
                return self._real.decompress(data, max_length)
            if self._done and not self._output:
                raise EOFError('Already at end of stream')
            data = bytes(memoryview(data))
            if self._done:
                self._unused += data
            else:
                self._input += data
                if self._xz is None and len(self._input) >= len(XZ_MAGIC):
                    self._xz = self._input.startswith(XZ_MAGIC)
                    if not self._xz:
                        if len(self._input) >= 5 and not alone_header(self._input):
                            # GraalPy's decoder spins forever on data that is neither .xz nor .lzma.
                            raise _lzma.LZMAError('Input format not supported by decoder')
                        pending = bytes(self._input)
                        self._input = None
                        return self._real.decompress(pending, max_length)
                if self._xz and len(self._input) >= HEADER:
                    if not self._input.startswith(XZ_MAGIC):
                        raise _lzma.LZMAError('Input format not supported by decoder')
                    end = stream_end(self._input, bytes(self._input[6:8]), self._searched)
                    if end is None:
                        self._searched = max(HEADER + 12, len(self._input) - 11)
                    else:
                        stream = bytes(self._input[:end])
                        self._unused = bytes(self._input[end:])
                        self._input = None
                        decoder = Real(**self._args)
                        self._output = decoder.decompress(stream)
                        if not decoder.eof:
                            raise _lzma.LZMAError('Corrupt input data')
                        # (GraalPy's Java backend cannot tell the check; the stream flags can.)
                        self._check = stream[7] & 0x0F
                        self._done = True
            if max_length is None or max_length < 0:
                out, self._output = self._output, b''
            else:
                out, self._output = self._output[:max_length], self._output[max_length:]
            return out

        def __reduce__(self):
            raise TypeError("cannot pickle 'LZMADecompressor' object")

    LZMADecompressor.__module__ = '_lzma'
    LZMADecompressor.__qualname__ = 'LZMADecompressor'
    _lzma.LZMADecompressor = LZMADecompressor
