# The same gradient descent as gd_def.ddl in numpy: one line per run, the milliseconds it took.
import time
import numpy as np

rng = np.random.default_rng(0)
x = rng.random(50)
y = 3 * x + 1 + 0.1 * rng.standard_normal(50)


def gd(phi):
    for k in range(1000):
        r = phi[0] + phi[1] * x - y
        g = np.array([2 * np.sum(r), 2 * np.sum(r * x)])
        phi = phi - 0.002 * g
    return phi


for run in range(9):
    t0 = time.perf_counter()
    p = gd(np.array([0.0, 0.0]))
    print((time.perf_counter() - t0) * 1000)
