"""codecs mended for an Interpy worker (applied at once: every context has imported codecs).

GraalPy 25.0.3 encodes and decodes the encodings Java knows (utf-8, latin-1, cp1252...) in Java and
makes their CodecInfo itself, by calling codecs.CodecInfo when a name is first looked up (str.encode
and bytes.decode look it up too, then call its encode/decode). Three things differ from CPython:
  - CodecInfo.name is the spelling first asked for ('UTF8'), not the codec's name ('utf-8');
  - the 'namereplace' error handler is taken for 'replace' ('?' rather than \\N{...});
  - a UnicodeError's reason is Java's ('malformed input', 'unmappable character');
  - utf-16 and utf-32's incremental encoder and stream writer wrote a byte order mark on every
    call, so a text file or stream written in several pieces had one per write (CPython: one).
CodecInfo.__new__ mends the CodecInfo GraalPy makes (only that one: its encode is a method of
GraalPy's TruffleCodec), and gives utf-16 and utf-32 the standard library's own incremental
encoder and stream writer (encodings.utf_16/utf_32: the mark once, then the native byte order;
the text wrapper asks the CodecInfo for them); the error handler codecs.namereplace_errors itself
is right and is called under a private name, which GraalPy does not take for 'replace'. The
reasons are mended by the 'strict' handler, which GraalPy's codecs look up and call on an error.
"""


def patch(codecs):
    import _codecs
    import encodings

    namereplace = 'interpy.namereplace'
    codecs.register_error(namereplace, codecs.namereplace_errors)

    def canonical(name):
        found = encodings.search_function(name.lower().replace(' ', '_'))
        if found is not None:
            return found.name
        normal = encodings.normalize_encoding(name).lower()
        # (what CPython's multibyte codecs are named: their module names, which GraalPy cannot import)
        return encodings.aliases.aliases.get(normal, normal)

    def explain_utf8(error):
        """CPython's reason and end for a UTF-8 decoding error at error.start."""
        data, start = error.object, error.start
        lead = data[start]
        if lead < 0xC2 or lead > 0xF4:
            return 'invalid start byte', start + 1
        size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        low, high = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF), 0xF4: (0x80, 0x8F)}.get(lead, (0x80, 0xBF))
        for k in range(1, size):
            if start + k >= len(data):
                return 'unexpected end of data', len(data)
            if not low <= data[start + k] <= high:
                return 'invalid continuation byte', start + k
            low, high = 0x80, 0xBF
        return None, None

    def strict_errors(exception):
        """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
        if not isinstance(exception, BaseException):
            raise TypeError('codec must pass exception instance')
        if isinstance(exception, UnicodeError):
            explain(exception)
        raise exception

    def one_byte(name):
        # CPython's single-byte codecs are 'charmap' codecs (their errors say so); cp932, cp949 and
        # cp950 are multibyte.
        return name.startswith(('cp', 'iso8859', 'iso-8859', 'koi8', 'mac', 'windows')) and name not in ('cp932', 'cp949', 'cp950')

    def explain(error):
        # Only Java's phrases are replaced: an exception a codec or handler made itself is left as it is.
        reason = error.reason
        if reason != 'malformed input' and reason != 'unmappable character':
            return
        name = str(error.encoding).lower().replace('_', '-')
        if isinstance(error, UnicodeDecodeError):
            if name in ('utf-8', 'utf8'):
                reason, end = explain_utf8(error)
                if reason is not None:
                    error.reason, error.end = reason, end
            elif name in ('ascii', 'us-ascii'):
                error.reason = 'ordinal not in range(128)'
            elif reason == 'unmappable character' and one_byte(name):
                error.encoding, error.reason = 'charmap', 'character maps to <undefined>'
        elif isinstance(error, UnicodeEncodeError):
            if reason == 'unmappable character':
                if name in ('ascii', 'us-ascii'):
                    error.reason = 'ordinal not in range(128)'
                elif name in ('latin-1', 'iso-8859-1', 'iso8859-1', 'latin1'):
                    error.reason = 'ordinal not in range(256)'
                elif one_byte(name):
                    error.encoding, error.reason = 'charmap', 'character maps to <undefined>'
            elif name.startswith('utf') and '\ud800' <= error.object[error.start] <= '\udfff':
                error.reason = 'surrogates not allowed'

    # GraalPy's codecs call the registered 'strict' handler on every error: this one raises the
    # error with CPython's reason, at no cost to text that encodes or decodes cleanly.
    codecs.register_error('strict', strict_errors)
    codecs.strict_errors = strict_errors

    def mended_encode(real):
        def encode(input, errors='strict'):
            if errors == 'namereplace':
                errors = namereplace
            return real(input, errors)

        return encode

    CodecInfo = codecs.CodecInfo
    made = CodecInfo.__new__

    marked = {'utf-16': 'encodings.utf_16', 'utf-32': 'encodings.utf_32'}

    def __new__(cls, encode, decode, *args, **kwargs):
        if type(getattr(encode, '__self__', None)).__name__ == 'TruffleCodec' and 'name' in kwargs:
            kwargs['name'] = canonical(kwargs['name'])
            encode = mended_encode(encode)
            if kwargs['name'] in marked:
                import importlib
                standard = importlib.import_module(marked[kwargs['name']])
                kwargs['incrementalencoder'] = standard.IncrementalEncoder
                kwargs['streamwriter'] = standard.StreamWriter
        return made(cls, encode, decode, *args, **kwargs)

    CodecInfo.__new__ = __new__

    # The module's own encoders (codecs.utf_8_encode...) take 'namereplace' for 'replace' too.
    def mended_function(real):
        def function(str, errors=None, *more):
            if errors == 'namereplace':
                errors = namereplace
            return real(str, errors, *more)

        function.__name__ = function.__qualname__ = real.__name__
        function.__doc__ = real.__doc__
        function.__module__ = '_codecs'
        return function

    for function in ('ascii_encode', 'latin_1_encode', 'charmap_encode', 'utf_7_encode', 'utf_8_encode',
                     'utf_16_encode', 'utf_16_le_encode', 'utf_16_be_encode',
                     'utf_32_encode', 'utf_32_le_encode', 'utf_32_be_encode'):
        real = getattr(_codecs, function, None)
        if real is not None:
            mended = mended_function(real)
            setattr(_codecs, function, mended)
            if getattr(codecs, function, None) is real:
                setattr(codecs, function, mended)

    # CodecInfo GraalPy made before this mend stay in its lookup cache; unregistering clears it.
    codecs.unregister(canonical)
