# The calls of elementwise.ddl in numpy, timed the same way.
import time

import numpy as np

r = np.random.default_rng(42)
x = r.random(1_000_000) * 10 - 5
p = r.random(1_000_000) + 0.5
n = np.arange(1_000_000) % 1000 - 500
for _ in range(5):
    t = [time.perf_counter()]
    for f in (lambda: np.floor(x), lambda: np.round(x, 2), lambda: np.square(x),
              lambda: np.power(p, 1.5), lambda: np.log2(p), lambda: np.clip(x, 0, None),
              lambda: np.isnan(x), lambda: np.remainder(n, 7), lambda: np.arctan2(x, p)):
        for i in range(100):
            a = f()
        t.append(time.perf_counter())
    print(*(t[k + 1] - t[k] for k in range(len(t) - 1)))
