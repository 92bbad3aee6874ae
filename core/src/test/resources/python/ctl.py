"""Functions for the timeout, cancellation and recycling tests."""
import time

state = {"finished": 0, "ran": 0}


def forever():
    while True:
        pass


def swallow_everything():
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass


def sleep_then_mark(seconds):
    time.sleep(seconds)
    state["finished"] += 1
    return state["finished"]


def spin_then_mark(n):
    s = 0
    for i in range(n):
        s += i
    state["finished"] += 1
    return state["finished"]


def mark_ran():
    state["ran"] += 1
    return state["ran"]


def counts():
    return dict(state)


calls = 0


def bump():
    global calls
    calls += 1
    return calls


def sleep(seconds):
    time.sleep(seconds)
    return seconds
