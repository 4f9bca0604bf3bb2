"""Writes cases.json: numpy's results for the reductions, order, shape and signal built-ins.

Run from this folder with the numpy the cases were made with (numpy 2.4.6):

    python3 make_cases.py

Each case calls a built-in by its ddl name with positional "args" and keyword "kwargs", and gives
numpy's result or error. Encodings: array {"shape", "dtype", "data"} (nan/inf as strings); numpy or
Python scalar {"scalar", "dtype"}; tuple or list {"tuple": [...]}; strings, numbers, booleans and
null as they are. "view": true means numpy's result shares memory with the first argument;
"check_arg": 0 compares the first argument after the call (put); "tol" is a relative tolerance
(0: equal values).
"""

import json
import math
import warnings

import numpy as np

rng = np.random.default_rng(16)
DTYPES = ["float64", "int64", "bool"]
cases = []


def num(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    return v


def enc(a):
    if a is None or isinstance(a, str):
        return a
    if isinstance(a, (list, tuple)):
        return {"tuple": [enc(x) for x in a]}
    if isinstance(a, (bool, int, float, np.generic)):
        if isinstance(a, (bool, np.bool_)):
            return {"scalar": bool(a), "dtype": "bool"}
        if isinstance(a, (int, np.integer)):
            return {"scalar": int(a), "dtype": "int64"}
        return {"scalar": num(float(a)), "dtype": "float64"}
    a = np.asarray(a)
    return {"shape": list(a.shape), "dtype": str(a.dtype),
            "data": [num(x) for x in a.ravel().tolist()]}


def rand_shape(max_ndim=3, allow_zero=False, lo_dim=0):
    nd = int(rng.integers(lo_dim, max_ndim + 1))
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


def axes_of(ndim, tuples=True):
    r = rng.random()
    if ndim == 0 or r < 0.3:
        return None
    if r < 0.7 or not tuples:
        ax = int(rng.integers(0, ndim))
        return ax - ndim if rng.random() < 0.3 else ax
    k = int(rng.integers(1, ndim + 1))
    return tuple(int(x) - (ndim if rng.random() < 0.3 else 0)
                 for x in sorted(rng.choice(ndim, k, replace=False)))


def add(fn, args, kwargs, call, tol=0.0, view=False, check_arg=None):
    case = {"id": f"{fn}-{sum(1 for c in cases if c['fn'] == fn)}", "fn": fn,
            "args": [enc(a) for a in args], "kwargs": {k: enc(v) for k, v in kwargs.items()},
            "tol": tol}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = call()
        if check_arg is not None:
            case["check_arg"] = check_arg
            r = args[check_arg]
        case["expected"] = enc(r)
        if view:
            case["view"] = bool(np.shares_memory(r, args[0]))
    except Exception as e:
        kinds = [k.__name__ for k in type(e).__mro__]
        kind = next(k for k in ("AxisError", "IndexError", "ValueError", "TypeError",
                                "ZeroDivisionError") if k in kinds)
        case["expected"] = {"error": kind, "message": str(e)}
    cases.append(case)


def call(f, args, kwargs):
    return lambda: f(*args, **kwargs)


# ---- reductions over axes, with keepdims ------------------------------------------------------
REDUCE = {"prod": np.prod, "ptp": np.ptp, "nansum": np.nansum, "nanmean": np.nanmean,
          "nanmax": np.nanmax, "nanmin": np.nanmin, "count_nonzero": np.count_nonzero,
          "median": np.median}
for fn, f in REDUCE.items():
    for _ in range(24):
        a = rand_array(rand_shape(allow_zero=True))
        if fn.startswith("nan") and a.dtype == np.float64 and a.size and rng.random() < 0.6:
            a = np.where(rng.random(a.shape) < 0.4, np.nan, a)
        kw = {}
        ax = axes_of(a.ndim)
        if ax is not None:
            kw["axis"] = ax
        if rng.random() < 0.3:
            kw["keepdims"] = True
        tol = 1e-15 if fn in ("nanmean",) else 0.0
        add(fn, [a], kw, call(f, [a], kw), tol=tol)
a = rand_array((2, 3), "float64")
for fn, f in REDUCE.items():
    add(fn, [a], {"axis": 2}, call(f, [a], {"axis": 2}))
    add(fn, [a], {"axis": (0, 0)}, call(f, [a], {"axis": (0, 0)}))
for fn in ("ptp", "nanmax", "nanmin"):
    add(fn, [np.zeros(0)], {}, call(REDUCE[fn], [np.zeros(0)], {}))
    z = np.zeros((0, 3))
    add(fn, [z], {"axis": 0}, call(REDUCE[fn], [z], {"axis": 0}))
    add(fn, [z], {"axis": 1}, call(REDUCE[fn], [z], {"axis": 1}))
add("prod", [np.zeros(0)], {}, lambda: np.prod(np.zeros(0)))
big = np.round(rng.normal(1, 0.01, 1000), 6)
add("prod", [big], {}, lambda: np.prod(big))
big = np.round(rng.normal(0, 1, (37, 41)), 6)
for fn in ("median", "nansum", "nanmean"):
    for ax in (None, 0, 1):
        kw = {} if ax is None else {"axis": ax}
        add(fn, [big], kw, call(REDUCE[fn], [big], kw))
odd = np.round(rng.normal(0, 1, 1001), 6)
add("median", [odd], {}, lambda: np.median(odd))
ints = rng.integers(-2**62, 2**62, 6)
add("median", [ints], {}, lambda: np.median(ints))
add("median", [np.array([1.0, np.nan, 3.0])], {}, lambda: np.median(np.array([1.0, np.nan, 3.0])))
add("median", [np.zeros((0, 3))], {"axis": 0}, lambda: np.median(np.zeros((0, 3)), axis=0))

# ---- cumsum, cumprod, diff --------------------------------------------------------------------
for fn, f in (("cumsum", np.cumsum), ("cumprod", np.cumprod)):
    for _ in range(20):
        a = rand_array(rand_shape(allow_zero=True))
        kw = {}
        ax = axes_of(a.ndim, tuples=False)
        if ax is not None:
            kw["axis"] = ax
        add(fn, [a], kw, call(f, [a], kw))
    a = rand_array((2, 3))
    add(fn, [a], {"axis": 2}, call(f, [a], {"axis": 2}))
    x = np.round(rng.normal(0, 1, 3000), 6)
    add(fn, [x], {}, call(f, [x], {}))
for _ in range(20):
    a = rand_array(rand_shape(allow_zero=True, lo_dim=1))
    kw = {"n": int(rng.integers(0, 4))}
    if rng.random() < 0.6:
        kw["axis"] = int(rng.integers(-a.ndim, a.ndim))
    add("diff", [a], kw, call(np.diff, [a], kw))
add("diff", [np.array(5)], {}, lambda: np.diff(np.array(5)))
add("diff", [np.arange(3)], {"n": -1}, lambda: np.diff(np.arange(3), n=-1))
add("diff", [np.arange(3)], {"n": 5}, lambda: np.diff(np.arange(3), n=5))

# ---- percentile, quantile ---------------------------------------------------------------------
for fn, f, scale in (("quantile", np.quantile, 1.0), ("percentile", np.percentile, 100.0)):
    for _ in range(20):
        a = rand_array(rand_shape(lo_dim=1), ["float64", "int64"][int(rng.integers(0, 2))])
        q = (float(np.round(rng.random(), 3)) * scale if rng.random() < 0.6
             else np.round(rng.random(int(rng.integers(1, 4))), 3) * scale)
        kw = {}
        ax = axes_of(a.ndim)
        if ax is not None:
            kw["axis"] = ax
        if rng.random() < 0.3:
            kw["keepdims"] = True
        add(fn, [a, q], kw, call(f, [a, q], kw))
    for q in (0.0, 1.0 * scale, 0.5 * scale):
        a = np.array([1.0, 2.0, np.inf])
        add(fn, [a, q], {}, call(f, [a, q], {}))
    add(fn, [np.arange(4), 1.5 * scale], {}, call(f, [np.arange(4), 1.5 * scale], {}))
    add(fn, [np.arange(4), -0.1 * scale], {}, call(f, [np.arange(4), -0.1 * scale], {}))
    add(fn, [np.array([True, False]), 0.5 * scale], {}, call(f, [np.array([True, False]), 0.5 * scale], {}))
    add(fn, [np.zeros(0), 0.5 * scale], {}, call(f, [np.zeros(0), 0.5 * scale], {}))
    big = np.round(rng.normal(0, 1, 999), 6)
    add(fn, [big, [0.1 * scale, 0.37 * scale, 0.999 * scale]], {},
        call(f, [big, [0.1 * scale, 0.37 * scale, 0.999 * scale]], {}))

# ---- average ----------------------------------------------------------------------------------
for _ in range(20):
    a = rand_array(rand_shape(lo_dim=1), special=False)
    kw = {}
    r = rng.random()
    if r < 0.3:
        pass
    elif r < 0.6:
        kw["weights"] = rng.integers(1, 4, a.shape)
    else:
        ax = int(rng.integers(0, a.ndim))
        kw["axis"] = ax
        kw["weights"] = np.round(rng.random(a.shape[ax]) + 0.1, 2)
    if "axis" not in kw and rng.random() < 0.4 and a.ndim:
        kw["axis"] = int(rng.integers(-a.ndim, a.ndim))
        if "weights" in kw and kw["weights"].shape == a.shape:
            pass
    if rng.random() < 0.3:
        kw["returned"] = True
    add("average", [a], kw, call(np.average, [a], kw), tol=1e-15)
m = np.arange(6).reshape(2, 3)
add("average", [m], {"weights": np.array([1, 2, 3])}, lambda: np.average(m, weights=np.array([1, 2, 3])))
add("average", [m], {"axis": 1, "weights": np.array([1, 2])}, lambda: np.average(m, axis=1, weights=np.array([1, 2])))
add("average", [np.arange(2)], {"weights": np.zeros(2)}, lambda: np.average(np.arange(2), weights=np.zeros(2)))

# ---- sort, argsort ----------------------------------------------------------------------------
for fn, f in (("sort", np.sort), ("argsort", np.argsort)):
    for _ in range(25):
        a = rand_array(rand_shape(lo_dim=1, allow_zero=True))
        kw = {}
        r = rng.random()
        if r < 0.2:
            kw["axis"] = None
        elif r < 0.6 and a.ndim:
            kw["axis"] = int(rng.integers(-a.ndim, a.ndim))
        if rng.random() < 0.3:
            kw["kind"] = "stable"
        elif fn == "argsort" and a.size > 16:
            # numpy's default sort is not stable: without ties every sort agrees
            a = (rng.permutation(a.size).reshape(a.shape) - a.size // 2).astype(a.dtype if a.dtype != bool else np.int64)
        add(fn, [a], kw, call(f, [a], kw))
    x = np.round(rng.normal(0, 1, 2000), 4)
    x[::97] = np.nan
    x[::89] = 0.0
    add(fn, [x], {"kind": "stable"}, call(f, [x], {"kind": "stable"}))
    xi = rng.integers(-50, 50, (30, 60))
    add(fn, [xi], {"axis": 0, "kind": "stable"}, call(f, [xi], {"axis": 0, "kind": "stable"}))
    d = rng.permutation(2000).astype(np.float64) - 1000.5
    add(fn, [d], {}, call(f, [d], {}))
    add(fn, [np.array(5)], {}, call(f, [np.array(5)], {}))
    add(fn, [np.arange(3)], {"kind": "bogus"}, call(f, [np.arange(3)], {"kind": "bogus"}))
    add(fn, [np.arange(3)], {"axis": 1}, call(f, [np.arange(3)], {"axis": 1}))

# ---- unique, nonzero, argwhere ----------------------------------------------------------------
for _ in range(20):
    a = rand_array(rand_shape(allow_zero=True))
    if a.dtype == np.float64:
        a = np.round(a / 3)
    kw = {k: True for k in ("return_index", "return_inverse", "return_counts") if rng.random() < 0.4}
    add("unique", [a], kw, call(np.unique, [a], kw))
u = np.array([np.nan, 1.0, np.nan, -1.0, 1.0])
add("unique", [u], {"return_counts": True, "return_index": True, "return_inverse": True},
    lambda: np.unique(u, return_counts=True, return_index=True, return_inverse=True))
for fn, f in (("nonzero", np.nonzero), ("argwhere", np.argwhere)):
    for _ in range(10):
        a = rand_array(rand_shape(allow_zero=True, lo_dim=1))
        add(fn, [a], {}, call(f, [a], {}))
    add(fn, [np.array(3)], {}, call(f, [np.array(3)], {}))
add("argwhere", [np.array(0)], {}, lambda: np.argwhere(np.array(0)))

# ---- searchsorted, histogram, bincount --------------------------------------------------------
for _ in range(15):
    dt = ["float64", "int64"][int(rng.integers(0, 2))]
    a = np.sort(rand_array((int(rng.integers(0, 8)),), dt))
    v = rand_array(rand_shape(2), ["float64", "int64"][int(rng.integers(0, 2))])
    kw = {"side": "right"} if rng.random() < 0.5 else {}
    add("searchsorted", [a, v], kw, call(np.searchsorted, [a, v], kw))
add("searchsorted", [np.array([1, 2, 3]), 2], {}, lambda: np.searchsorted(np.array([1, 2, 3]), 2))
add("searchsorted", [np.array([1, 2, 3]), 2], {"side": "middle"},
    lambda: np.searchsorted(np.array([1, 2, 3]), 2, side="middle"))
add("searchsorted", [np.array([3, 1, 2]), np.array([2, 3])], {"sorter": np.array([1, 2, 0])},
    lambda: np.searchsorted(np.array([3, 1, 2]), np.array([2, 3]), sorter=np.array([1, 2, 0])))
for _ in range(15):
    a = rand_array((int(rng.integers(1, 40)),), ["float64", "int64"][int(rng.integers(0, 2))], special=False)
    kw = {}
    r = rng.random()
    if r < 0.4:
        kw["bins"] = int(rng.integers(1, 12))
    elif r < 0.6:
        kw["bins"] = np.sort(np.round(rng.normal(0, 3, int(rng.integers(2, 6))), 2))
    if rng.random() < 0.3:
        kw["range"] = (-2.0, float(np.round(rng.random() * 5, 2)))
    if rng.random() < 0.2:
        kw["density"] = True
    if rng.random() < 0.2:
        kw["weights"] = np.round(rng.random(a.shape), 2)
    add("histogram", [a], kw, call(np.histogram, [a], kw), tol=1e-15)
h = np.round(rng.normal(0, 1, 3000), 5)
add("histogram", [h], {"bins": 37}, lambda: np.histogram(h, bins=37))
for a, kw in ((np.array([1.0, 1.0]), {}), (np.zeros(0), {"bins": 3}), (np.array([np.nan]), {}),
              (np.arange(3), {"bins": 0}), (np.arange(3), {"range": (3.0, 1.0)}),
              (np.arange(3), {"bins": np.array([3.0, 1.0])})):
    add("histogram", [a], kw, call(np.histogram, [a], kw))
for _ in range(10):
    x = rng.integers(0, 8, int(rng.integers(0, 12)))
    kw = {}
    if rng.random() < 0.4:
        kw["minlength"] = int(rng.integers(0, 12))
    if rng.random() < 0.4:
        kw["weights"] = np.round(rng.random(x.shape), 2)
    add("bincount", [x], kw, call(np.bincount, [x], kw))
add("bincount", [np.array([1, -1])], {}, lambda: np.bincount(np.array([1, -1])))
add("bincount", [np.array([1])], {"minlength": -1}, lambda: np.bincount(np.array([1]), minlength=-1))

# ---- views: squeeze expand_dims transpose swapaxes moveaxis flip broadcast_to ------------------
for _ in range(12):
    s = tuple(1 if rng.random() < 0.4 else int(rng.integers(1, 4)) for _ in range(int(rng.integers(0, 4))))
    a = rand_array(s)
    kw = {}
    ones = [i for i, d in enumerate(s) if d == 1]
    if ones and rng.random() < 0.5:
        kw["axis"] = tuple(ones[:int(rng.integers(1, len(ones) + 1))])
    add("squeeze", [a], kw, call(np.squeeze, [a], kw), view=True)
a = rand_array((2, 1, 3))
add("squeeze", [a], {"axis": 0}, lambda: np.squeeze(a, axis=0))
add("squeeze", [a], {"axis": 3}, lambda: np.squeeze(a, axis=3))
for _ in range(10):
    a = rand_array(rand_shape())
    ax = (int(rng.integers(-a.ndim - 1, a.ndim + 1)) if rng.random() < 0.6
          else (0, a.ndim + 1))
    add("expand_dims", [a, ax], {}, call(np.expand_dims, [a, ax], {}), view=True)
add("expand_dims", [rand_array((2, 2)), 3], {}, lambda: np.expand_dims(np.zeros((2, 2)), 3))
for _ in range(8):
    a = rand_array(rand_shape(lo_dim=1))
    axes = tuple(int(x) for x in rng.permutation(a.ndim))
    add("transpose", [a, axes], {}, call(np.transpose, [a, axes], {}), view=True)
add("transpose", [rand_array((2, 3))], {"axes": (0, 0)}, lambda: np.transpose(np.zeros((2, 3)), (0, 0)))
add("transpose", [rand_array((2, 3))], {"axes": (0,)}, lambda: np.transpose(np.zeros((2, 3)), (0,)))
for _ in range(8):
    a = rand_array(rand_shape(lo_dim=1))
    i, j = (int(x) for x in rng.integers(-a.ndim, a.ndim, 2))
    add("swapaxes", [a, i, j], {}, call(np.swapaxes, [a, i, j], {}), view=True)
add("swapaxes", [rand_array((2, 2)), 0, 2], {}, lambda: np.swapaxes(np.zeros((2, 2)), 0, 2))
for _ in range(8):
    a = rand_array(rand_shape(lo_dim=2))
    k = int(rng.integers(1, a.ndim + 1))
    src = tuple(int(x) for x in rng.choice(a.ndim, k, replace=False))
    dst = tuple(int(x) for x in rng.choice(a.ndim, k, replace=False))
    if k == 1 and rng.random() < 0.5:
        src, dst = src[0], dst[0] - a.ndim
    add("moveaxis", [a, src, dst], {}, call(np.moveaxis, [a, src, dst], {}), view=True)
add("moveaxis", [rand_array((2, 3))], {"source": (0, 1), "destination": 0},
    lambda: np.moveaxis(np.zeros((2, 3)), (0, 1), 0))
for _ in range(10):
    a = rand_array(rand_shape(allow_zero=True))
    kw = {}
    ax = axes_of(a.ndim)
    if ax is not None:
        kw["axis"] = ax
    add("flip", [a], kw, call(np.flip, [a], kw), view=True)
for fn, f in (("fliplr", np.fliplr), ("flipud", np.flipud)):
    for s in ((2, 3), (3,), (2, 2, 2), ()):
        a = rand_array(s)
        add(fn, [a], {}, call(f, [a], {}), view=True)
for a, shape in ((rand_array((3,)), (2, 3)), (rand_array((2, 1)), (2, 2, 4)), (rand_array(()), (2,)),
                 (rand_array((3,)), (3, 2)), (rand_array((1,)), (0,))):
    add("broadcast_to", [a, shape], {}, call(np.broadcast_to, [a, shape], {}), view=True)

# ---- roll tile repeat pad ---------------------------------------------------------------------
for _ in range(12):
    a = rand_array(rand_shape(allow_zero=True, lo_dim=1))
    shift = int(rng.integers(-7, 8))
    kw = {}
    if rng.random() < 0.6:
        kw["axis"] = int(rng.integers(-a.ndim, a.ndim))
    add("roll", [a, shift], kw, call(np.roll, [a, shift], kw))
a = rand_array((3, 4))
add("roll", [a, (1, -2)], {"axis": (0, 1)}, lambda: np.roll(a, (1, -2), axis=(0, 1)))
add("roll", [a, 1], {"axis": 2}, lambda: np.roll(a, 1, axis=2))
for _ in range(10):
    a = rand_array(rand_shape())
    reps = (int(rng.integers(0, 3)) if rng.random() < 0.4
            else tuple(int(x) for x in rng.integers(1, 3, int(rng.integers(1, 4)))))
    add("tile", [a, reps], {}, call(np.tile, [a, reps], {}))
for _ in range(10):
    a = rand_array(rand_shape(lo_dim=1))
    kw = {}
    if rng.random() < 0.6:
        kw["axis"] = int(rng.integers(-a.ndim, a.ndim))
        n = a.shape[kw["axis"]]
    else:
        n = a.size
    reps = int(rng.integers(0, 3)) if rng.random() < 0.5 else rng.integers(0, 3, n)
    add("repeat", [a, reps], kw, call(np.repeat, [a, reps], kw))
add("repeat", [np.arange(3), np.array([1, 2])], {}, lambda: np.repeat(np.arange(3), np.array([1, 2])))
add("repeat", [np.arange(3), -1], {}, lambda: np.repeat(np.arange(3), -1))
for _ in range(18):
    a = rand_array(rand_shape(lo_dim=1, max_ndim=2))
    mode = ["constant", "edge", "reflect"][int(rng.integers(0, 3))]
    r = rng.random()
    if r < 0.3:
        w = int(rng.integers(0, 4))
    elif r < 0.6:
        w = (int(rng.integers(0, 4)), int(rng.integers(0, 6)))
    else:
        w = tuple((int(rng.integers(0, 3)), int(rng.integers(0, 7))) for _ in range(a.ndim))
    kw = {"mode": mode}
    if mode == "constant" and rng.random() < 0.5:
        kw["constant_values"] = int(rng.integers(-3, 4))
    add("pad", [a, w], kw, call(np.pad, [a, w], kw))
add("pad", [np.arange(3), -1], {}, lambda: np.pad(np.arange(3), -1))
add("pad", [np.zeros((0, 2)), 1], {"mode": "edge"}, lambda: np.pad(np.zeros((0, 2)), 1, mode="edge"))
add("pad", [np.arange(3.0), 2], {"constant_values": 1.5}, lambda: np.pad(np.arange(3.0), 2, constant_values=1.5))

# ---- split array_split stacks atleast ---------------------------------------------------------
for fn, f in (("split", np.split), ("array_split", np.array_split)):
    for _ in range(10):
        a = rand_array(rand_shape(lo_dim=1))
        ax = int(rng.integers(-a.ndim, a.ndim))
        ios = (int(rng.integers(1, 4)) if rng.random() < 0.6
               else tuple(sorted(int(x) for x in rng.integers(-2, 6, int(rng.integers(1, 3))))))
        add(fn, [a, ios], {"axis": ax}, call(f, [a, ios], {"axis": ax}))
    add(fn, [np.arange(5), 2], {}, call(f, [np.arange(5), 2], {}))
    add(fn, [np.arange(5), 0], {}, call(f, [np.arange(5), 0], {}))
for fn, f in (("hstack", np.hstack), ("vstack", np.vstack), ("dstack", np.dstack),
              ("column_stack", np.column_stack)):
    for _ in range(6):
        s = rand_shape(max_ndim=2)
        arrs = tuple(rand_array(s) for _ in range(int(rng.integers(1, 4))))
        add(fn, [arrs], {}, call(f, [arrs], {}))
    arrs = (rand_array((2,)), rand_array((3,)))
    add(fn, [arrs], {}, call(f, [arrs], {}))
for fn, f in (("atleast_1d", np.atleast_1d), ("atleast_2d", np.atleast_2d)):
    for s in ((), (3,), (2, 3), (1, 2, 3)):
        a = rand_array(s)
        add(fn, [a], {}, call(f, [a], {}), view=True)
    arrs = [rand_array(()), rand_array((2,))]
    add(fn, arrs, {}, lambda: tuple(f(*arrs)))

# ---- take take_along_axis put -----------------------------------------------------------------
for _ in range(12):
    a = rand_array(rand_shape(lo_dim=1))
    kw = {}
    if rng.random() < 0.6:
        kw["axis"] = int(rng.integers(-a.ndim, a.ndim))
        n = a.shape[kw["axis"]]
    else:
        n = a.size
    ind = rng.integers(-n, n, rand_shape(2)) if rng.random() < 0.8 else int(rng.integers(-n, n))
    add("take", [a, ind], kw, call(np.take, [a, ind], kw))
add("take", [np.arange(3), np.array([3])], {}, lambda: np.take(np.arange(3), np.array([3])))
for _ in range(10):
    a = rand_array(rand_shape(lo_dim=1))
    ax = int(rng.integers(-a.ndim, a.ndim))
    s = list(a.shape)
    s[ax] = int(rng.integers(1, 4))
    ind = rng.integers(-a.shape[ax], a.shape[ax], s)
    add("take_along_axis", [a, ind], {"axis": ax}, call(np.take_along_axis, [a, ind], {"axis": ax}))
m = rng.normal(0, 1, (3, 4))
add("take_along_axis", [m, np.argsort(m, axis=1)], {"axis": 1},
    lambda: np.take_along_axis(m, np.argsort(m, axis=1), axis=1))
add("take_along_axis", [m, np.array([0])], {"axis": 1}, lambda: np.take_along_axis(m, np.array([0]), axis=1))
for _ in range(8):
    a = rand_array(rand_shape(lo_dim=1))
    ind = rng.integers(-a.size, a.size, int(rng.integers(1, 4)))
    v = rand_array((int(rng.integers(1, 3)),), a.dtype.name if rng.random() < 0.7 else "int64")
    before = a.copy()
    case_args = [before, ind, v]
    np.put(a, ind, v)
    add("put", case_args, {}, lambda: None)
    cases[-1]["check_arg"] = 0
    cases[-1]["expected"] = enc(a)
add("put", [np.zeros(3), np.array([5]), np.array([1.0])], {},
    lambda: np.put(np.zeros(3), np.array([5]), np.array([1.0])))

# ---- convolve correlate -----------------------------------------------------------------------
for fn, f, default in (("convolve", np.convolve, "full"), ("correlate", np.correlate, "valid")):
    for _ in range(18):
        dt = DTYPES[int(rng.integers(0, 3))]
        a = rand_array((int(rng.integers(1, 9)),), dt, special=False)
        v = rand_array((int(rng.integers(1, 9)),), DTYPES[int(rng.integers(0, 3))], special=False)
        kw = {} if rng.random() < 0.3 else {"mode": ["full", "same", "valid"][int(rng.integers(0, 3))]}
        add(fn, [a, v], kw, call(f, [a, v], kw))
    for n1, n2 in ((1200, 100), (900, 37), (40, 100), (300, 300), (700, 11), (600, 12), (500, 48)):
        a = np.round(rng.normal(0, 1, n1), 6)
        v = np.round(rng.normal(0, 1, n2), 6)
        for mode in ("full", "same", "valid"):
            # numpy's ddot adds the full windows of kernels of 16 or more in 32 lanes: not bits
            add(fn, [a, v], {"mode": mode}, call(f, [a, v], {"mode": mode}),
                tol=0.0 if min(n1, n2) < 16 else 1e-12)
    add(fn, [np.zeros(0), np.ones(2)], {}, call(f, [np.zeros(0), np.ones(2)], {}))
    add(fn, [np.ones(3), np.ones(2)], {"mode": "middle"}, call(f, [np.ones(3), np.ones(2)], {"mode": "middle"}))

with open("cases.json", "w") as out:
    json.dump({"numpy": np.__version__, "cases": cases}, out, indent=None, separators=(",", ":"))
    out.write("\n")
print(len(cases), "cases")
