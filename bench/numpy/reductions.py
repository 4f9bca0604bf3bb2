# The calls of reductions.ddl in numpy, timed the same way.
import time

import numpy as np

r = np.random.default_rng(42)
x = r.random(1_000_000)
a = r.random(100_000)
v = r.random(100)
for _ in range(40):
    t0 = time.perf_counter()
    c = np.convolve(a, v)
    t1 = time.perf_counter()
    s = np.cumsum(x)
    t2 = time.perf_counter()
    o = np.sort(x)
    t3 = time.perf_counter()
    i = np.argsort(x)
    t4 = time.perf_counter()
    m = np.median(x)
    t5 = time.perf_counter()
    print(*((t - u) * 1e3 for t, u in ((t1, t0), (t2, t1), (t3, t2), (t4, t3), (t5, t4))))
