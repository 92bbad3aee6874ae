"""Python code that tries to escape or break its worker; each function must fail cleanly."""
import builtins
import os


def read_passwd():
    with open("/etc/passwd") as f:
        return f.read()


def list_root():
    return os.listdir("/")


def write_file():
    # Outside /tmp: /tmp is the worker's own in-memory directory, where writing is allowed.
    with open("/var/tmp/interpy-hostile.txt", "w") as f:
        f.write("pwned")
    return "written"


def run_subprocess():
    import subprocess
    return subprocess.run(["id"], capture_output=True).returncode


def run_system():
    return os.system("id")


def java_lookup():
    import java
    return str(java.type("java.lang.System").getProperty("user.home"))


def open_socket():
    import socket
    s = socket.socket()
    s.connect(("127.0.0.1", 22))
    return "connected"


def environment():
    return dict(os.environ)


def start_thread():
    import threading
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
    return "started"


def exit_interpreter():
    import sys
    sys.exit(7)


def hard_exit():
    os._exit(9)


def deep_recursion():
    import sys
    sys.setrecursionlimit(10 ** 6)

    def down(n):
        return down(n + 1) + 1

    return down(0)


def allocate_two_gib():
    block = bytearray(2 * 1024 ** 3)
    return len(block)


def patch_builtins():
    builtins.len = lambda obj: 42
    return len([1, 2, 3])


def real_len():
    return len([1, 2, 3])


def patch_builtins_and_hold(seconds):
    import time
    builtins.len = lambda obj: 42
    time.sleep(seconds)
    return len([1, 2, 3])


_real_len = len


def restore_builtins(hold):
    import time
    builtins.len = _real_len
    time.sleep(hold)
    return True


def list_root_names_or_len():
    """3 on a clean worker, 42 on the patched one; either way the result must convert."""
    return len(["a", "b", "c"])
