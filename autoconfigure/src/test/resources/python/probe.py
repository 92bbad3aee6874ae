import os
import sys


def preloaded():
    return "preload_marker" in sys.modules


def environment_size():
    return len(os.environ)


def context_id():
    # A fresh context re-imports this module, so the id changes when a worker is replaced.
    return id(sys.modules[__name__])
