"""_lzma.LZMADecompressor mended for an Interpy worker (applied right after _lzma is imported).

GraalPy 25.0.3's Java LZMADecompressor decodes an .xz stream right only when the whole stream, and
nothing after it, arrives in one call: fed in pieces (as lzma.open and tarfile feed it, 8 KiB at a
time) it stops early, raises EOFError or never reaches eof, and data after the stream is never
unused_data. For the .xz format (FORMAT_XZ, and FORMAT_AUTO on an .xz stream) this decompressor
keeps the pieces, finds where the stream ends (its 12-byte footer, checked by its CRC32), and has
GraalPy's decode exactly that; other formats go to GraalPy's decompressor as before.

GraalPy's _encode_filter_properties and _decode_filter_properties need its native liblzma (a
SystemError otherwise), and zipfile's ZIP_LZMA needs both: they are written here from the
.xz/.7z property formats (LZMA1: one lc/lp/pb byte and a 32-bit dictionary size; LZMA2: one
byte coding the dictionary size; delta: the distance less one; BCJ: an optional start offset).

FORMAT_RAW filter chains (delta filters, then LZMA1 or LZMA2), which GraalPy's Java lzma cannot
decode and encodes only as a lone LZMA1 filter, go to XZ for Java through the worker's `_bridge`:
the compressor keeps its input until flush(), the decompressor decodes what it has been given
from the start of the stream on each call until the stream ends (so a raw stream fed in many small
pieces costs more than one fed at once, as zipfile feeds a member).
"""


def split_output(output, max_length):
    """(what a decompress call returns, what it keeps) of the output, as max_length allows."""
    if max_length is None or max_length < 0:
        return output, b''
    return output[:max_length], output[max_length:]


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
            out, self._output = split_output(self._output, max_length)
            return out

        def __reduce__(self):
            raise TypeError("cannot pickle 'LZMADecompressor' object")

    LZMADecompressor.__module__ = '_lzma'
    LZMADecompressor.__qualname__ = 'LZMADecompressor'
    _lzma.LZMADecompressor = LZMADecompressor
    mend_filter_properties(_lzma)
    mend_raw_format(_lzma, LZMADecompressor)


# liblzma's dictionary size for each preset level 0..9.
PRESET_DICT = [1 << 18, 1 << 20, 1 << 21, 1 << 22, 1 << 22, 1 << 23, 1 << 23, 1 << 24, 1 << 25, 1 << 26]


def mend_raw_format(_lzma, Decompressor):
    RAW = _lzma.FORMAT_RAW
    RealCompressor = _lzma.LZMACompressor

    KINDS = {_lzma.FILTER_LZMA1: 1, _lzma.FILTER_LZMA2: 2, _lzma.FILTER_DELTA: 3}  # as LzmaRaw knows them

    def chain(filters):
        if filters is None:
            raise ValueError('Must specify filters for FORMAT_RAW')
        numbers = []
        for spec in filters:
            if not hasattr(spec, 'get') or 'id' not in spec:
                raise ValueError('Filter specifier must have an "id" entry')
            preset = spec.get('preset', 6)
            if (preset & 0x1F) > 9:
                raise _lzma.LZMAError('Invalid compression preset: %d' % preset)
            kind = KINDS.get(spec['id'])
            if kind is None:
                raise ValueError('Interpy supports raw chains of delta filters then LZMA1 or LZMA2, not filter %r' % spec['id'])
            numbers += [kind, preset, spec.get('dict_size', PRESET_DICT[preset & 0x1F]), spec.get('lc', 3),
                        spec.get('lp', 0), spec.get('pb', 2), spec.get('dist', 1)]
        return numbers

    def answer(reply):
        reply = list(reply)
        if reply[0] == 'error':
            raise _lzma.LZMAError(reply[1])
        return reply

    class LZMACompressor:
        __doc__ = RealCompressor.__doc__

        def __new__(cls, *args, **kwargs):
            format = args[0] if args else kwargs.get('format', _lzma.FORMAT_XZ)
            if format != RAW:
                return RealCompressor(*args, **kwargs)
            return object.__new__(cls)

        def __init__(self, format=_lzma.FORMAT_XZ, check=-1, preset=None, filters=None):
            if check not in (-1, _lzma.CHECK_NONE):
                raise ValueError('Integrity checks are only supported by FORMAT_XZ')
            if preset is not None and filters is not None:
                raise ValueError('Cannot specify both preset and filter chain')
            self._chain = chain(filters)
            self._pieces = []
            self._flushed = False

        def compress(self, data, /):
            if self._flushed:
                raise ValueError('Compressor has been flushed')
            self._pieces.append(bytes(memoryview(data)))
            return b''

        def flush(self):
            if self._flushed:
                raise ValueError('Repeated call to flush()')
            self._flushed = True
            data = b''.join(self._pieces).decode('latin-1')
            self._pieces = None
            return answer(_bridge.lzma_raw_compress(self._chain, data))[1].encode('latin-1')

        def __reduce__(self):
            raise TypeError("cannot pickle 'LZMACompressor' object")

    class RawDecompressor:
        def __init__(self, filters):
            self._chain = chain(filters)
            self._input = b''
            self._output = b''
            self._done = False
            self._unused = b''

        eof = property(lambda self: self._done and not self._output)
        unused_data = property(lambda self: self._unused if self._done else b'')
        needs_input = property(lambda self: not self._output and not self._done)
        check = property(lambda self: _lzma.CHECK_NONE)

        def decompress(self, data, max_length=-1):
            if self._done and not self._output:
                raise EOFError('Already at end of stream')
            data = bytes(memoryview(data))
            if self._done:
                self._unused += data
            elif data:
                self._input += data
                reply = answer(_bridge.lzma_raw_decompress(self._chain, self._input.decode('latin-1')))
                if reply[0] == 'done':
                    self._output += reply[1].encode('latin-1')
                    self._unused = self._input[reply[2]:]
                    self._input = b''
                    self._done = True
            out, self._output = split_output(self._output, max_length)
            return out

        def __reduce__(self):
            raise TypeError("cannot pickle 'LZMADecompressor' object")

    def new_decompressor(cls, format=_lzma.FORMAT_AUTO, memlimit=None, filters=None):
        if format != RAW:
            return object.__new__(cls)
        if memlimit is not None:
            raise ValueError('Cannot specify memory limit with FORMAT_RAW')
        raw = object.__new__(RawDecompressor)
        raw.__init__(filters)
        return raw

    for cls, name in ((LZMACompressor, 'LZMACompressor'), (RawDecompressor, 'LZMADecompressor')):
        cls.__module__ = '_lzma'
        cls.__qualname__ = cls.__name__ = name
    Decompressor.__new__ = new_decompressor
    _lzma.LZMACompressor = LZMACompressor


def mend_filter_properties(_lzma):
    LZMA1, LZMA2, DELTA = _lzma.FILTER_LZMA1, _lzma.FILTER_LZMA2, _lzma.FILTER_DELTA
    BCJ = {_lzma.FILTER_X86, _lzma.FILTER_POWERPC, _lzma.FILTER_IA64, _lzma.FILTER_ARM, _lzma.FILTER_ARMTHUMB,
           _lzma.FILTER_SPARC}
    def invalid():
        return _lzma.LZMAError('Invalid or unsupported options')

    def encode(filter):
        if not isinstance(filter, dict) or 'id' not in filter:
            raise ValueError('Filter specifier must have an "id" entry')
        fid = filter['id']
        if fid in (LZMA1, LZMA2):
            preset = filter.get('preset', 6) & 0x1F
            if preset > 9:
                raise invalid()
            dict_size = filter.get('dict_size', PRESET_DICT[preset])
            if fid == LZMA2:
                for code in range(40):
                    if ((2 | (code & 1)) << (code // 2 + 11)) >= dict_size:
                        return bytes((code,))
                return bytes((40,))
            lc, lp, pb = filter.get('lc', 3), filter.get('lp', 0), filter.get('pb', 2)
            if not (0 <= lc <= 8 and 0 <= lp <= 4 and 0 <= pb <= 4):
                raise invalid()
            return bytes(((pb * 5 + lp) * 9 + lc,)) + (dict_size & 0xFFFFFFFF).to_bytes(4, 'little')
        if fid == DELTA:
            dist = filter.get('dist', 1)
            if not 1 <= dist <= 256:
                raise invalid()
            return bytes((dist - 1,))
        if fid in BCJ:
            start = filter.get('start_offset', 0)
            return b'' if start == 0 else start.to_bytes(4, 'little')
        raise ValueError('Invalid filter ID: %d' % fid)

    def decode(filter_id, encoded_props, /):
        props = bytes(memoryview(encoded_props))
        if filter_id == LZMA1:
            if len(props) != 5 or props[0] >= 9 * 5 * 5:
                raise invalid()
            lc, rest = props[0] % 9, props[0] // 9
            return {'id': filter_id, 'lc': lc, 'lp': rest % 5, 'pb': rest // 5,
                    'dict_size': int.from_bytes(props[1:], 'little')}
        if filter_id == LZMA2:
            if len(props) != 1 or props[0] > 40:
                raise invalid()
            code = props[0]
            return {'id': filter_id, 'dict_size': 0xFFFFFFFF if code == 40 else (2 | (code & 1)) << (code // 2 + 11)}
        if filter_id == DELTA:
            if len(props) != 1:
                raise invalid()
            return {'id': filter_id, 'dist': props[0] + 1}
        if filter_id in BCJ:
            if len(props) not in (0, 4):
                raise invalid()
            return {'id': filter_id, 'start_offset': int.from_bytes(props, 'little')} if props else {'id': filter_id}
        raise ValueError('Invalid filter ID: %d' % filter_id)

    _lzma._encode_filter_properties = encode
    _lzma._decode_filter_properties = decode
    for function, name in ((encode, '_encode_filter_properties'), (decode, '_decode_filter_properties')):
        function.__name__ = function.__qualname__ = name
        function.__module__ = '_lzma'
