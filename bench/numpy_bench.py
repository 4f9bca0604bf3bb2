#!/usr/bin/env python3
"""The operations of the JMH suite in numpy, timed with timeit.

Prints one JSON object: {"numpy": version, "results": {name: median seconds per op}, "loops": ...}.
Each figure is the median over `repeat` runs of the per-call time of a timeit loop sized to take
about 0.2 s, so short ops are not dominated by the timer. Names match report.py's keys.
Usage: numpy_bench.py [--quick] [--only SUBSTRING] > numpy.json
       numpy_bench.py --loop-memory   (the memory of the add loop, as LoopMemory)
"""
import json
import statistics
import sys
import time
import timeit

import numpy as np


def median_time(stmt, repeat=9, target=0.2):
    t = timeit.Timer(stmt)
    number, _ = t.autorange()  # smallest 1, 2, 5, 10, ... taking >= 0.2 s
    number = max(1, int(number * target / 0.2))
    times = t.repeat(repeat=repeat, number=number)
    return statistics.median(times) / number, number


def status(field):
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


def loop_memory(rounds=5):
    """The loop of 1000 adds on 1e6 elements in a fresh process: time and memory after each round."""
    rng = np.random.default_rng(42)
    x = rng.random(1000000)
    y = rng.random(1000000)
    out = {"mode": "add", "rssBeforeMB": status("VmRSS"), "rounds": []}
    for _ in range(rounds):
        t0 = time.perf_counter()
        acc = x
        for _ in range(1000):
            acc = acc + y
        out["rounds"].append({"seconds": time.perf_counter() - t0, "rssMB": status("VmRSS"),
                              "hwmMB": status("VmHWM")})
    print(json.dumps(out))


def main():
    if "--loop-memory" in sys.argv:
        loop_memory()
        return
    quick = "--quick" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
    repeat = 5 if quick else 9
    rng = np.random.default_rng(42)
    cases = {}
    for n in (10, 1000, 1000000):
        x = rng.random(n)
        y = rng.random(n)
        cases[f"add/{n}"] = lambda x=x, y=y: x + y
        cases[f"mul/{n}"] = lambda x=x, y=y: x * y
        cases[f"axpb/{n}"] = lambda x=x: 2 * x + 1
        o = np.empty(n)
        cases[f"add_out/{n}"] = lambda x=x, y=y, o=o: np.add(x, y, out=o)
    m = rng.random((1000, 1000))
    cases["sum_axis0/1000x1000"] = lambda: m.sum(axis=0)
    cases["sum_axis1/1000x1000"] = lambda: m.sum(axis=1)
    for n in (1000, 2000):
        a = rng.random((n, n))
        b = rng.random((n, n))
        cases[f"matmul/{n}"] = lambda a=a, b=b: a @ b
    x = rng.random(1000000)
    y = rng.random(1000000)

    def loop_add():
        acc = x
        for _ in range(1000):
            acc = acc + y
        return acc

    def loop_add_inplace():
        acc = x.copy()
        for _ in range(1000):
            acc += y
        return acc

    cases["loop_add/1000x1e6"] = loop_add
    cases["loop_add_inplace/1000x1e6"] = loop_add_inplace

    results = {}
    loops = {}
    for name, fn in cases.items():
        if only and only not in name:
            continue
        r = 3 if name.startswith("loop") else repeat
        results[name], loops[name] = median_time(fn, repeat=r)
        print(f"{name}: {results[name]:.3e} s ({loops[name]} calls x {r})", file=sys.stderr)
    print(json.dumps({"numpy": np.__version__, "results": results, "loops": loops}, indent=1))


if __name__ == "__main__":
    main()
