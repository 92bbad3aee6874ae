# What code in a virtual environment sees of packages installed for development (pip install -e): .pth
# lines naming directories outside site-packages (absolute, relative, missing, repeated, behind a link)
# and an editable finder. Run with BASE, the layout's directory (EditableInstallTest.layout), after
# site.addsitedir() of its site-packages. Expected answer (editable_install.expected.json): this script
# on CPython 3.11 after site.addsitedir() of the same layout.
import json
import os
import sys
from importlib import resources

import devlib
import devpkg
import edpkg
import linkedmod


def rel(path):
    return os.path.relpath(path, BASE)


result = json.dumps({
    'sys_path': [rel(p) for p in sys.path if p.startswith(BASE + os.sep)],
    'devpkg': devpkg.greet('Ada'),
    'devpkg_file': rel(devpkg.__file__),
    'devpkg_data': resources.files('devpkg').joinpath('data.txt').read_text(),
    'devpkg_listing': sorted(n for n in os.listdir(os.path.dirname(devpkg.__file__)) if n != '__pycache__'),
    'devlib': devlib.VALUE,
    'devlib_file': rel(devlib.__file__),
    'edpkg': edpkg.NAME,
    'edpkg_file': rel(edpkg.__file__),
    'linkedmod': linkedmod.WHERE,
    'linkedmod_file': rel(linkedmod.__file__),
    'import_line_ran': getattr(sys, 'pth_import_ran', False),
}, sort_keys=True)
