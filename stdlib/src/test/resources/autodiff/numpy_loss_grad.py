"""numpy's hand-written square loss of the line and its gradient, timed as AutodiffBenchmark times
value_and_grad in ddl: n = 1e6 points, median of the repetitions.

    python3 numpy_loss_grad.py [n] [reps]
"""
import sys
import time

import numpy as np

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 41
rng = np.random.default_rng(1)
x = rng.random(n) * 100
y = 3 + 14 * x + rng.standard_normal(n) * 50
phi = np.array([1.0, 10.0])


def loss(phi):
    return np.sum((phi[0] + phi[1] * x - y) ** 2)


def loss_and_grad(phi):
    r = phi[0] + phi[1] * x - y
    return np.sum(r ** 2), np.array([2 * np.sum(r), 2 * np.sum(r * x)])


def median_ms(f):
    for _ in range(15):
        f(phi)
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f(phi)
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2] * 1e3


lo = median_ms(loss)
lg = median_ms(loss_and_grad)
print(f"n={n} reps={reps} numpy {np.__version__}")
print(f"loss alone:      median {lo:.2f} ms")
print(f"loss + gradient: median {lg:.2f} ms")
