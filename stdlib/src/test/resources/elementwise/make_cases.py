"""Writes cases.json: numpy's (and Python's math module's) results for ddl's built-ins of
creation, elementwise functions, ndarray methods, astype and math.*.

Run from this folder with the numpy and Python the cases were made with (numpy 2.4.6, Python
3.11.7):

    python3 make_cases.py

Each case names a ddl built-in, its positional and keyword arguments, and numpy's result or error
with the RuntimeWarnings it printed. Encodings: array {"shape", "dtype", "data"} (nan/inf as
strings); numpy scalar {"scalar", "dtype": "float64"|"int64"|"bool"}; Python scalar {"scalar",
"dtype": "float"|"int"|"bool"} (ints as strings: exact at any size); Python type {"type": "int"};
list {"list": [...]}; tuple {"tuple": [...]}; None null; strings as is. "result_of": 0 compares
argument 0 after the call (in-place methods) instead of the result. "tol" is relative (0: the
same bits).
"""

import json
import math
import warnings

import numpy as np

rng = np.random.default_rng(20261202)
cases = []


def num(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    return v


def enc(a):
    if a is None:
        return None
    if isinstance(a, type):
        return {"type": a.__name__}
    if isinstance(a, str):
        return a
    if isinstance(a, tuple):
        return {"tuple": [enc(x) for x in a]}
    if isinstance(a, list):
        return {"list": [enc(x) for x in a]}
    if isinstance(a, dict):
        return {"dict": {k: enc(v) for k, v in a.items()}}
    if isinstance(a, bool):
        return {"scalar": a, "dtype": "bool"}
    if isinstance(a, int):
        return {"scalar": str(a), "dtype": "int"}
    if isinstance(a, float):
        return {"scalar": num(a), "dtype": "float"}
    if isinstance(a, np.generic):
        return {"scalar": num(a.item()), "dtype": str(a.dtype)}
    a = np.asarray(a)
    return {"shape": list(a.shape), "dtype": str(a.dtype), "data": [num(x) for x in a.ravel().tolist()]}


ERRORS = ("AxisError", "IndexError", "ValueError", "TypeError", "OverflowError", "ZeroDivisionError")


def add(fn, call, args, kwargs=None, tol=0.0, result_of=None):
    """One case: call() computes numpy's answer for ddl's fn(*args, **kwargs)."""
    kwargs = kwargs or {}
    case = {"id": f"{fn}-{sum(1 for c in cases if c['fn'] == fn)}", "fn": fn,
            "args": [enc(a) for a in args], "kwargs": {k: enc(v) for k, v in kwargs.items()},
            "tol": tol}
    if result_of is not None:
        case["result_of"] = result_of
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = call()
            arrays = [a for a in list(args) + list(kwargs.values()) if isinstance(a, np.ndarray)]
            if isinstance(r, np.generic) and arrays and all(a.ndim == 0 for a in arrays):
                r = np.asarray(r)  # numpy gives a scalar for 0-d arrays; ddl keeps a 0-d tensor
            case["expected"] = enc(r)
        except Exception as e:
            kinds = [k.__name__ for k in type(e).__mro__]
            case["expected"] = {"error": next(k for k in ERRORS if k in kinds), "message": str(e)}
    seen = []
    for x in w:
        if issubclass(x.category, RuntimeWarning) and str(x.message) not in seen:
            seen.append(str(x.message))
    case["warnings"] = seen
    cases.append(case)


def shape(max_ndim=3, zero=True):
    nd = int(rng.integers(0, max_ndim + 1))
    lo = 0 if zero and rng.random() < 0.12 else 1
    return tuple(int(rng.integers(lo, 5)) for _ in range(nd))


def floats(s, lo=-5.0, hi=5.0, special=0.3, digits=3):
    a = np.round(rng.uniform(lo, hi, s), digits)
    if a.size and rng.random() < special:
        flat = a.reshape(-1)
        for _ in range(int(rng.integers(1, 3))):
            flat[int(rng.integers(0, a.size))] = [np.nan, np.inf, -np.inf, 0.0, -0.0][int(rng.integers(0, 5))]
    return a


def ints(s, lo=-6, hi=7):
    return rng.integers(lo, hi, s).astype(np.int64)


def bools(s):
    return rng.random(s) < 0.5


def compatible(s):
    t = [1 if rng.random() < 0.3 else d for d in s]
    drop = int(rng.integers(0, len(t) + 1)) if rng.random() < 0.4 else 0
    return tuple(t[drop:])


def big_shape():
    while True:
        s = shape(3, zero=False)
        if any(d > 1 for d in s):
            return s


def incompatible(s):
    t = list(s)
    i = [k for k, d in enumerate(t) if d > 1][0]
    t[i] += 1
    return tuple(t)


# ---- unary ufuncs -------------------------------------------------------------------------------
# (name, numpy function, value range, dtypes, tolerance); bool inputs only where numpy's result
# dtype is one ddl has (numpy computes the others in float16 or int8)
EXACT = 0.0
TRANS = 1e-14
UNARY = [
    ("floor", np.floor, (-5, 5), "fib", EXACT),
    ("ceil", np.ceil, (-5, 5), "fib", EXACT),
    ("trunc", np.trunc, (-5, 5), "fib", EXACT),
    ("rint", np.rint, (-5, 5), "fi", EXACT),
    ("sign", np.sign, (-5, 5), "fib", EXACT),
    ("log1p", np.log1p, (-1.5, 5), "fi", TRANS),
    ("expm1", np.expm1, (-5, 5), "fi", TRANS),
    ("log2", np.log2, (-1, 1000), "fi", TRANS),
    ("log10", np.log10, (-1, 1000), "fi", TRANS),
    ("exp2", np.exp2, (-1100, 1100), "fi", TRANS),
    ("sinh", np.sinh, (-800, 800), "fi", TRANS),
    ("cosh", np.cosh, (-800, 800), "fi", TRANS),
    ("arcsin", np.arcsin, (-1.5, 1.5), "fi", TRANS),
    ("arccos", np.arccos, (-1.5, 1.5), "fi", TRANS),
    ("arctan", np.arctan, (-10, 10), "fi", TRANS),
    ("isnan", np.isnan, (-5, 5), "fib", EXACT),
    ("isinf", np.isinf, (-5, 5), "fib", EXACT),
    ("isfinite", np.isfinite, (-5, 5), "fib", EXACT),
    ("reciprocal", np.reciprocal, (-4, 4), "fi", EXACT),
    ("square", np.square, (-1e200, 1e200), "fi", EXACT),
    ("cbrt", np.cbrt, (-1000, 1000), "fi", TRANS),
    ("deg2rad", np.deg2rad, (-720, 720), "fi", EXACT),
    ("rad2deg", np.rad2deg, (-7, 7), "fi", EXACT),
]
for name, f, (lo, hi), kinds, tol in UNARY:
    for i in range(12):
        kind = kinds[i % len(kinds)]
        s = shape()
        if kind == "f":
            a = floats(s, lo, hi)
        elif kind == "i":
            a = ints(s, int(max(lo, -20)), int(min(hi, 20)) + 1)
        else:
            a = bools(s)
        add(name, lambda: f(a), [a], tol=tol)
    for x in (0.5, -3, 2, True, 0.0, float("nan")):  # Python scalars in: a numpy scalar out
        if not isinstance(x, bool) or "b" in kinds:
            add(name, lambda: f(x), [x], tol=tol)
add("sign", lambda: np.sign(np.array([True, False])), [np.array([True, False])])
add("square", lambda: np.square(np.array([3037000500, -4], dtype=np.int64)), [np.array([3037000500, -4])])
big = np.array([1e300, -1e300, 1e-320, 2.0])
for name, f in (("square", np.square), ("reciprocal", np.reciprocal), ("exp2", np.exp2),
                ("rad2deg", np.rad2deg)):
    add(name, lambda: f(big), [big], tol=TRANS)
powers = np.array([0.25, 0.5, 1, 2, 4, 1024, 2.0 ** -1074, 2.0 ** 1023, 3, 10, 1e-300, 7])
add("log2", lambda: np.log2(powers), [powers], tol=1e-15)
add("log10", lambda: np.log10(np.array([1, 10, 100, 1e22, 1e-5, 0.001])),
    [np.array([1, 10, 100, 1e22, 1e-5, 0.001])], tol=1e-15)

# ---- round / around -----------------------------------------------------------------------------
for fn in ("round", "around"):
    for i in range(14):
        s = shape()
        a = np.round(rng.uniform(-50, 50, s) * 8) / 8 + (0.005 if i % 3 == 0 else 0)  # halves
        d = int(rng.integers(-2, 4))
        add(fn, lambda: np.round(a, d), [a], {"decimals": d})
    for a, d in ((np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125]), 0),
                 (np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125]), 2),
                 (np.array([1234.5678, -15.0, 25.0, 35.0, np.nan, np.inf]), -1),
                 (np.array([1.23456789e10, 5.55e-7]), 12),
                 (np.array([15, 25, -35, 149, 150, 151]), -1),
                 (np.array([15, 25, -35, 149, 150, 151]), -2),
                 (np.array([15, 25, -35]), 3)):
        add(fn, lambda: np.round(a, d), [a], {"decimals": d})
    for x, d in ((2.5, 0), (2.675, 2), (1234.5, -2), (7, 0), (15, -1), (-0.5, 0)):
        add(fn, lambda: np.round(x, d), [x, d])

# ---- nan_to_num ---------------------------------------------------------------------------------
for i in range(12):
    a = floats(shape(), special=0.9)
    kw = {}
    if i % 3 == 1:
        kw = {"nan": -1.0, "posinf": 99.0}
    if i % 3 == 2:
        kw = {"neginf": -7.5}
    add("nan_to_num", lambda: np.nan_to_num(a, **kw), [a], kw)
x = np.array([np.nan, np.inf, -np.inf, 2.0])
add("nan_to_num", lambda: np.nan_to_num(x.copy(), copy=False), [x.copy()], {"copy": False}, result_of=0)
for a in (ints((3,)), bools((2, 2)), float("nan"), float("inf"), 3):
    add("nan_to_num", lambda: np.nan_to_num(a), [a])

# ---- binary ufuncs ------------------------------------------------------------------------------
BINARY = [
    ("power", np.power, TRANS),
    ("float_power", np.float_power, TRANS),
    ("arctan2", np.arctan2, TRANS),
    ("hypot", np.hypot, 1e-15),
    ("heaviside", np.heaviside, EXACT),
    ("fmod", np.fmod, EXACT),
    ("remainder", np.remainder, EXACT),
    ("mod", np.mod, EXACT),
]


def operand(s, kind):
    if rng.random() < 0.25:
        return float(np.round(rng.uniform(-4, 4), 2)) if kind == "f" else int(rng.integers(-3, 4))
    t = compatible(s)
    return floats(t, -4, 4, digits=1) if kind == "f" else ints(t, -4, 5)


for name, f, tol in BINARY:
    for i in range(18):
        s = shape()
        k1, k2 = "fi"[i % 2], "fi"[(i // 2) % 2]
        a = floats(s, -4, 4, digits=1) if k1 == "f" else ints(s, -4, 5)
        b = operand(s, k2)
        if name == "power" and k1 == "i" and k2 == "i":
            b = np.abs(b) if i % 4 else b  # mostly allowed exponents; sometimes numpy's error
        if rng.random() < 0.5:
            a, b = b, a
            if name == "power" and not isinstance(a, np.ndarray) and not isinstance(b, np.ndarray):
                pass
        add(name, lambda: f(a, b), [a, b], tol=tol)
    s = big_shape()
    a, b = floats(s), floats(incompatible(s))
    add(name, lambda: f(a, b), [a, b], tol=tol)
    add(name, lambda: f(2.5, -1.5), [2.5, -1.5], tol=tol)
    add(name, lambda: f(7, 3), [7, 3], tol=tol)
zeros = np.array([0.0, 0.0, -0.0, 2.0])
expo = np.array([-1.0, 0.5, -2.0, 1e4])
add("power", lambda: np.power(zeros, expo), [zeros, expo], tol=TRANS)
add("power", lambda: np.power(np.array([-8.0, 2.0]), np.array([1 / 3, 2000.0])),
    [np.array([-8.0, 2.0]), np.array([1 / 3, 2000.0])], tol=TRANS)
add("power", lambda: np.power(np.array([2, 3]), -1), [np.array([2, 3]), -1])
add("power", lambda: np.power(2, -1), [2, -1])
add("power", lambda: np.power(np.array([2, 3, -2]), np.array([62, 40, 63])),
    [np.array([2, 3, -2]), np.array([62, 40, 63])])
add("float_power", lambda: np.float_power(np.array([2, 3]), -1), [np.array([2, 3]), -1], tol=TRANS)
for name, f in (("fmod", np.fmod), ("remainder", np.remainder), ("mod", np.mod)):
    a, b = np.array([5, -5, 3, 0]), np.array([3, 3, 0, 0])
    add(name, lambda: f(a, b), [a, b])
    a, b = np.array([5.0, -5.0, 3.0, np.inf, 1.0]), np.array([3.0, -3.0, 0.0, 2.0, np.inf])
    add(name, lambda: f(a, b), [a, b])
add("hypot", lambda: np.hypot(np.array([1e308, 3.0]), np.array([1e308, np.inf])),
    [np.array([1e308, 3.0]), np.array([1e308, np.inf])], tol=1e-15)
add("heaviside", lambda: np.heaviside(np.array([-1.0, 0.0, -0.0, 2.0, np.nan]), np.array([0.5])),
    [np.array([-1.0, 0.0, -0.0, 2.0, np.nan]), np.array([0.5])])

# ---- clip ---------------------------------------------------------------------------------------
for i in range(20):
    s = shape()
    a = floats(s, digits=1) if i % 2 else ints(s)
    lo = None if i % 4 == 1 else operand(s, "fi"[i % 3 == 0])
    hi = None if i % 4 == 2 else operand(s, "i")
    add("clip", lambda: np.clip(a, lo, hi), [a, lo, hi])
    if i % 5 == 0:
        add("clip", lambda: np.clip(a, max=hi), [a], {"max": hi})
        add("clip", lambda: np.clip(a, min=lo), [a], {"min": lo})
a = ints((3,))
add("clip", lambda: np.clip(a, None, None), [a, None, None])
add("clip", lambda: np.clip(a, 1, 2, min=0), [a, 1, 2], {"min": 0})
add("clip", lambda: np.clip(np.array([True, False]), None, None), [np.array([True, False]), None, None])

# ---- creation -----------------------------------------------------------------------------------
for fn, f in (("zeros_like", np.zeros_like), ("ones_like", np.ones_like), ("empty_like", None)):
    for a in (ints((2, 3)), floats((4,), special=0), bools((2, 1, 2)), 2.5, 7, ints((0, 3))):
        for kw in ({}, {"dtype": "float64"}, {"dtype": int}, {"dtype": bool}, {"shape": (2, 2)}):
            if f is None:  # numpy's values are uninitialised: compare the zeros of the same shape
                add(fn, lambda: np.zeros_like(a, **kw), [a], kw)
            else:
                add(fn, lambda: f(a, **kw), [a], kw)
for a in (ints((2, 3)), floats((3,), special=0), bools((2,))):
    for v, kw in ((7, {}), (2.7, {}), (True, {}), (2.7, {"dtype": float}), (-1, {"dtype": "bool"}),
                  (0.5, {"shape": (3,)})):
        add("full_like", lambda: np.full_like(a, v, **kw), [a, v], kw)
for s, kw in (((2, 3), {}), ((0,), {}), ((3,), {"dtype": "int64"}), ((2, 2), {"dtype": bool})):
    add("empty", lambda: np.zeros(s, **kw), list(s) if s != (0,) else [0], kw)
for n, kw in ((3, {}), (1, {}), (0, {}), (2, {"dtype": int}), (3, {"dtype": "bool"})):
    add("identity", lambda: np.identity(n, **kw), [n], kw)
for v in (ints((3,)), floats((4,), special=0), bools((2,)), ints((2, 3)), floats((4, 4), special=0),
          ints((3, 1)), ints((0,)), ints((2, 2, 2)), 5):
    for k in (0, 1, -2, 5, -4):
        add("diag", lambda: np.diag(v, k), [v, k])
for v in (ints((2, 2)), floats((3,), special=0), 5, bools((1, 2))):
    for k in (0, 2, -1):
        add("diagflat", lambda: np.diagflat(v, k), [v], {"k": k})
for args, kw in (((3,), {}), ((3, 4), {}), ((3, 4, 1), {}), ((4, 3, -1), {}), ((2, 2, 5), {}),
                 ((3,), {"dtype": int}), ((2, 3), {"k": -3, "dtype": "bool"}), ((0,), {})):
    add("tri", lambda: np.tri(*args, **kw), list(args), kw)
for fn, f in (("tril", np.tril), ("triu", np.triu)):
    for m in (ints((3, 3)), floats((3, 4), special=0), ints((4, 2)), bools((3, 3)), ints((2, 3, 3)),
              ints((3,)), floats((2, 0)), 5):
        for k in (0, 1, -1, 3):
            add(fn, lambda: f(m, k), [m, k])
for args, kw in (((0, 2), {}), ((0, 2, 5), {}), ((0, 3, 4), {"base": 2}), ((1, -1, 3), {}),
                 ((0, 1, 4), {"endpoint": False}), ((0, 3, 4), {"base": 2, "dtype": int}),
                 ((-2.5, 2.5, 7), {}), ((0, 1, 0), {}), ((0, 1, 1), {})):
    add("logspace", lambda: np.logspace(*args, **kw), list(args), kw, tol=1e-15)
for args, kw in (((1, 1000), {}), ((1, 1000, 4), {}), ((-1, -1000, 4), {}), ((1, 256, 9), {}),
                 ((2, 3, 5), {"endpoint": False}), ((1, -8, 4), {}), ((0, 10), {}), ((1, 0, 3), {}),
                 ((0.001, 1e6, 10), {}), ((1, 100, 3), {"dtype": int}), ((5, 5, 3), {}),
                 ((1, 2, 1), {}), ((1, 2, 0), {})):
    add("geomspace", lambda: np.geomspace(*args, **kw), list(args), kw, tol=1e-15)
for args in ((5,), (0.5,), (2.5,), (1, 10, 2), (10, 1, -3), (0, 1, 0.1), (1, 0, 0.1), (0, 10, 0.3),
             (-1, 1, 0.25), (0.1, 0.9, 0.1), (10, 0, -1.5), (0, 1, 0), (0, 1, float("inf")),
             (0, float("nan"), 1), (1e10, 1e10 + 5, 0.7), (0, 5, 1.0), (0.0, -1.0, -0.1),
             (3, 3, 1), (-3.5, 2, 1.75), (0, 1, 1 / 3)):
    add("arange", lambda: np.arange(*args), list(args))
add("arange", lambda: np.arange(0, 5, dtype=float), [0, 5], {"dtype": float})
add("arange", lambda: np.arange(5, dtype="float64"), [5], {"dtype": "float64"})
for args, kw in (((3,), {}), ((2, 3), {}), ((3, 3, 1), {}), ((3, 4, -2), {}), ((3,), {"k": 5}),
                 ((2,), {"dtype": int}), ((3, 2), {"k": -1, "dtype": bool})):
    add("eye", lambda: np.eye(*args, **kw), list(args), kw)
for a in (ints((2, 3)), floats((3,)), 2.5):
    add("copy", lambda: np.copy(a), [a])

# ---- astype -------------------------------------------------------------------------------------
for a in (floats((2, 3), -9, 9, special=0, digits=2), ints((4,)), bools((3,)), floats((0,)),
          np.array([-0.5, 0.5, -1.99, 1.99, 1e15 + 0.5])):
    for dt in (int, float, bool, "int64", "float64", "bool", "int", "float", "f8", "i8"):
        add("astype", lambda: a.astype(dt), [a, dt])
add("astype", lambda: np.array([1.5, np.nan, np.inf]).astype(int), [np.array([1.5, np.nan, np.inf]), int])
add("astype", lambda: np.array([1.0]).astype("float80x"), [np.array([1.0]), "float80x"])

# ---- ndarray methods ----------------------------------------------------------------------------
for a in (ints((2, 3)), floats((3,)), bools((2, 2)), floats((0, 2)), np.array(4.5), ints((1, 2, 1))):
    add("ndarray.tolist", lambda: a.tolist(), [a])
    add("ndarray.flatten", lambda: a.flatten(), [a])
    add("ndarray.transpose", lambda: a.transpose(), [a])
    if a.ndim >= 2:
        add("ndarray.transpose", lambda: a.transpose(*range(a.ndim)[::-1]), [a] + list(range(a.ndim))[::-1])
        axes = tuple(range(1, a.ndim)) + (0,)
        add("ndarray.transpose", lambda: a.transpose(axes), [a, axes])
        add("ndarray.swapaxes", lambda: a.swapaxes(0, -1), [a, 0, -1])
    add("ndarray.swapaxes", lambda: a.swapaxes(0, 3), [a, 0, 3])
    add("ndarray.squeeze", lambda: a.squeeze(), [a])
    for ax in (0, -1, (0, 2)):
        add("ndarray.squeeze", lambda: a.squeeze(ax), [a], {"axis": ax})
    for v in (7, 2.5, True):
        b = a.copy()
        add("ndarray.fill", lambda: (b.fill(v), b)[1], [a.copy(), v], result_of=0)
    for idx in ((), (0,), (-1,), (1, 0), (9,), (0, 5)):
        add("ndarray.item", lambda: a.item(*idx), [a] + list(idx))
for a, b in ((ints((3,)), ints((3,))), (floats((2, 3), special=0), floats((3, 2), special=0)),
             (ints((2, 3)), ints((3,))), (ints((3,)), ints((3, 2))), (ints((2, 3)), 2),
             (floats((2, 2, 3), special=0), floats((3, 4), special=0)),
             (ints((2, 3, 2)), ints((4, 2, 3))), (ints((2, 3)), ints((2, 3))), (ints((2,)), ints((3,)))):
    add("ndarray.dot", lambda: a.dot(b), [a, b], tol=1e-15)

# ---- Python's math ------------------------------------------------------------------------------
for x in (0, 1, 2.25, 1e-300, 10 ** 30, -1, -0.0, float("inf"), float("nan"), True):
    add("math.sqrt", lambda: math.sqrt(x), [x], tol=1e-16)
for x in (0, 1, -1, 709.7, 710, -1000, 1e-10, float("-inf"), float("nan")):
    add("math.exp", lambda: math.exp(x), [x], tol=TRANS)
for x in (1, 2.718281828459045, 0.5, 10 ** 400, 0, -2, 1e-320, float("inf")):
    add("math.log", lambda: math.log(x), [x], tol=1e-15)
for x, b in ((8, 2), (100, 10), (10 ** 400, 10), (2, 1), (5, 0), (0.5, 4), (-1, 2), (7, 0.5)):
    add("math.log", lambda: math.log(x, b), [x, b], tol=1e-15)
for fn, f in (("math.log2", math.log2), ("math.log10", math.log10)):
    for x in (1, 1024, 1000, 0.1, 3, 2 ** 1100, 10 ** 400, 0, -1, 1e-310):
        add(fn, lambda: f(x), [x], tol=1e-15)
for fn, f in (("math.sin", math.sin), ("math.cos", math.cos), ("math.tan", math.tan)):
    for x in (0, 1, -2.5, 1e6, math.pi / 2, float("inf"), float("nan")):
        add(fn, lambda: f(x), [x], tol=TRANS)
for y, x in ((1, 1), (0.0, -0.0), (-0.0, -1), (1, 0), (float("inf"), float("inf")), (3, -4)):
    add("math.atan2", lambda: math.atan2(y, x), [y, x], tol=1e-15)
for args in ((), (3, 4), (3, 4, 12), (1e308, 1e308), (1e-320, 1e-320), (float("inf"), float("nan")),
             (-5,), (1, 2, 3, 4, 5), (0.1, 0.2)):
    add("math.hypot", lambda: math.hypot(*args), list(args), tol=1e-15)
for x in (-2, 2.5, -0.0, float("inf"), True):
    add("math.fabs", lambda: math.fabs(x), [x])
for fn, f in (("math.floor", math.floor), ("math.ceil", math.ceil)):
    for x in (2.5, -2.5, 7, -0.0, 1e20, -1e300, 10 ** 30, True, float("inf"), float("nan")):
        add(fn, lambda: f(x), [x])
for n in (0, 1, 5, 20, 21, 30, 100, -1, 2.0, True):
    add("math.factorial", lambda: math.factorial(n), [n])
for n, k in ((5, 2), (50, 10), (100, 50), (10, 0), (3, 5), (0, 0), (-1, 2), (3, -1), (2.0, 1),
             (1000, 3), (True, 1)):
    add("math.comb", lambda: math.comb(n, k), [n, k])
for args in ((5, 2), (5,), (3, 5), (30, 30), (-1, 1), (4, -2), (20, 10)):
    add("math.perm", lambda: math.perm(*args), list(args))
for x in (0.5, 1, 5, 23, 24, 30.5, 171.5, 172, 0, -1, -1.5, -0.5, 1e-10, -2.3, float("inf"),
          float("-inf"), float("nan"), 3.7, 100, 1e-300):
    add("math.gamma", lambda: math.gamma(x), [x], tol=1e-13)
for x in (0.5, 1, 2, 10, 3.7, 100, 1e5, 1e300, 0, -1, -1.5, -0.5, 1e-10, float("inf"),
          float("-inf"), 1.5, 2.5, 0.9, 4.1):
    add("math.lgamma", lambda: math.lgamma(x), [x], tol=1e-13)
for a, b, kw in ((1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (1.0, 1.1, {"rel_tol": 0.2}),
                 (0.0, 1e-12, {}), (0.0, 1e-12, {"abs_tol": 1e-9}), (float("inf"), float("inf"), {}),
                 (float("inf"), 1e308, {"rel_tol": 1.0}), (float("nan"), float("nan"), {}),
                 (1, 1, {"rel_tol": -1}), (100, 101, {"abs_tol": 1})):
    add("math.isclose", lambda: math.isclose(a, b, **kw), [a, b], kw)
for fn, f in (("math.isnan", math.isnan), ("math.isinf", math.isinf), ("math.isfinite", math.isfinite)):
    for x in (1, 2.5, float("nan"), float("inf"), float("-inf"), True, 10 ** 30):
        add(fn, lambda: f(x), [x])
for xs in ([0.1, 0.2, 0.3], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [], [1, 2, 3],
           [0.1] * 10, [1e308, 1e308], [1e308, 1e308, -1e308], [float("inf"), 1.0],
           [float("inf"), float("-inf")], [float("nan"), 1.0], [2.0 ** 53, 1.0, 1.0],
           [1.0, 2.0 ** -60, 2.0 ** -60], [-0.0, -0.0], [1e16, 1.0, 1e-16]):
    add("math.fsum", lambda: math.fsum(xs), [xs])
for xs, kw in (([1, 2, 3, 4], {}), ([], {}), ([2, 2.5], {}), (list(range(1, 40)), {}),
               ([1.5, 2], {"start": 2}), ([3], {"start": 0.5}), ([True, True], {})):
    add("math.prod", lambda: math.prod(xs, **kw), [xs], kw)

with open("cases.json", "w") as out:
    json.dump({"numpy": np.__version__, "python": ".".join(map(str, __import__("sys").version_info[:3])),
               "cases": cases}, out, indent=None, separators=(",", ":"))
    out.write("\n")
print(len(cases), "cases")
