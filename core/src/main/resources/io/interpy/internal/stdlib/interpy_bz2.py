"""_bz2 for an Interpy worker: BZ2Compressor and BZ2Decompressor on Apache Commons Compress.

GraalPy 25.0.3's _bz2 is a C module, which a worker without native access cannot load; without
it `import bz2` fails, and so do the libraries that import it (networkx, tarfile's and zipfile's
bzip2 modes). Bytes cross to Java as latin-1 strings (the `_bridge` the worker installs).

Differences from CPython's, by design: the compressor keeps its input until flush() and returns
the whole stream then (CPython returns a block as each fills; the bytes of the stream are the
same), and the decompressor returns the data of a stream once its end has arrived.
"""

_bridge = None  # set by the worker before this module runs


class BZ2Compressor:
    """Create a compressor object for compressing data incrementally.

    compresslevel
      Compression level, as a number between 1 and 9.

    For one-shot compression, use the compress() function instead.
    """

    def __init__(self, compresslevel=9, /):
        if not isinstance(compresslevel, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(compresslevel).__name__)
        if not 1 <= compresslevel <= 9:
            raise ValueError('compresslevel must be between 1 and 9')
        self._level = compresslevel
        self._pieces = []
        self._flushed = False

    def compress(self, data, /):
        """Provide data to the compressor object.

        Returns a chunk of compressed data if possible, or b'' otherwise.

        When you have finished providing data to the compressor, call the
        flush() method to finish the compression process.
        """
        if self._flushed:
            raise ValueError('Compressor has been flushed')
        self._pieces.append(bytes(memoryview(data)))
        return b''

    def flush(self):
        """Finish the compression process.

        Returns the compressed data left in internal buffers.

        The compressor object may not be used after this method is called.
        """
        if self._flushed:
            raise ValueError('Repeated call to flush()')
        self._flushed = True
        data = b''.join(self._pieces)
        self._pieces = None
        answer = list(_bridge.bz2_compress(data.decode('latin-1'), self._level))
        if answer[0] != 'done':
            raise OSError(answer[1])
        return answer[1].encode('latin-1')

    def __reduce__(self):
        raise TypeError("cannot pickle 'BZ2Compressor' object")


class BZ2Decompressor:
    """Create a decompressor object for decompressing data incrementally.

    For one-shot decompression, use the decompress() function instead.
    """

    def __init__(self, /):
        self._input = b''
        self._searched = 0
        self._output = b''
        self._done = False
        self._unused = b''

    @property
    def eof(self):
        """True if the end-of-stream marker has been reached."""
        return self._done and not self._output

    @property
    def unused_data(self):
        """Data found after the end of the compressed stream."""
        return self._unused if self._done else b''

    @property
    def needs_input(self):
        """True if more input is needed before more decompressed data can be produced."""
        return not self._output and not self._done

    def decompress(self, data, /, max_length=-1):
        """Decompress *data*, returning uncompressed data as bytes.

        If *max_length* is nonnegative, returns at most *max_length* bytes of
        decompressed data. If this limit is reached and further output can be
        produced, *self.needs_input* will be set to ``False``. In this case, the next
        call to *decompress()* may provide *data* as b'' to obtain more of the output.

        If all of the input data was decompressed and returned (either because this
        was less than *max_length* bytes, or because *max_length* was negative),
        *self.needs_input* will be set to True.

        Attempting to decompress data after the end of stream is reached raises an
        EOFError.  Any data found after the end of the stream is ignored and saved in
        the unused_data attribute.
        """
        if self._done and not self._output:
            raise EOFError('End of stream already reached')
        data = bytes(memoryview(data))
        if self._done:
            self._unused += data
        elif data:
            self._input += data
            answer = list(_bridge.bz2_decompress(self._input.decode('latin-1'), self._searched))
            if answer[0] == 'done':
                self._output += answer[1].encode('latin-1')
                self._unused = self._input[answer[2]:]
                self._input = b''
                self._done = True
            elif answer[0] == 'more':
                self._searched = answer[1]
            else:
                raise OSError(answer[1])
        if max_length is None or max_length < 0:
            out, self._output = self._output, b''
        else:
            out, self._output = self._output[:max_length], self._output[max_length:]
        return out

    def __reduce__(self):
        raise TypeError("cannot pickle 'BZ2Decompressor' object")
