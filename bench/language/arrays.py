# The statements of arrays.ddl in numpy, timed the same way.
import time

import numpy as np

r = np.random.default_rng(42)
x = r.random(1_000_000)
y = r.random(1_000_000)
m = x.reshape(1000, 1000)
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
    for i in range(1000):
        s0 = m.sum(axis=0)
    t4 = time.perf_counter()
    for i in range(1000):
        s1 = m.sum(axis=1)
    t5 = time.perf_counter()
    for i in range(1000):
        mx = m.max(axis=0)
    t6 = time.perf_counter()
    for i in range(1000):
        am = m.argmax(axis=1)
    t7 = time.perf_counter()
    print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6)
