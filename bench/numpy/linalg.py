# The operations of linalg.ddl in numpy, timed the same way (median of reps after 3 warm-ups).
import statistics
import time

import numpy as np

r = np.random.default_rng(0)
n = 500
A = r.random((n, n)) + n * np.eye(n)
S = A + A.T
b = r.random(n)
X = r.random((1000, 1000))
Y = r.random((1000, 1000))
P = r.random((64, 64, 64))
Q = r.random((64, 64, 64))
ops = [
    ("solve", lambda: np.linalg.solve(A, b), 21),
    ("inv", lambda: np.linalg.inv(A), 21),
    ("svd", lambda: np.linalg.svd(A), 9),
    ("eigh", lambda: np.linalg.eigh(S), 9),
    ("einsum_ij_jk", lambda: np.einsum("ij,jk->ik", X, Y), 11),
    ("matmul_1000", lambda: X @ Y, 11),
    ("einsum_bij_bjk", lambda: np.einsum("bij,bjk->bik", P, Q), 51),
]
for name, f, reps in ops:
    for _ in range(3):
        f()
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        ts.append((time.perf_counter() - t0) * 1e3)
    print(name, statistics.median(ts), min(ts))
