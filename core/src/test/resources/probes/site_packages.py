# What library code asks of installed distributions; run with the site directory holding 'mylib'
# processed as site does. Expected answer (site_packages.expected.json): this script on CPython 3.11
# after site.addsitedir() of the same directory.
import importlib.metadata as md
import json
import sys

eps = md.entry_points(group='interpy.plugins')
r = {
    'version': md.version('mylib'),
    'summary': md.metadata('mylib')['Summary'],
    'requires': md.requires('mylib'),
    'entry_points': sorted([e.name, e.value] for e in eps),
    'entry_point_loaded': eps['shout'].load()('plugin'),
    'files': sorted(str(f) for f in md.files('mylib')),
    'top_level': md.distribution('mylib').read_text('top_level.txt').split(),
    'pth_path_import': __import__('vendmod').VALUE,
    'pth_import_line_ran': getattr(sys, 'mylib_hook_ran', False),
    'pth_missing_dir_skipped': not any(p.endswith('does-not-exist') for p in sys.path),
    'packages_distributions': sorted(md.packages_distributions().get('mylib', [])),
}
result = json.dumps(r, sort_keys=True)
if __name__ == '__main__':
    print(result)
