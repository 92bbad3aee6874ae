# Package data as library code reads it; run in a root holding the package 'datapkg'.
# The expected answer (package_data.expected.json) is this script's output on CPython 3.11
# (python3 package_data.py with the package's root on PYTHONPATH).
import glob
import importlib.resources
import json
import os
import pkgutil

import datapkg

base = os.path.dirname(datapkg.__file__)
data = os.path.join(base, 'data')
r = {}
r['resources_text'] = importlib.resources.files('datapkg').joinpath('data/table.csv').read_text()
r['resources_bytes'] = len(importlib.resources.files('datapkg').joinpath('data/words.txt').read_bytes())
r['resources_iterdir'] = sorted(p.name for p in importlib.resources.files('datapkg').joinpath('data').iterdir())
r['pkgutil'] = pkgutil.get_data('datapkg', 'data/table.csv').decode()
with open(os.path.join(data, 'words.txt'), 'rb') as f:
    r['open_dirname_file'] = sum(f.read())
r['listdir'] = sorted(os.listdir(data))
r['walk'] = sorted([os.path.relpath(d, base), sorted(f for f in fs if not f.endswith('.pyc'))]
                   for d, ds, fs in os.walk(base) if '__pycache__' not in d)
r['glob'] = sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(data, '*.csv')))
r['glob_recursive'] = sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, '**', '*.txt'), recursive=True))
st = os.stat(os.path.join(data, 'table.csv'))
r['stat_size'] = st.st_size
r['stat_mtime_plausible'] = st.st_mtime > 1e9
r['isdir_isfile'] = [os.path.isdir(data), os.path.isfile(os.path.join(data, 'table.csv')), os.path.exists(os.path.join(data, 'nope'))]
result = json.dumps(r, sort_keys=True)
if __name__ == '__main__':
    print(result)
