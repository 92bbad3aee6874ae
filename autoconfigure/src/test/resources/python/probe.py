import os
import sys


def preloaded():
    return "preload_marker" in sys.modules


def sees_path_variable():
    # The JVM always has PATH; a sandbox that hides the environment must not show it.
    return "PATH" in os.environ


def context_id():
    # A fresh context re-imports this module, so the id changes when a worker is replaced.
    return id(sys.modules[__name__])


def fill_temp(nbytes):
    """'ok', or the errno name writing nbytes to a temporary file raised."""
    import errno
    import tempfile
    try:
        with tempfile.TemporaryFile() as f:
            f.write(b'x' * nbytes)
            f.flush()
        return 'ok'
    except OSError as e:
        return errno.errorcode.get(e.errno, str(e.errno))


def local_zone():
    import datetime
    import os
    return [os.environ.get('TZ'), datetime.datetime(2024, 7, 1, 12).astimezone().utcoffset().total_seconds()]
