"""hashlib's BLAKE2 and SHAKE mended for an Interpy worker (applied right after hashlib is imported).

GraalPy 25.0.3 makes its digests from the fixed algorithms of its Java security providers:
blake2b(digest_size=16) asks for a 'BLAKE2B-16' that no provider has, key, salt and person are
refused, blake2b's MAX_KEY_SIZE, PERSON_SIZE and MAX_DIGEST_SIZE are blake2s's, and a SHAKE
digest of other than 32 (shake_128) or 64 (shake_256) bytes is refused. These classes take their
place: plain BLAKE2 (no key, salt or person, full digest size) still runs on GraalPy's digest;
the rest is hashed on Bouncy Castle through the worker's `_bridge`, one call per digest, so such
an object keeps its input until then (a Java digest cannot be held by a worker nor hand its state
over). BLAKE2 tree hashing (fanout, depth, ...) is refused with ValueError: GraalPy ignored it.
"""

# _bridge: the Java bridge, put in this namespace by the worker before it runs.


def patch(hashlib):
    Blake2bReal = hashlib.blake2b
    Blake2sReal = hashlib.blake2s
    real_new = hashlib.new

    def as_bytes(data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        return bytes(memoryview(data))

    def answer(reply):
        reply = list(reply)
        if reply[0] != 'done':
            raise ValueError(reply[1])
        return reply[1].encode('latin-1')

    class _Hash:
        __slots__ = ()

        def hexdigest(self):
            return self.digest().hex()

        def __reduce__(self):
            raise TypeError("cannot pickle '%s' object" % type(self).__name__)

    def blake2_class(name, big):
        size = 64 if big else 32
        salt_size = 16 if big else 8
        Real = Blake2bReal if big else Blake2sReal

        class Blake2(_Hash):
            __slots__ = ('_real', '_data', '_params', 'digest_size')
            MAX_DIGEST_SIZE = size
            MAX_KEY_SIZE = size
            SALT_SIZE = salt_size
            PERSON_SIZE = salt_size
            block_size = 2 * size
            name = property(lambda self: type(self).__name__)

            def __init__(self, data=b'', /, **params):
                if params and params.keys() != {'usedforsecurity'}:
                    self._configure(data, **params)
                else:  # the common case, kept short: GraalPy's digest
                    self._real = Real(data)
                    self._data = None
                    self.digest_size = size

            def _configure(self, data, *, digest_size=size, key=b'', salt=b'', person=b'', fanout=1, depth=1,
                           leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                           usedforsecurity=True):
                key, salt, person = as_bytes(key), as_bytes(salt), as_bytes(person)
                if not 1 <= digest_size <= size:
                    raise ValueError('digest_size must be between 1 and %d bytes' % size)
                if len(key) > size:
                    raise ValueError('maximum key length is %d bytes' % size)
                if len(salt) > salt_size:
                    raise ValueError('maximum salt length is %d bytes' % salt_size)
                if len(person) > salt_size:
                    raise ValueError('maximum person length is %d bytes' % salt_size)
                if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != (1, 1, 0, 0, 0, 0, False):
                    raise ValueError('BLAKE2 tree hashing is not supported in an Interpy worker')
                self.digest_size = digest_size
                if digest_size == size and not (key or salt or person):
                    self._real = Real(data)
                    self._data = None
                else:
                    self._real = None
                    self._data = bytearray(as_bytes(data))
                    self._params = (key.decode('latin-1'), salt.ljust(salt_size, b'\0').decode('latin-1'),
                                    person.ljust(salt_size, b'\0').decode('latin-1'))

            def update(self, data, /):
                if self._real is not None:
                    self._real.update(data)
                else:
                    self._data += as_bytes(data)

            def digest(self):
                if self._real is not None:
                    return self._real.digest()
                return answer(_bridge.blake2(big, self.digest_size, *self._params, self._data.decode('latin-1')))

            def copy(self):
                twin = object.__new__(type(self))
                twin.digest_size = self.digest_size
                twin._real = None if self._real is None else self._real.copy()
                twin._data = None if self._data is None else bytearray(self._data)
                if self._data is not None:
                    twin._params = self._params
                return twin

        Blake2.__name__ = Blake2.__qualname__ = name
        Blake2.__module__ = '_blake2'
        Blake2.__doc__ = Real.__doc__
        return Blake2

    def shake_class(name, bits):
        class Shake(_Hash):
            __slots__ = ('_data',)
            digest_size = 0
            block_size = 200 - bits // 4
            name = property(lambda self: type(self).__name__)

            def __init__(self, data=b'', /, *, usedforsecurity=True):
                self._data = bytearray(as_bytes(data))

            def update(self, data, /):
                self._data += as_bytes(data)

            def digest(self, length):
                length = length.__index__()
                if length < 0:
                    raise ValueError('negative digest length')
                return answer(_bridge.shake(bits, self._data.decode('latin-1'), length))

            def hexdigest(self, length):
                return self.digest(length).hex()

            def copy(self):
                twin = object.__new__(type(self))
                twin._data = bytearray(self._data)
                return twin

        Shake.__name__ = Shake.__qualname__ = name
        Shake.__module__ = '_sha3'
        return Shake

    mended = {'blake2b': blake2_class('blake2b', True), 'blake2s': blake2_class('blake2s', False),
              'shake_128': shake_class('shake_128', 128), 'shake_256': shake_class('shake_256', 256)}

    for name, cls in mended.items():
        setattr(hashlib, name, cls)
    # hashlib.new takes the names it keeps from _hashlib from its constructor cache: with ours there,
    # hashlib.new('sha256') keeps its own speed.
    blocked = getattr(hashlib, '__block_openssl_constructor', None)
    cache = getattr(hashlib, '__builtin_constructor_cache', None)
    if isinstance(blocked, set) and isinstance(cache, dict):
        cache.update(mended)
        blocked.update(mended)
        return

    def new(name, data=b'', **kwargs):
        cls = mended.get(name)
        if cls is not None:
            return cls(data, **kwargs)
        return real_new(name, data, **kwargs)

    new.__doc__ = real_new.__doc__
    new.__module__ = 'hashlib'
    hashlib.new = new
