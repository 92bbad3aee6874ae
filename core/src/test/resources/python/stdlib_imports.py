"""Imports each standard-library module of expected/stdlib-modules.txt, one by one, in a worker."""
import json
import sys


def import_all(names):
    """{name: 'ok' or '<ExceptionType>: <message>'} for each module name, imported in this order."""
    import importlib
    out = {}
    for name in names:
        try:
            importlib.import_module(name)
            out[name] = 'ok'
        except BaseException as e:  # a denial must be an exception Python can catch: this line proves it
            out[name] = '%s: %s' % (type(e).__name__, e)
    return out


def as_json(names):
    return json.dumps(import_all(names.split(',')), sort_keys=True)


def standard_modules():
    """The public standard-library modules of this Python and their public submodules (run on
    CPython to make the expected list)."""
    import importlib
    import pkgutil
    unsafe = {'antigravity', 'this'}  # open a web browser / print when imported
    not_walked = {'test', 'idlelib', 'tkinter', 'turtledemo', 'lib2to3', 'ensurepip', 'distutils', 'encodings'}
    names = []
    for name in sorted(sys.stdlib_module_names):
        if name.startswith('_') or name in unsafe:
            continue
        names.append(name)
        if name in not_walked:
            continue
        try:
            module = importlib.import_module(name)
        except BaseException:
            continue
        for info in pkgutil.walk_packages(getattr(module, '__path__', []), name + '.', onerror=lambda n: None):
            parts = info.name.split('.')
            if any(p.startswith('_') or p.startswith('test') for p in parts) or 'windows' in info.name or 'win32' in info.name:
                continue
            names.append(info.name)
    return names
