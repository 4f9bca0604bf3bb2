# numpy's twin of ufuncs.ddl: stdout, and numpy's RuntimeWarnings once per statement (as ddl
# prints them) written to ufuncs.err

import numpy as np
import sys
import warnings
pi, nan, inf = np.pi, np.nan, np.inf
x = np.array([[-2.5, -0.5], [0.5, 2.5]])
STATEMENTS = [
    'print(np.floor(x), np.ceil(x), np.trunc(x), np.rint(x))',
    'print(np.round(x), np.around([1.25, 2.675], 2), np.round(1234, -2))',
    'print(np.sign([-3, 0, 2]), np.sign(x), np.square([1, -2, 3]), np.square(x))',
    'print(np.power([1, 2, 3], 2), np.power(2, [0.5, -1]), np.float_power([2, 4], -1))',
    'print(np.fmod([-5, 5], [3, -3]), np.remainder([-5, 5], [3, -3]), np.mod(-7.5, 2))',
    'print(np.arctan2([1, -1], [-1, -1]), np.hypot([3, 5], [[4], [12]]))',
    'print(np.heaviside([-1, 0, 2], 0.5), np.reciprocal([1, 2, 4.0]), np.cbrt([27, -8]))',
    'print(np.log1p(1e-10), np.expm1(1e-10), np.exp2([0, 10]), np.log2([1, 1024]), np.log10([1, 1000]))',
    'print(np.sinh(1.0), np.cosh([0, 1]), np.arcsin(0.5), np.arccos([0, 1]), np.arctan([1, -1]))',
    'print(np.deg2rad(180), np.rad2deg([pi, pi / 3]))',
    'print(np.isnan([1, nan]), np.isinf([inf, -inf, 0]), np.isfinite([1, nan, inf]))',
    'print(np.nan_to_num([nan, inf, -inf, 1]), np.nan_to_num([nan, inf], nan=-1, posinf=99))',
    'print(np.log2([0.0, 4]))',
    'print(np.arcsin([2.0, 0]))',
    'print(np.reciprocal([0, 1]))',
    'print(np.remainder([1, 2], 0))',
    'print(np.sinh([1000.0]))',
]
with open("ufuncs.err", "w") as err:
    for statement in STATEMENTS:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            exec(statement)
        seen = []
        for w in caught:
            if str(w.message) not in seen:
                seen.append(str(w.message))
                err.write("RuntimeWarning: " + str(w.message) + "\n")
