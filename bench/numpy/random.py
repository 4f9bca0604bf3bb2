# The statements of random.ddl in numpy: seconds per statement, 9 rounds.
import time

import numpy as np

np.random.seed(0)
rng = np.random.default_rng(0)
for r in range(9):
    t0 = time.perf_counter()
    a = np.random.normal(size=10**7)
    t1 = time.perf_counter()
    b = rng.standard_normal(10**7)
    t2 = time.perf_counter()
    c = np.random.rand(10**7)
    t3 = time.perf_counter()
    print(t1 - t0, t2 - t1, t3 - t2)
