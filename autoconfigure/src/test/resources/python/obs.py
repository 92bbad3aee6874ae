# Functions for the observability tests: each outcome and log line on demand.
import sys
import time


def ok(x):
    return x


def fail(message):
    raise ValueError(message)


def sleep(seconds):
    time.sleep(seconds)
    return seconds


def stubborn():
    # Swallows GraalPy's interrupt, so a deadline has to cancel (and replace) the context.
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass


def say(text):
    print(text)
    print("err " + text, file=sys.stderr)
    return len(text)
