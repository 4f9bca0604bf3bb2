# The same scalar loop in CPython, timed inside the run, to set beside loop10m.ddl.
import time

t = time.perf_counter()
s = 0
for i in range(10_000_000):
    s = s + i * 0.5
print(s, (time.perf_counter() - t) * 1000, "ms")
