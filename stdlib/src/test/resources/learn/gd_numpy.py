"""Gradient descent for the line in vectorised numpy, timed as GdBenchmark times ddl's gd.

Prints one line per case: n, steps, and the median of the runs in milliseconds.
Usage: python3 gd_numpy.py [runs]
"""
import sys
import time

import numpy as np


def gd(x, y, lr, steps):
    phi = np.zeros(2)
    for _ in range(steps):
        r = phi[0] + phi[1] * x - y
        loss = np.sum(r ** 2)
        g = np.array([2 * np.sum(r), 2 * np.sum(r * x)])
        phi = phi - lr * g
    return phi, loss


def case(n, steps, runs):
    rng = np.random.default_rng(1)
    x = rng.uniform(0, 10, n)
    y = 3 + 2 * x + rng.standard_normal(n)
    lr = 0.1 / (2 * np.sum(x * x))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        gd(x, y, lr, steps)
        times.append((time.perf_counter() - t) * 1e3)
    print(f"numpy n={n} steps={steps} median {np.median(times):.2f} ms")


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    case(50, 1000, runs)
    case(1_000_000, 100, max(5, runs // 3))
