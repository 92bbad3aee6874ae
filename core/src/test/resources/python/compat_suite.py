"""Entry point of the compatibility suite: runs one part in the worker that takes the call and
says which worker that was, so the test can tell that every worker ran every part."""
import json

_worker = None


def run(part, names=''):
    global _worker
    if _worker is None:
        import random
        _worker = '%016x' % random.SystemRandom().getrandbits(64)
    selected = names.split(',') if names else None
    if part == 'modules':
        import stdlib_imports
        results = stdlib_imports.import_all(selected)
    elif part == 'features':
        import stdlib_features
        results = stdlib_features.run_all(selected)
    elif part == 'libraries':
        import real_libs
        results = real_libs.run_all(selected)
    else:
        raise ValueError('no such part of the suite: %r' % part)
    for answer in results.values():
        # An error's first line: GraalPy appends the Java stack of a host exception, which differs per worker.
        if 'error' in answer:
            answer['error'] = answer['error'].split('\n')[0]
    return json.dumps({'worker': _worker, 'results': results}, sort_keys=True)
