"""Temporary files as library code uses them (tempfile, plain open under gettempdir())."""
import errno
import os
import tempfile
import time


def write_temp(name, text, hold=0.0):
    """Writes a file in the temporary directory, keeps the worker busy for `hold` s, lists the directory."""
    with open(os.path.join(tempfile.gettempdir(), name), 'w') as f:
        f.write(text)
    time.sleep(hold)
    return sorted(os.listdir(tempfile.gettempdir()))


def list_temp():
    return sorted(os.listdir(tempfile.gettempdir()))


def temp_dir():
    return tempfile.gettempdir()


def fill_temp(nbytes):
    """'ok', or the errno name a full temporary directory raised."""
    try:
        with tempfile.NamedTemporaryFile() as f:
            chunk = b'x' * 65536
            for _ in range(nbytes // len(chunk)):
                f.write(chunk)
            f.flush()
        return 'ok'
    except OSError as e:
        return errno.errorcode.get(e.errno, str(e.errno))


def tempfile_kinds():
    """Each tempfile API once: what it made and that it reads back."""
    out = {}
    with tempfile.TemporaryFile() as f:
        f.write(b'temporary')
        f.seek(0)
        out['TemporaryFile'] = f.read().decode()
    with tempfile.NamedTemporaryFile('w+', suffix='.txt') as f:
        f.write('named')
        f.flush()
        out['NamedTemporaryFile'] = [os.path.dirname(f.name), open(f.name).read()]
    d = tempfile.mkdtemp(prefix='job-')
    out['mkdtemp'] = [os.path.isdir(d), os.path.dirname(d)]
    os.rmdir(d)
    with tempfile.TemporaryDirectory() as t:
        open(os.path.join(t, 'a'), 'w').write('1')
        out['TemporaryDirectory'] = os.listdir(t)
    s = tempfile.SpooledTemporaryFile(max_size=16)
    s.write(b'y' * 100)
    out['SpooledTemporaryFile_rolled'] = s._rolled
    s.seek(0)
    out['SpooledTemporaryFile_size'] = len(s.read())
    s.close()
    fd, path = tempfile.mkstemp()
    os.write(fd, b'12345')
    os.close(fd)
    out['mkstemp_size'] = os.stat(path).st_size
    os.unlink(path)
    out['left_over'] = os.listdir(tempfile.gettempdir())
    return out


def renames_and_links():
    """Atomic replace, rename, a relative symbolic link; a rename out of the temporary directory."""
    import pathlib
    import shutil
    d = tempfile.mkdtemp()
    out = {}
    target = os.path.join(d, 'data.txt')
    with open(target, 'w') as f:
        f.write('old')
    with tempfile.NamedTemporaryFile('w', dir=d, delete=False) as f:
        f.write('new')
    os.replace(f.name, target)
    out['replace'] = open(target).read()
    os.rename(target, os.path.join(d, 'moved.txt'))
    out['rename'] = sorted(os.listdir(d))
    p = pathlib.Path(d, 'moved.txt').rename(pathlib.Path(d, 'again.txt'))
    p.write_text('moved again')
    out['pathlib_rename'] = pathlib.Path(d, 'again.txt').read_text()
    with open(os.path.join(d, 'target.txt'), 'w') as f:
        f.write('target text')
    os.symlink('target.txt', os.path.join(d, 'link'))
    out['relative_symlink'] = open(os.path.join(d, 'link')).read()
    # GraalPy answers readlink with the target resolved against the link's directory; CPython keeps it relative.
    out['readlink'] = os.path.relpath(os.path.join(d, os.readlink(os.path.join(d, 'link'))), d)
    try:
        os.rename(os.path.join(d, 'again.txt'), '/var/tmp/escaped.txt')
        out['rename_out_of_tmp'] = 'renamed'
    except OSError as e:
        out['rename_out_of_tmp'] = type(e).__name__
    shutil.rmtree(d)
    return out
