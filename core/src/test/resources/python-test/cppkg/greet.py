from . import ORIGIN


def hello(name):
    return "hello " + name + " from " + ORIGIN


def fail():
    raise ValueError("boom")
