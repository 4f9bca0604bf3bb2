# The same loops as nested_loop.ddl in CPython: one line per run, "top|def MS".
import time

for k in range(5):
    t0 = time.perf_counter()
    s = 0.0
    for i in range(10_000_000):
        s = s + i * 0.5
    print("top", (time.perf_counter() - t0) * 1000, s)


def timed():
    for k in range(5):
        t0 = time.perf_counter()
        s = 0.0
        for i in range(10_000_000):
            s = s + i * 0.5
        print("def", (time.perf_counter() - t0) * 1000, s)


timed()
