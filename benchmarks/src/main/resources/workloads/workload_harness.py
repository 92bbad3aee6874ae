"""Times one workload inside Python, the same way under CPython and in an Interpy worker.

Each workload is a module ``wl_<name>`` whose ``run()`` does one iteration and returns a small
answer. ``measure`` runs iterations back to back for a number of seconds and reports, from the
first call: the first iteration, the mean of the iterations started in the warm-up window
(8-12 s by default), the steady state (median of the last seconds) and the answer (its repr), so
the runner can compare Interpy's answer with CPython's. Timing is inside Python
(time.perf_counter), so neither the JVM round trip nor process start counts.
"""
import importlib
import json
import statistics
import time


def _module(name):
    return importlib.import_module("wl_" + name)


def measure(name, seconds, steady_seconds, window_start=8.0, window_end=12.0):
    """One workload for ``seconds``; returns a JSON object (a str, so it crosses to Java as is)."""
    seconds, steady_seconds = float(seconds), float(steady_seconds)
    window_start, window_end = float(window_start), float(window_end)
    clock = time.perf_counter
    began = clock()
    module = _module(name)
    import_s = clock() - began
    starts, durations = [], []
    answer, unstable = None, None
    origin = clock()
    while True:
        start = clock()
        result = module.run()
        end = clock()
        starts.append(start - origin)
        durations.append(end - start)
        text = repr(result)
        if answer is None:
            answer = text
        elif text != answer and unstable is None:
            unstable = "iteration %d answered %s, the first %s" % (len(durations), text[:200], answer[:200])
        if end - origin >= seconds:
            break
    return json.dumps({
        "workload": name,
        "import_s": import_s,
        "first_s": durations[0],
        "window_s": _window(starts, durations, window_start, window_end),
        "steady_s": _steady(starts, durations, seconds - steady_seconds),
        "steady_iterations": sum(1 for s in starts if s >= seconds - steady_seconds),
        "iterations": len(durations),
        "elapsed_s": clock() - origin,
        "per_second_s": _per_second(starts, durations),
        "answer": answer,
        "unstable": unstable,
    })


def _window(starts, durations, begin, end):
    """Mean of the iterations started in [begin, end); when one iteration spans the whole window,
    the one running at ``begin``; None when the run ended before the window."""
    inside = [d for s, d in zip(starts, durations) if begin <= s < end]
    if inside:
        return sum(inside) / len(inside)
    running = [d for s, d in zip(starts, durations) if s < begin and s + d >= begin]
    return running[0] if running else None


def _steady(starts, durations, since):
    """Median of the iterations started after ``since`` (at least the last three)."""
    late = [d for s, d in zip(starts, durations) if s >= since]
    if len(late) < 3:
        late = durations[-3:]
    return statistics.median(late)


def _per_second(starts, durations):
    """Mean iteration time per second of the run, indexed by the second it started in: the warm-up curve."""
    buckets = {}
    for s, d in zip(starts, durations):
        buckets.setdefault(int(s), []).append(d)
    return [round(sum(b) / len(b), 6) if b else None
            for b in (buckets.get(i, []) for i in range(int(starts[-1]) + 1))]


def check(names):
    """Runs each workload twice (comma-separated names); returns a JSON object name -> [answer, answer, ms]
    (the answers are "error: ..." when the workload raised)."""
    answers = {}
    for name in names.split(","):
        began = time.perf_counter()
        try:
            module = _module(name)
            began = time.perf_counter()
            first = repr(module.run())
            elapsed = time.perf_counter() - began
            answers[name] = [first, repr(module.run()), round(elapsed * 1000, 1)]
        except Exception as e:  # one broken workload must not hide the others' answers
            error = "error: %s: %s" % (type(e).__name__, e)
            answers[name] = [error, error, round((time.perf_counter() - began) * 1000, 1)]
    return json.dumps(answers)
