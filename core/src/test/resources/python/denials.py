"""Sandbox denials as library code meets them: each caught as an ordinary exception."""


def caught(what):
    try:
        result = ATTEMPTS[what]()
        return ['ok', repr(result)]
    except Exception as e:
        return [type(e).__name__, str(e)]


def _thread_start():
    import threading
    threading.Thread(target=lambda: None).start()


def _thread_pool():
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: 41 + 1).result()


def _system():
    import os
    return os.system('true')


def _crypt():
    import crypt
    return crypt.methods


def _getsizeof():
    import sys

    class Sized:
        def __sizeof__(self):
            return 100

    return [sys.getsizeof([]) < sys.getsizeof([1, 2, 3]), sys.getsizeof('a' * 100) - sys.getsizeof('a'),
            sys.getsizeof({}) < sys.getsizeof({'a': 1}), isinstance(sys.getsizeof(object()), int),
            sys.getsizeof(2 ** 100) > sys.getsizeof(1), sys.getsizeof(Sized())]


def _getsizeof_default():
    import sys
    return sys.getsizeof([1, 2, 3], -1)


ATTEMPTS = {'getsizeof': _getsizeof, 'getsizeof_default': _getsizeof_default, 'thread_start': _thread_start, 'thread_pool': _thread_pool, 'system': _system, 'crypt': _crypt}
