"""grp for an Interpy worker: the group database of a host the worker cannot see.

GraalPy 25.0.3 has no grp module; shutil, tarfile, pathlib and others look groups up with it (and
handle a missing entry). A worker has no access to the host's /etc/group, so the database is
empty: every lookup raises KeyError as CPython's does for an unknown group.
"""

import collections as _collections


class struct_group(_collections.namedtuple('struct_group', 'gr_name gr_passwd gr_gid gr_mem')):
    """grp.struct_group: Results from getgr*() routines."""
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0


struct_group.__module__ = 'grp'


def getgrgid(id):
    """Return the group database entry for the given numeric group ID."""
    if not isinstance(id, int):
        id = int(id.__index__())
    raise KeyError('getgrgid(): gid not found: %d' % id)


def getgrnam(name):
    """Return the group database entry for the given group name."""
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument must be str, not %s' % type(name).__name__)
    raise KeyError('getgrnam(): name not found: %r' % name)


def getgrall():
    """Return a list of all available group database entries, in arbitrary order."""
    return []
