"""Writes cases.json: numpy's results for the functions beyond the core operators.

Run from this folder with the numpy the cases were made with (numpy 2.4.6):

    python3 make_cases.py

Each case names a function, its arguments and numpy's result or error. Encodings:
array {"shape", "dtype", "data"} (nan/inf as strings); Python scalar {"scalar", "dtype"};
list of arrays {"list": [...]}; axes {"axes": [...]} or null for None; other JSON values as is.
"""

import json
import math
import warnings

import numpy as np

rng = np.random.default_rng(20240611)
DTYPES = ["float64", "int64", "bool"]
cases = []


def num(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    return v


def enc(a):
    """An argument or result as JSON."""
    if a is None:
        return None
    if isinstance(a, (list, tuple)):
        return {"list": [enc(x) for x in a]}
    if isinstance(a, (bool, int, float)) and not isinstance(a, np.generic):
        # a Python scalar (weakly typed); numpy scalars such as np.float64 are 0-d arrays here
        kind = "bool" if isinstance(a, bool) else "int64" if isinstance(a, int) else "float64"
        return {"scalar": num(a), "dtype": kind}
    a = np.asarray(a)
    return {
        "shape": list(a.shape),
        "dtype": str(a.dtype),
        "data": [num(x) for x in a.ravel().tolist()],
    }


def rand_shape(max_ndim=3, allow_zero=False):
    nd = int(rng.integers(0, max_ndim + 1))
    lo = 0 if allow_zero and rng.random() < 0.15 else 1
    return tuple(int(rng.integers(lo, 5)) for _ in range(nd))


def rand_array(shape, dtype=None, special=True):
    dtype = dtype or DTYPES[int(rng.integers(0, 3))]
    if dtype == "float64":
        a = np.round(rng.normal(0, 3, shape), 3)
        if special and a.size and rng.random() < 0.3:
            flat = a.reshape(-1)
            flat[int(rng.integers(0, a.size))] = [np.nan, np.inf, -np.inf][int(rng.integers(0, 3))]
        return a
    if dtype == "int64":
        return rng.integers(-6, 7, shape).astype(np.int64)
    return rng.random(shape) < 0.5


def rand_scalar(kind=None):
    kind = kind or DTYPES[int(rng.integers(0, 3))]
    if kind == "float64":
        return float(np.round(rng.normal(0, 3), 2))
    if kind == "int64":
        return int(rng.integers(-5, 6))
    return bool(rng.random() < 0.5)


def compatible(shape):
    """A shape that broadcasts with `shape`: some axes set to 1, some leading axes dropped."""
    s = [1 if rng.random() < 0.3 else d for d in shape]
    drop = int(rng.integers(0, len(s) + 1)) if rng.random() < 0.4 else 0
    return tuple(s[drop:])


def incompatible(shape):
    """A shape that does not broadcast with `shape` (which must have an axis > 1)."""
    s = list(shape)
    axes = [i for i, d in enumerate(s) if d > 1]
    i = axes[int(rng.integers(0, len(axes)))]
    s[i] = s[i] + 1
    return tuple(s)


def operand(shape, dtype=None):
    """An array of a compatible shape, or a Python scalar one time in four."""
    if rng.random() < 0.25:
        return rand_scalar(dtype)
    return rand_array(compatible(shape), dtype)


def big_shape():
    while True:
        s = rand_shape(3)
        if any(d > 1 for d in s):
            return s


def add(fn, args, call, tol=1e-12):
    case = {"id": f"{fn}-{sum(1 for c in cases if c['fn'] == fn)}", "fn": fn,
            "args": args, "tol": tol}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = call()
        if isinstance(r, (bool, np.bool_)) and fn in ("allclose", "any_full", "all_full"):
            case["expected"] = {"scalar": bool(r), "dtype": "bool"}
        elif isinstance(r, float) and fn.endswith("_full"):
            case["expected"] = {"scalar": num(float(r)), "dtype": "float64"}
        else:
            case["expected"] = enc(r)
    except Exception as e:  # numpy's error class and message are the expectation
        kinds = [k.__name__ for k in type(e).__mro__]
        kind = next(k for k in ("AxisError", "IndexError", "ValueError", "TypeError") if k in kinds)
        case["expected"] = {"error": kind, "message": str(e)}
    cases.append(case)


def axes_of(ndim):
    """None, one axis (maybe negative), or a tuple of distinct axes."""
    r = rng.random()
    if ndim == 0 or r < 0.3:
        return None
    if r < 0.7:
        ax = int(rng.integers(0, ndim))
        return [ax - ndim if rng.random() < 0.3 else ax]
    k = int(rng.integers(1, ndim + 1))
    return sorted(int(x) for x in rng.choice(ndim, k, replace=False))


def tup(axes):
    return None if axes is None else tuple(axes)


def axes_arg(axes):
    return None if axes is None else {"axes": list(axes)}


# ---- maximum, minimum -------------------------------------------------------------------------
for fn, f in (("maximum", np.maximum), ("minimum", np.minimum)):
    for _ in range(30):
        s = rand_shape()
        a = rand_array(s) if rng.random() < 0.85 else rand_scalar()
        b = operand(s)
        if rng.random() < 0.5:
            a, b = b, a
        add(fn, [enc(a), enc(b)], lambda: f(a, b))
    for _ in range(3):
        s = big_shape()
        a, b = rand_array(s), rand_array(incompatible(s))
        add(fn, [enc(a), enc(b)], lambda: f(a, b))

# ---- where ------------------------------------------------------------------------------------
for _ in range(35):
    s = rand_shape()
    c = rand_array(compatible(s), ["bool", "int64", "float64"][int(rng.integers(0, 3))])
    if rng.random() < 0.1:
        c = rand_scalar("bool")
    x, y = operand(s), operand(s)
    if rng.random() < 0.5:
        x = rand_array(s)
    add("where", [enc(c), enc(x), enc(y)], lambda: np.where(c, x, y))
for _ in range(4):
    s = big_shape()
    c, x, y = rand_array(s, "bool"), rand_array(s), rand_array(incompatible(s))
    if rng.random() < 0.5:
        x = rand_scalar()
    add("where", [enc(c), enc(x), enc(y)], lambda: np.where(c, x, y))

# ---- clip -------------------------------------------------------------------------------------
for _ in range(35):
    s = rand_shape()
    a = rand_array(s)
    lo = None if rng.random() < 0.25 else operand(s)
    hi = None if rng.random() < 0.25 else operand(s)
    add("clip", [enc(a), enc(lo), enc(hi)], lambda: np.clip(a, lo, hi))
for _ in range(4):
    s = big_shape()
    a = rand_array(s)
    lo, hi = rand_array(incompatible(s)), (rand_scalar() if rng.random() < 0.5 else None)
    add("clip", [enc(a), enc(lo), enc(hi)], lambda: np.clip(a, lo, hi))

# ---- sin, cos, tanh ---------------------------------------------------------------------------
# bool inputs are left out: numpy computes them in float16, which ddl does not have (float64)
for fn, f in (("sin", np.sin), ("cos", np.cos), ("tanh", np.tanh)):
    for _ in range(10):
        a = rand_array(rand_shape(allow_zero=True), ["float64", "int64"][int(rng.integers(0, 2))])
        add(fn, [enc(a)], lambda: f(a), tol=1e-14)

# ---- any, all ---------------------------------------------------------------------------------
for fn, f in (("any", np.any), ("all", np.all)):
    for _ in range(25):
        a = rand_array(rand_shape(allow_zero=True))
        if a.dtype == np.float64 and rng.random() < 0.5:
            a = np.where(rng.random(a.shape) < 0.7, 0.0, a)  # mostly zeros: both outcomes
        ax, kd = axes_of(a.ndim), bool(rng.random() < 0.3)
        add(fn, [enc(a), axes_arg(ax), kd], lambda: f(a, axis=tup(ax), keepdims=kd))
    for _ in range(6):
        a = rand_array(rand_shape(allow_zero=True))
        add(fn + "_full", [enc(a)], lambda: bool(f(a)))
    a = rand_array((2, 3))
    add(fn, [enc(a), {"axes": [2]}, False], lambda: f(a, axis=2))
    add(fn, [enc(a), {"axes": [-3]}, False], lambda: f(a, axis=-3))
    add(fn, [enc(a), {"axes": [1, -1]}, False], lambda: f(a, axis=(1, -1)))

# ---- var, std ---------------------------------------------------------------------------------
for fn, f in (("var", np.var), ("std", np.std)):
    for _ in range(25):
        a = rand_array(rand_shape(allow_zero=True), special=rng.random() < 0.2)
        ax, kd = axes_of(a.ndim), bool(rng.random() < 0.3)
        ddof = int(rng.choice([0, 0, 1, 2]))
        add(fn, [enc(a), axes_arg(ax), kd, ddof],
            lambda: f(a, axis=tup(ax), keepdims=kd, ddof=ddof), tol=1e-10)
    for _ in range(8):
        a = rand_array(rand_shape(allow_zero=True), special=False)
        ddof = int(rng.choice([0, 1, 3]))
        add(fn + "_full", [enc(a), ddof], lambda: float(f(a, ddof=ddof)), tol=1e-10)
    a = rand_array((3, 2), "float64", special=False)
    add(fn, [enc(a), {"axes": [2]}, False, 0], lambda: f(a, axis=2))
    add(fn, [enc(a), {"axes": [0, 0]}, False, 0], lambda: f(a, axis=(0, 0)))
    add(fn, [enc(a), {"axes": []}, False, 0], lambda: f(a, axis=()))
    add(fn + "_full", [enc(np.array([1.0, 1.0])), 2], lambda: float(f(np.array([1.0, 1.0]), ddof=2)))
    add(fn + "_full", [enc(np.array([1.0, 2.0])), 2], lambda: float(f(np.array([1.0, 2.0]), ddof=2)))
    add(fn + "_full", [enc(np.zeros(0)), 0], lambda: float(f(np.zeros(0))))

# ---- isclose, allclose ------------------------------------------------------------------------
for fn, f in (("isclose", np.isclose), ("allclose", np.allclose)):
    for _ in range(25):
        s = rand_shape()
        a = rand_array(s)
        b = operand(s)
        if rng.random() < 0.6:  # b near a: the tolerances decide
            b = np.asarray(a, dtype=np.float64) * (1 + rng.choice([0, 1e-9, 1e-6, 1e-4]))
            b = b + rng.choice([0, 1e-9, 1e-7])
            if rng.random() < 0.3 and b.size:
                b.reshape(-1)[0] = np.nan
        if rng.random() < 0.2 and np.asarray(a).size and np.asarray(a).dtype == np.float64:
            a.reshape(-1)[0] = np.nan
            if isinstance(b, np.ndarray) and b.shape == a.shape:
                b.reshape(-1)[0] = np.nan
        rtol = float(rng.choice([1e-05, 1e-3, 0.0]))
        atol = float(rng.choice([1e-08, 1e-6, 0.0]))
        en = bool(rng.random() < 0.4)
        add(fn, [enc(a), enc(b), rtol, atol, en],
            lambda: f(a, b, rtol=rtol, atol=atol, equal_nan=en))
    inf = np.array([np.inf, -np.inf, np.inf, 1.0])
    other = np.array([np.inf, -np.inf, -np.inf, np.inf])
    add(fn, [enc(inf), enc(other), 1e-05, 1e-08, False], lambda: f(inf, other))
    add(fn, [enc(2), enc(2.0000000001), 1e-05, 1e-08, False], lambda: f(2, 2.0000000001))
    x, y = rand_array((3,)), rand_array((4,))
    add(fn, [enc(x), enc(y), 1e-05, 1e-08, False], lambda: f(x, y))

# ---- concatenate, stack -----------------------------------------------------------------------
for _ in range(35):
    s = list(rand_shape(3, allow_zero=True)) or [int(rng.integers(1, 4))]
    ax = int(rng.integers(0, len(s)))
    arrays = []
    for _ in range(int(rng.integers(1, 4))):
        part = list(s)
        part[ax] = int(rng.integers(0, 4))
        arrays.append(rand_array(tuple(part), special=False))
    axis = ax - len(s) if rng.random() < 0.3 else ax
    add("concatenate", [enc(arrays), axis], lambda: np.concatenate(arrays, axis))
for arrays, axis in (
    ([rand_array((2, 2)), rand_array((2, 3))], 0),
    ([rand_array((2, 2)), rand_array((3,))], 0),
    ([rand_array(()), rand_array((3,))], 0),
    ([rand_array((3,)), rand_array(())], 0),
    ([], 0),
    ([rand_array((3,))], 1),
    ([rand_array((3, 2))], -3),
    ([rand_array((2, 2)), rand_array((2, 2)), rand_array((3, 1))], 1),
    ([rand_array((2, 2)), rand_array((2, 2)), rand_array((2, 1))], 0),
):
    add("concatenate", [enc(arrays), axis], lambda: np.concatenate(arrays, axis))
for _ in range(25):
    s = rand_shape(3, allow_zero=True)
    arrays = [rand_array(s, special=False) for _ in range(int(rng.integers(1, 4)))]
    axis = int(rng.integers(-len(s) - 1, len(s) + 1))
    add("stack", [enc(arrays), axis], lambda: np.stack(arrays, axis))
for arrays, axis in (
    ([rand_array((3,)), rand_array((2,))], 0),
    ([rand_array((2, 3)), rand_array((3, 2))], 1),
    ([], 0),
    ([rand_array((3,))], 2),
    ([rand_array((3,))], -3),
    ([rand_array(()), rand_array(())], 0),
):
    add("stack", [enc(arrays), axis], lambda: np.stack(arrays, axis))

# ---- meshgrid ---------------------------------------------------------------------------------
for _ in range(20):
    xs = [rand_array(rand_shape(2), special=False) for _ in range(int(rng.integers(0, 4)))]
    ix = ["xy", "ij"][int(rng.integers(0, 2))]
    add("meshgrid", [enc(xs), ix], lambda: list(np.meshgrid(*xs, indexing=ix)))
xs = [rand_array((2,))]
add("meshgrid", [enc(xs), "yx"], lambda: np.meshgrid(*xs, indexing="yx"))

with open("cases.json", "w") as out:
    json.dump({"numpy": np.__version__, "cases": cases}, out, indent=None, separators=(",", ":"))
    out.write("\n")
print(len(cases), "cases")
