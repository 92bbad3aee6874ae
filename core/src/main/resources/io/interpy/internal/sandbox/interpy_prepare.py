"""Run once in every new worker context, before any user code: what GraalPy 25.0.3 does differently
from CPython in a sandboxed context, mended behind the standard modules' own APIs, each compared
with CPython in the tests. The value of this source is the function the worker calls."""


def __interpy_prepare(site_dirs, threads, processes, bridges):
    import os
    import sys
    import time

    # -- denials as ordinary exceptions. GraalPy raises host errors no Python code can catch
    # (and that break the context) for these; CPython raises these exceptions when it cannot.
    if not threads:
        import _thread

        def start_new_thread(*args, **kwargs):
            raise RuntimeError("can't start new thread: thread creation is denied by the Interpy sandbox"
                               " (Sandbox.withThreadCreation, interpy.sandbox.thread-creation)")

        _thread.start_new_thread = start_new_thread
        _thread.start_new = start_new_thread
        if 'threading' in sys.modules:
            sys.modules['threading']._start_new_thread = start_new_thread
    if not processes:
        import errno

        def system(command):
            raise PermissionError(errno.EPERM, 'process creation is denied by the Interpy sandbox'
                                  ' (Sandbox.withProcessCreation, interpy.sandbox.process-creation)')

        os.system = system
    # The Java POSIX backend has no crypt(); _crypt fails at import. Absent, crypt raises ImportError.
    sys.modules['_crypt'] = None

    # sys.getsizeof (and every built-in __sizeof__) ends in a host error in GraalPy 25.0.3: its
    # objects have no CPython memory layout to measure. getsizeof answers what CPython 3.12 reports
    # on 64-bit Linux for the built-in scalars and containers, from their lengths (what code that
    # sizes objects compares), a class's own __sizeof__ where it has one, and an estimate else.
    _missing = object()
    _sizes = {type(None): 16, float: 24, complex: 32, range: 48, object: 16, type(Ellipsis): 16}

    def _str_size(s):
        top = max(map(ord, s)) if s else 0
        if top < 128:
            return 40 + len(s) + 1
        if top < 256:
            return 56 + len(s) + 1
        return 56 + (2 if top < 65536 else 4) * (len(s) + 1)

    def _table(n, usable_of, start):
        size = start
        while usable_of(size) < n:
            size *= 2
        return size

    def getsizeof(obj, default=_missing):
        t = type(obj)
        try:
            if t in _sizes:
                return _sizes[t]
            if isinstance(obj, bool):
                return 28
            if t is int or (isinstance(obj, int) and t.__sizeof__ is int.__sizeof__):
                return 24 + 4 * max(1, -(-abs(obj).bit_length() // 30))
            if isinstance(obj, str) and t.__sizeof__ is str.__sizeof__:
                return _str_size(obj)
            if isinstance(obj, bytes) and t.__sizeof__ is bytes.__sizeof__:
                return 33 + len(obj)
            if isinstance(obj, bytearray):
                return 56 + (len(obj) + 1 if obj else 0)
            if isinstance(obj, tuple) and t.__sizeof__ is tuple.__sizeof__:
                return 40 + 8 * len(obj)
            if isinstance(obj, list) and t.__sizeof__ is list.__sizeof__:
                return 56 + 8 * len(obj)
            if isinstance(obj, dict) and t.__sizeof__ is dict.__sizeof__:
                if not obj:
                    return 64
                size = _table(len(obj), lambda s: (2 * s) // 3, 8)
                index = 1 if size <= 128 else 2 if size <= 1 << 15 else 4
                entry = 16 if all(type(k) is str for k in obj) else 24
                return 64 + 32 + size * index + (2 * size) // 3 * entry
            if isinstance(obj, (set, frozenset)) and t.__sizeof__ in (set.__sizeof__, frozenset.__sizeof__):
                size = _table(len(obj), lambda s: (s * 3) // 5, 8)
                return 216 + (16 * size if size > 8 else 0)
            own = getattr(t, '__sizeof__', None)
            if own is not None and not any(own is getattr(b, '__sizeof__', None) for b in (object, int, str, bytes, tuple,
                                                                                          list, dict, set, frozenset)):
                size = own(obj)
                if not isinstance(size, int):
                    raise TypeError("an integer is required")
                if size < 0:
                    raise ValueError('__sizeof__() should return >= 0')
                # CPython adds the GC header, and for an instance with a __dict__ its pre-header.
                return size + (32 if hasattr(obj, '__dict__') else 16)
            slots = getattr(t, '__slots__', None)
            if slots is not None and not hasattr(obj, '__dict__'):
                return 32 + 8 * (1 if isinstance(slots, str) else len(slots))
            return 56 if hasattr(obj, '__dict__') else 16
        except (TypeError, ValueError):
            if default is not _missing:
                return default
            raise

    sys.getsizeof = getsizeof

    # -- time: tzset set the whole JVM's default zone from TZ; tzname named a DST zone for zones
    # without one; strftime formatted %Z in the JVM's zone and did not know %z.
    def tzset():
        'Does nothing: an Interpy worker has the time zone of its pool (interpy.python.time-zone).'

    time.tzset = tzset
    if not time.daylight:
        time.tzname = (time.tzname[0], time.tzname[0])

    _strftime = time.strftime
    _localtime = time.localtime

    def strftime(format, t=None):
        if t is None:
            t = _localtime()
        zone = getattr(t, 'tm_zone', None)
        offset = getattr(t, 'tm_gmtoff', None)
        if (zone is None or offset is None) and isinstance(t, tuple) and len(t) >= 9:
            # A plain 9-tuple: CPython names the local zone and, with no offset known, +0000.
            zone = time.tzname[1 if t[8] > 0 else 0]
            offset = 0
        if isinstance(format, str) and zone is not None and offset is not None and (
                '%Z' in format or '%z' in format):
            sign = '-' if offset < 0 else '+'
            minutes = abs(offset) // 60
            numeric = '%s%02d%02d' % (sign, minutes // 60, minutes % 60)
            format = '%%'.join(part.replace('%z', numeric).replace('%Z', zone.replace('%', '%%'))
                               for part in format.split('%%'))
        return _strftime(format, t)

    strftime.__doc__ = _strftime.__doc__
    time.strftime = strftime

    # -- tempfile: with O_TMPFILE GraalPy creates a named file deleted only when the context exits,
    # so every TemporaryFile would stay in the worker's limited /tmp. Without it, tempfile creates
    # and unlinks at once, as CPython does on platforms without O_TMPFILE.
    if hasattr(os, 'O_TMPFILE'):
        del os.O_TMPFILE

    # -- unicodedata: completed by its mend (interpy_unicodedata.py, below), applied at once.
    import unicodedata

    # -- modules patched right after their first import, so no worker pays for an import it does
    # not use: re.Scanner fell back to the C _sre (native access), asyncio's event loop needs a
    # socket pair and select(), which the Java POSIX backend excludes.
    def patch_re(re):
        class Scanner:
            """re.Scanner on the compiled alternation of the phrases: the groups are numbered as
            CPython's Scanner numbers them, so lastindex picks the same lexicon entry."""

            def __init__(self, lexicon, flags=0):
                self.lexicon = lexicon
                phrases = [phrase for phrase, _ in lexicon]
                if phrases and isinstance(phrases[0], bytes):
                    combined = b'|'.join(b'(' + p + b')' for p in phrases)
                else:
                    combined = '|'.join('(' + p + ')' for p in phrases)
                self.scanner = re.compile(combined, flags)

            def scan(self, string):
                result = []
                append = result.append
                match = self.scanner.match
                i = 0
                while True:
                    m = match(string, i)
                    if not m:
                        break
                    j = m.end()
                    if i == j:
                        break
                    action = self.lexicon[m.lastindex - 1][1]
                    if callable(action):
                        self.match = m
                        action = action(self, m.group())
                    if action is not None:
                        append(action)
                    i = j
                return result, string[i:]

        Scanner.__module__ = 're'
        re.Scanner = Scanner

    def patch_selector_events(selector_events):
        import selectors as real

        class SleepSelector(real.BaseSelector):
            """What the event loop waits on while no file can be watched: it sleeps until the
            next timer. Registering a file fails as select() itself would."""

            def __init__(self):
                self._map = {}

            def register(self, fileobj, events, data=None):
                raise OSError(38, 'select() is not available in an Interpy worker (Java POSIX backend)')

            def unregister(self, fileobj):
                raise KeyError(fileobj)

            def select(self, timeout=None):
                if timeout is None:
                    raise RuntimeError('the event loop would wait forever: nothing is scheduled and no file can be watched')
                if timeout > 0:
                    time.sleep(timeout)
                return []

            def close(self):
                pass

            def get_map(self):
                return self._map

        class Selectors:
            def __getattr__(self, name):
                return getattr(real, name)

        shim = Selectors()
        shim.DefaultSelector = SleepSelector
        selector_events.selectors = shim
        loop = selector_events.BaseSelectorEventLoop

        def _make_self_pipe(self):
            # No socket pair: nothing is selectable, and no other thread can wake the loop.
            self._ssock = self._csock = None

        def _close_self_pipe(self):
            pass

        def _write_to_self(self):
            pass

        loop._make_self_pipe = _make_self_pipe
        loop._close_self_pipe = _close_self_pipe
        loop._write_to_self = _write_to_self

    def patch_networkx_argmap(decorators):
        # GraalPy 25.0.3 answers function.__kwdefaults__ with a new dict each time, so a change
        # made to it in place is lost (oracle/graalpython#561, fixed after 25.0). networkx's argmap
        # decorator, behind most of its algorithms, stores its wrapper that way: assign instead.
        argmap = decorators.argmap
        wrap = argmap.__call__

        def __call__(self, f):
            func = wrap(self, f)
            defaults = dict(func.__kwdefaults__ or {})
            defaults.update(f.__kwdefaults__ or {})
            defaults['_argmap__wrapper'] = func
            func.__kwdefaults__ = defaults
            return func

        __call__.__doc__ = wrap.__doc__
        argmap.__call__ = __call__

    class PatchingLoader:
        def __init__(self, loader, patch):
            self._loader = loader
            self._patch = patch

        def create_module(self, spec):
            return self._loader.create_module(spec)

        def exec_module(self, module):
            self._loader.exec_module(module)
            self._patch(module)

        def __getattr__(self, name):
            return getattr(self._loader, name)

    class AfterImport:
        """A meta path finder that finds nothing itself: for a watched module it takes the spec the
        other finders give and runs the patch once the module has executed."""

        def __init__(self, patches):
            self._patches = patches

        def find_spec(self, name, path=None, target=None):
            patch = self._patches.pop(name, None)
            if patch is None:
                return None
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, 'find_spec'):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None and spec.loader is not None:
                    spec.loader = PatchingLoader(spec.loader, patch)
                    return spec
            return None

    def patch_socket(socket):
        # GraalPy's Java POSIX backend has no sockets: creating one was a host error no Python
        # code could catch. Now the OSError CPython raises where sockets are not permitted.
        import errno

        def denied(*args, **kwargs):
            raise PermissionError(errno.EPERM, 'sockets are not available in an Interpy worker (GraalPy runs its'
                                  ' POSIX layer in Java, without sockets; interpy.sandbox.socket-access does not change that)')

        socket.socket.__init__ = denied
        socket.socketpair = denied
        socket.create_connection = denied
        socket.create_server = denied
        socket.fromfd = denied

    patches = {'re': patch_re, 'asyncio.selector_events': patch_selector_events,
               'networkx.utils.decorators': patch_networkx_argmap, 'socket': patch_socket}
    if not processes:
        def patch_subprocess(subprocess):
            import errno

            def denied(self, *args, **kwargs):
                self._child_created = False  # what Popen.__del__ looks at
                raise PermissionError(errno.EPERM, 'process creation is denied by the Interpy sandbox'
                                      ' (Sandbox.withProcessCreation, interpy.sandbox.process-creation)')

            subprocess.Popen.__init__ = denied

        patches['subprocess'] = patch_subprocess
    # -- mends kept beside the Java bridges (interpy_<module>.py, each defining patch(module) and
    # explained there): applied at once to a module this prepare step or GraalPy already imported,
    # else right after its first import. Without native access they include GraalPy's Java stand-ins
    # for C modules (_lzma).
    def mend(name):
        def apply(module):
            namespace = {'__name__': 'interpy_mend_' + name.strip('_'), '_bridge': bridges}
            exec(compile(bridges.mend_source(name), '<interpy %s>' % name, 'exec'), namespace)
            return namespace['patch'](module)

        return apply

    def rewrite_except_star(apply):
        # A module whose source has an except* clause (at the start of a line) goes through the
        # mend, which is compiled itself only then: GraalPy runs except* as NotImplementedError.
        external = sys.modules['importlib._bootstrap_external']
        plain = external.SourceLoader.source_to_code
        rewrite = []

        def has_clause(data, star, newline):
            found = data.find(star)
            while found >= 0:
                if not data[data.rfind(newline, 0, found) + 1:found].strip():
                    return True
                found = data.find(star, found + 1)
            return False

        def source_to_code(self, data, path, *, _optimize=-1):
            text = isinstance(data, str)
            newline = '\n' if text else b'\n'
            if has_clause(data, 'except*' if text else b'except*', newline) or has_clause(
                    data, 'except *' if text else b'except *', newline):
                if not rewrite:
                    rewrite.append(apply(external))
                return rewrite[0](data, path, _optimize, lambda source: plain(self, source, path, _optimize=_optimize))
            return plain(self, data, path, _optimize=_optimize)

        source_to_code.__doc__ = plain.__doc__
        external.SourceLoader.source_to_code = source_to_code

    for name in bridges.mends:
        if name == 'except*':
            rewrite_except_star(mend(name))
        elif name in sys.modules:
            mend(name)(sys.modules[name])
        else:
            patches[name] = mend(name)
    sys.meta_path.insert(0, AfterImport(patches))

    # -- C modules a worker without native access cannot load, in Java behind their Python API
    # (pyexpat on the JDK's XML parser, _bz2 on Commons Compress), compiled on first import.
    if bridges.sandboxed:
        import importlib.machinery
        java_modules = set(bridges.modules)

        class JavaBacked:
            @classmethod
            def find_spec(cls, name, path=None, target=None):
                if name == 'ctypes' or name == '_ctypes':
                    # GraalPy's _ctypes imports without native access, then ctypes fails on a
                    # missing name; say why instead.
                    raise ImportError("ctypes needs native code, which the Interpy sandbox denies"
                                      " (Sandbox.withNativeAccess, interpy.sandbox.native-access; only a"
                                      " pool of one worker may grant it)", name=name)
                if name in java_modules:
                    return importlib.machinery.ModuleSpec(name, cls, origin='interpy:' + name)
                return None

            @staticmethod
            def create_module(spec):
                return None

            @staticmethod
            def exec_module(module):
                name = module.__spec__.name
                exec(compile(bridges.source(name), '<interpy %s>' % name, 'exec'), module.__dict__)
                module._bridge = bridges

        sys.meta_path.insert(1, JavaBacked)

        # Any other C extension (sqlite3's _sqlite3, termios, a library's speedups): GraalPy raised
        # "Cannot run any C extensions" the first time and, misleadingly, a SystemError about
        # IsolateNativeModules after; an ImportError naming the module and the setting instead,
        # which libraries with a pure-Python fallback already catch.
        def create_module(self, spec):
            raise ImportError("cannot load C extension module '%s' (%s): native code is denied by the Interpy"
                              " sandbox (Sandbox.withNativeAccess, interpy.sandbox.native-access; GraalPy loads C"
                              " extensions into one context per JVM, so only a pool of one worker may grant it)"
                              % (spec.name, (spec.origin or '').rpartition('/')[2]), name=spec.name, path=spec.origin)

        importlib.machinery.ExtensionFileLoader.create_module = create_module

    # -- site directories: their .pth files, processed by site itself (imported only when needed).
    if site_dirs:
        import site
        for d in site_dirs.split(os.pathsep):
            site.addsitedir(d)


__interpy_prepare
