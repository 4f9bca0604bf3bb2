# The statements of arrays.ddl in numpy, timed the same way.
import time

import numpy as np

r = np.random.default_rng(42)
x = r.random(1_000_000)
y = r.random(1_000_000)
for _ in range(5):
    acc = x
    t0 = time.perf_counter()
    for i in range(1000):
        acc = acc + y
    t1 = time.perf_counter()
    for i in range(1000):
        z = 2 * x + 1
    t2 = time.perf_counter()
    for i in range(1000):
        p = x * y
    t3 = time.perf_counter()
    print(t1 - t0, t2 - t1, t3 - t2)
