"""What the analytics package runs on: the interpreter, and the distributions it imports as pip
installed them (their dist-info metadata, read with importlib.metadata)."""
import sys
from importlib import metadata

#: The distributions analytics imports; each comes from its own jar (sample-app/README.md).
DEPENDENCIES = ("textkit",)


def about():
    return {
        "implementation": sys.implementation.name,
        "pythonVersion": "%d.%d.%d" % sys.version_info[:3],
        "dependencies": [_describe(metadata.distribution(name)) for name in DEPENDENCIES],
    }


def _describe(dist):
    entry_points = {}
    for ep in dist.entry_points:
        entry_points.setdefault(ep.group, []).append(ep.name)
    return {
        "name": dist.metadata["Name"],
        "version": dist.version,
        "summary": dist.metadata["Summary"],
        "installer": (dist.read_text("INSTALLER") or "").strip(),
        # the site-packages directory the dist-info was found in: where the import came from
        "location": str(dist.locate_file("")),
        "entryPoints": {group: sorted(names) for group, names in sorted(entry_points.items())},
    }
