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
