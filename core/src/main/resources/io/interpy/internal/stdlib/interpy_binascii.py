"""binascii mended for an Interpy worker: GraalPy 25.0.3's crc_hqx, and hexlify/b2a_hex given a
separator, raise NotImplementedError, and its binascii has no b2a_qp. The separator is bytes.hex's,
which GraalPy has. Both written here from their documented behaviour (CRC-CCITT, polynomial
0x1021, most significant bit first; quoted-printable per RFC 1521 with binascii's line handling),
checked against CPython's answers in the tests."""


def patch(binascii):
    from operator import index

    def as_bytes(data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            view = memoryview(data)
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
        if not view.c_contiguous:
            raise BufferError('memoryview: underlying buffer is not C-contiguous')
        return view.cast('B')

    tables = []

    def crc_table():
        # Built on the first crc_hqx call, not when binascii is imported (base64, email and zipfile
        # import it): the 256 entries take about 100 ms in a worker that has not warmed up.
        if not tables:
            table = []
            for high in range(256):
                crc = high << 8
                for _ in range(8):
                    crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
                table.append(crc & 0xFFFF)
            tables.append(tuple(table))
        return tables[0]

    def crc_hqx(data, crc, /):
        """Compute CRC-CCITT incrementally."""
        view = as_bytes(data)
        crc = index(crc) & 0xFFFF
        table = crc_table()
        for byte in view:
            crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ byte]
        return crc

    def b2a_qp(data, quotetabs=False, istext=True, header=False):
        """Encode a string using quoted-printable encoding.

        On encoding, when istext is set, newlines are not encoded, and white space at end of lines
        is.  When istext is not set, \\r and \\n (CR/LF) are both encoded.  When quotetabs is set,
        space and tabs are encoded."""
        data = bytes(as_bytes(data))
        quotetabs, istext, header = index(bool(quotetabs)), index(bool(istext)), index(bool(header))
        first_lf = data.find(b'\n')
        newline = b'\r\n' if first_lf > 0 and data[first_lf - 1] == 13 else b'\n'
        out = bytearray()
        column = 0
        i, n = 0, len(data)
        while i < n:
            c = data[i]
            following = data[i + 1] if i + 1 < n else None
            quote = (c > 126 or c == 61 or (header and c == 95)
                     or (c == 46 and column == 0 and following in (None, 10, 13, 0))
                     or (not istext and c in (10, 13))
                     or (c in (9, 32) and following is None)
                     or (c < 33 and c not in (10, 13) and (quotetabs or c not in (9, 32))))
            if quote:
                if column + 3 >= 76:
                    out += b'=' + newline
                    column = 0
                out += b'=%02X' % c
                column += 3
                i += 1
            elif istext and (c == 10 or (c == 13 and following == 10)):
                # A line ends: white space before it would be lost in transport, so it is quoted.
                if out and out[-1] in (9, 32):
                    out[-1:] = b'=%02X' % out[-1]
                out += newline
                column = 0
                i += 2 if c == 13 else 1
            else:
                if following is not None and following != 10 and column + 1 >= 76:
                    out += b'=' + newline
                    column = 0
                column += 1
                out.append(95 if header and c == 32 else c)
                i += 1
        return bytes(out)

    real_hexlify = binascii.hexlify
    whole = object()

    def hexlify(data, sep=whole, bytes_per_sep=1):
        """Hexadecimal representation of binary data."""
        if sep is whole:
            return real_hexlify(data)
        return bytes(as_bytes(data)).hex(sep, bytes_per_sep).encode('ascii')

    def b2a_hex(data, sep=whole, bytes_per_sep=1):
        """Hexadecimal representation of binary data."""
        return hexlify(data, sep, bytes_per_sep)

    hexlify.__doc__ = real_hexlify.__doc__
    b2a_hex.__doc__ = getattr(binascii, 'b2a_hex', real_hexlify).__doc__
    for function in (crc_hqx, b2a_qp, hexlify, b2a_hex):
        function.__module__ = 'binascii'
        setattr(binascii, function.__name__, function)
