"""zlib's gzip framing mended for an Interpy worker (applied at once: zlib is imported early).

GraalPy 25.0.3's Java zlib gets the gzip container (wbits 25..31, and 41..47 = zlib or gzip by
the header) wrong: compressobj(wbits=31) writes a raw deflate stream without header or trailer,
compress(wbits=31) writes a CRC of 0 in the trailer (so gzip.compress(..., mtime=0) makes files
that fail their CRC check), decompressobj(31) leaves the trailer in unused_data unchecked, and
wbits 41..47 are refused for gzip data. The container is a 10-byte header, a raw deflate stream
and CRC-32 and length: here GraalPy's raw deflate (wbits -15), which works, does the deflate and
the header and trailer are written and checked as zlib does (its header bytes included, so the
output is CPython's byte for byte, except that the JDK's Deflater, like GraalPy everywhere,
always uses a 32 KiB window, so wbits below 31 compress as 31 does). Every other wbits goes to
GraalPy's functions unchanged. Not mended: GraalPy's Decompress.copy() (any wbits) copies only
the last input fed, so a copy made mid-stream fails ("invalid distance too far back").
"""


def patch(zlib):
    import struct

    real_compress = zlib.compress
    real_decompress = zlib.decompress
    real_compressobj = zlib.compressobj
    real_decompressobj = zlib.decompressobj
    crc32 = zlib.crc32
    error = zlib.error
    DEFLATED = zlib.DEFLATED
    FINISH = zlib.Z_FINISH

    def header(level, strategy):
        # What zlib writes: no name or time, the extra flags from the level, OS 3 (Unix).
        level = 6 if level == -1 else level
        extra = 2 if level == 9 else 4 if strategy >= 2 or level < 2 else 0
        return b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes((extra, 3))

    def fail(reason):
        return error('Error -3 while decompressing data: ' + reason)

    def header_length(buf):
        """Length of the gzip header at the start of buf, None while it is incomplete."""
        if len(buf) >= 2 and (buf[0] != 0x1f or buf[1] != 0x8b):
            raise fail('incorrect header check')
        if len(buf) >= 3 and buf[2] != 8:
            raise fail('unknown compression method')
        if len(buf) >= 4 and buf[3] & 0xe0:
            raise fail('unknown header flags set')
        if len(buf) < 10:
            return None
        flags = buf[3]
        end = 10
        if flags & 4:
            if len(buf) < end + 2:
                return None
            end += 2 + int.from_bytes(buf[end:end + 2], 'little')
        for flag in (8, 16):  # file name, comment: zero-terminated
            if flags & flag:
                zero = buf.find(b'\x00', end)
                if zero < 0:
                    return None
                end = zero + 1
        if flags & 2:
            if len(buf) < end + 2:
                return None
            if crc32(buf[:end]) & 0xffff != int.from_bytes(buf[end:end + 2], 'little'):
                raise fail('header crc mismatch')
            end += 2
        return end if len(buf) >= end else None

    def compress(data, /, level=-1, wbits=15):
        if not 25 <= wbits <= 31:
            return real_compress(data, level, wbits)
        data = memoryview(data)
        body = real_compress(data, level, -15)
        return header(level, 0) + body + struct.pack('<II', crc32(data), data.nbytes & 0xffffffff)

    def decompress(data, /, wbits=15, bufsize=16384):
        if wbits < 25 or 31 < wbits < 41 or wbits > 47:
            return real_decompress(data, wbits, bufsize)
        data = bytes(data)
        if wbits > 31 and not data.startswith(b'\x1f\x8b'):
            return real_decompress(data, wbits - 32, bufsize)
        d = GzipDecompress()
        out = d.decompress(data)
        if not d.eof:
            raise error('Error -5 while decompressing data: incomplete or truncated stream')
        return out

    class GzipCompress:
        """A compressobj for the gzip container over GraalPy's raw deflate."""

        def __init__(self, inner, level, strategy):
            self._inner = inner
            self._header = header(level, strategy)
            self._crc = 0
            self._size = 0

        def _framed(self, out):
            if self._header:
                out, self._header = self._header + out, b''
            return out

        def compress(self, data, /):
            data = memoryview(data)
            out = self._inner.compress(data)
            self._crc = crc32(data, self._crc)
            self._size += data.nbytes
            return self._framed(out)

        def flush(self, mode=FINISH, /):
            out = self._inner.flush(mode)
            if mode == 0:  # Z_NO_FLUSH
                return out
            out = self._framed(out)
            if mode == FINISH:
                out += struct.pack('<II', self._crc, self._size & 0xffffffff)
            return out

        def copy(self):
            twin = GzipCompress.__new__(GzipCompress)
            twin.__dict__.update(self.__dict__)
            twin._inner = self._inner.copy()
            return twin

        __copy__ = copy

        def __deepcopy__(self, memo):
            return self.copy()

    class GzipDecompress:
        """A decompressobj for the gzip container (and, with auto=True, zlib's too) over GraalPy's."""

        def __init__(self, auto_wbits=None, zdict=b''):
            self._auto = auto_wbits
            self._zdict = zdict
            self._head = b''
            self._inner = None  # GraalPy's decompressobj once the header is known
            self._zlib = False  # auto-detection found a zlib stream: everything goes to _inner
            self._crc = 0
            self._size = 0
            self._trailer = b''
            self._eof = False
            self._unused = b''

        @property
        def eof(self):
            return self._inner.eof if self._zlib else self._eof

        @property
        def unused_data(self):
            return self._inner.unused_data if self._zlib else self._unused

        @property
        def unconsumed_tail(self):
            if self._zlib:
                return self._inner.unconsumed_tail
            return b'' if self._inner is None or self._inner.eof else self._inner.unconsumed_tail

        def decompress(self, data, /, max_length=0):
            if max_length < 0:
                raise ValueError('max_length must be non-negative')
            if self._zlib:
                return self._inner.decompress(data, max_length)
            data = bytes(data)
            if self._eof:
                self._unused += data
                return b''
            if self._inner is None:
                self._head += data
                if self._auto is not None and len(self._head) >= 2 and not self._head.startswith(b'\x1f\x8b'):
                    self._zlib = True
                    self._inner = real_decompressobj(self._auto - 32, *((self._zdict,) if self._zdict else ()))
                    data, self._head = self._head, b''
                    return self._inner.decompress(data, max_length)
                end = header_length(self._head)
                if end is None:
                    return b''
                data, self._head = self._head[end:], b''
                self._inner = real_decompressobj(-15)
            if self._inner.eof:
                out = b''
                rest = data
            else:
                out = self._inner.decompress(data, max_length)
                self._crc = crc32(out, self._crc)
                self._size += len(out)
                rest = self._inner.unused_data if self._inner.eof else b''
            if self._inner.eof:
                self._trailer += rest
                if len(self._trailer) >= 8:
                    crc, size = struct.unpack('<II', self._trailer[:8])
                    if crc != self._crc:
                        raise fail('incorrect data check')
                    if size != self._size & 0xffffffff:
                        raise fail('incorrect length check')
                    self._unused = self._trailer[8:]
                    self._trailer = b''
                    self._eof = True
            return out

        def flush(self, length=16384, /):
            if length <= 0:
                raise ValueError('length must be greater than zero')
            if self._zlib:
                return self._inner.flush(length)
            if self._inner is None or self._eof or self._inner.eof:
                return b''
            return self.decompress(self._inner.unconsumed_tail)

        def copy(self):
            twin = GzipDecompress.__new__(GzipDecompress)
            twin.__dict__.update(self.__dict__)
            if self._inner is not None:
                twin._inner = self._inner.copy()
            return twin

        __copy__ = copy

        def __deepcopy__(self, memo):
            return self.copy()

    def compressobj(level=-1, method=DEFLATED, wbits=15, memLevel=8, strategy=0, zdict=None):
        if not 25 <= wbits <= 31:
            if zdict is None:
                return real_compressobj(level, method, wbits, memLevel, strategy)
            return real_compressobj(level, method, wbits, memLevel, strategy, zdict)
        if zdict is not None:
            raise ValueError('Invalid dictionary')  # zlib has no dictionary in a gzip stream
        return GzipCompress(real_compressobj(level, method, -15, memLevel, strategy), level, strategy)

    def decompressobj(wbits=15, zdict=b''):
        if 25 <= wbits <= 31:
            return GzipDecompress()
        if 41 <= wbits <= 47:
            return GzipDecompress(wbits, zdict)
        return real_decompressobj(wbits, zdict) if zdict else real_decompressobj(wbits)

    for name, function in (('compress', compress), ('decompress', decompress),
                           ('compressobj', compressobj), ('decompressobj', decompressobj)):
        function.__doc__ = getattr(zlib, name).__doc__
        function.__module__ = 'zlib'
        setattr(zlib, name, function)
    for cls, name in ((GzipCompress, 'Compress'), (GzipDecompress, 'Decompress')):
        cls.__module__ = 'zlib'
        cls.__qualname__ = cls.__name__ = name
