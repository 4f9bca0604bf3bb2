# Python's twin of pymath.ddl
import math
import numpy as np
nan = math.nan
print(math.factorial(30), math.comb(50, 10), math.perm(10, 3), math.perm(5))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log(2 ** 1000), math.log2(8), math.log10(0.001))
print(math.floor(-2.5), math.ceil(2.1), math.floor(1e20), math.fabs(-3))
print(math.gamma(5), math.gamma(1.5), math.lgamma(100))
print(math.sin(0), math.cos(0), math.tan(0.5), math.atan2(1, -1), math.hypot(3, 4, 12))
print(math.fsum([0.1, 0.2, 0.3]), math.prod([1, 2, 3, 4]), math.prod(range(1, 25)))
# ddl prints a scalar bool as true/false
print(*[str(b).lower() for b in (math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isnan(nan), math.isinf(1))])
print(math.pi, math.e)
print(np.get_printoptions())
np.set_printoptions(precision=3, suppress=True, linewidth=40)
print(np.arange(10) / 7, np.array([1e-9, 1.5]))
print(np.get_printoptions()["precision"])
np.set_printoptions(threshold=5, edgeitems=2)
print(np.arange(100))
np.set_printoptions(precision=8, suppress=False, linewidth=75, threshold=1000, edgeitems=3)
print(np.arange(10) / 7)
