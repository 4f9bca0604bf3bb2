"""Generates index_cases.json: numpy's results for indexing beyond the shared golden file.

Covers masks, integer arrays (alone and mixed with basic items), negative steps, index
assignment with broadcasting, mask assignment and errors. Run with numpy installed:

    python3 make_cases.py > index_cases.json

Index items are encoded as in the golden file (int, {"slice": [start, stop, step]},
{"newaxis": true}, {"ellipsis": true}) plus {"array": <array>} for an ndarray, {"list": [...]}
for a Python list, {"bool": b} for a Python bool and {"float": f} for a Python float.
A "getitem" result that numpy returns as a scalar (not a 0-d array) has "scalar": true.
A "setitem" case has "value" (an array, {"scalar": v, "dtype": d} or {"list": [...]}), and
"expected" is the whole array after the assignment.
"""

import json

import numpy as np

rng = np.random.default_rng(2024)


def enc_array(a):
    a = np.asarray(a)
    if a.dtype == np.float64:
        data = [x if np.isfinite(x) else str(x) for x in a.ravel().tolist()]
    else:
        data = a.ravel().tolist()
    return {"shape": list(a.shape), "dtype": str(a.dtype), "data": data}


class L(list):
    """A Python list index item (numpy converts it to an array)."""


def enc_item(i):
    if i is None:
        return {"newaxis": True}
    if i is Ellipsis:
        return {"ellipsis": True}
    if isinstance(i, slice):
        return {"slice": [i.start, i.stop, i.step]}
    if isinstance(i, bool):
        return {"bool": i}
    if isinstance(i, int):
        return i
    if isinstance(i, float):
        return {"float": i}
    if isinstance(i, L):
        return {"list": list(i)}
    if isinstance(i, np.ndarray):
        return {"array": enc_array(i)}
    raise TypeError(i)


def enc_value(v):
    if isinstance(v, np.ndarray):
        return enc_array(v)
    if isinstance(v, list):
        return {"list": v}
    dtype = "bool" if isinstance(v, bool) else "int64" if isinstance(v, int) else "float64"
    return {"scalar": v if np.isfinite(v) else str(v), "dtype": dtype}


def error(e):
    return {"error": type(e).__name__, "message": str(e)}


cases = []


def get(a, *index):
    idx = tuple(list(i) if isinstance(i, L) else i for i in index)
    case = {"id": "xget_%03d" % len(cases), "op": "getitem", "args": [enc_array(a), {"index": [enc_item(i) for i in index]}]}
    try:
        r = a[idx]
        case["expected"] = enc_array(r)
        if isinstance(r, np.generic):
            case["scalar"] = True
    except Exception as e:  # numpy's error is the expected result
        case["expected"] = error(e)
    cases.append(case)


def put(a, value, *index):
    idx = tuple(list(i) if isinstance(i, L) else i for i in index)
    case = {"id": "xset_%03d" % len(cases), "op": "setitem", "args": [enc_array(a), {"index": [enc_item(i) for i in index]}], "value": enc_value(value)}
    b = a.copy()
    try:
        b[idx] = np.array(value) if isinstance(value, list) else value
        case["expected"] = enc_array(b)
    except Exception as e:
        case["expected"] = error(e)
    cases.append(case)


x = np.array([50, 70, 30, 120, 10, 90])
xf = rng.normal(size=6).round(3)
A = np.arange(12).reshape(3, 4)
Af = rng.normal(size=(3, 4)).round(3)
T = np.arange(24).reshape(2, 3, 4)
Tf = rng.normal(size=(2, 3, 4)).round(3)
B = rng.integers(0, 2, size=(3, 4)).astype(bool)

# masks
get(x, x > 40)
get(x, x > 1000)
get(x, x > 0)
get(xf, xf > 0)
get(A, A > 5)
get(Af, Af < 0)
get(T, T % 3 == 0)
get(B, B)
get(A, np.array([True, False, True]))
get(A, np.array([True, False, True]), 1)
get(A, np.array([True, False, True]), slice(None, None, -2))
get(A, slice(None), np.array([True, False, True, True]))
get(A, Ellipsis, np.array([False, False, True, True]))
get(T, T[0] > 5)
get(T, T[0] > 5, 1)
get(T, slice(None), T[0, 0] > 1)
get(T, 1, A > 4)
get(A, True)
get(A, False)
get(A, slice(None), True)
get(x, L([True, False, True, False, True, False]))
get(A, np.array([True, False]))
get(A, slice(None), np.array([True, False]))
get(x, np.array([[True]]))
get(A, A[:2] > 1)
# integer arrays
get(x, L([0, 2]))
get(x, L([-1, 0, 0, 5]))
get(x, np.array([3, 1]))
get(x, L([[0, 1], [2, 3]]))
get(x, L([]))
get(A, L([2, 0]))
get(A, slice(None), L([0, 2]))
get(A, 1, L([0, -1]))
get(A, L([0, 1]), L([1, 2]))
get(A, L([[0], [2]]), L([0, 1, 3]))
get(A, L([0, 1]), slice(None, None, -1))
get(A, slice(None, None, -1), L([0, 3]))
get(T, L([0, 1]), slice(None), L([0, 1]))
get(T, slice(None), L([0]), Ellipsis, L([0]))
get(T, 0, slice(None), L([0, 1]))
get(T, slice(None), L([0, 1]), None)
get(T, None, L([0, 1]))
get(T, L([0, 1]), None, L([1, 2]))
get(T, slice(1, None), L([2, 0]), slice(None, None, 2))
get(T, Ellipsis, L([3, 0]))
get(Tf, L([1]), L([[0, 1], [2, 2]]), L([3]))
get(A, L([True, 1]))
get(A, np.array([[0, 1], [1, 2]]))
# negative steps and clamping
get(x, slice(None, None, -2))
get(x, slice(-1, -5, -2))
get(x, slice(5, -10, -1))
get(x, slice(-10, 10, 4))
get(x, slice(10 ** 12, None, -1))
get(A, slice(None, None, -1), slice(None, None, -1))
get(A, slice(None, 0, -1), slice(-1, 0, -2))
get(T, slice(None, None, -1), None, 1, slice(None, None, -3))
get(T, 1, Ellipsis)
get(T, Ellipsis, 1, 2)
get(T, None, Ellipsis, None)
get(np.array(5.5))
get(np.array(5), Ellipsis)
get(np.array(7), None)
# errors
get(x, L([6]))
get(x, L([0, -7]))
get(A, slice(None), L([4]))
get(A, L([0, 1]), L([0, 1, 2]))
get(A, np.array([1.0]))
get(A, 1.0)
get(A, Ellipsis, Ellipsis)
get(A, Ellipsis, L([0]), Ellipsis)
get(A, A > 1, 0)
get(x, slice(None, None, 0), L([0]))
get(A, None, 5)
get(T, 0, 0, 0, 0)
get(A, 2, 4)
get(A, -4)

# assignment
put(A, 0, 0, slice(None))
put(A, [7, 8, 9], slice(None), 1)
put(A, [1, 2, 3, 4], 0)
put(A, 5, Ellipsis)
put(A, np.array([[1, 2, 3, 4]]), slice(None, None, 2))
put(Af, np.array([1.5, 2.5, 3.5]), slice(None), slice(None, None, -1), None)
put(A, A[::-1], slice(None))
put(x, x[:-1], slice(1, None))
put(x, x[1:], slice(None, -1))
put(x, 0, x > 40)
put(x, [1, 2, 3], x > 40)
put(x, [9], x > 40)
put(xf, 7, xf > 0)
put(A, np.array([100, 200, 300, 400, 500, 600]), A > 5)
put(A, -1, np.array([True, False, True]))
put(A, [1, 2, 3, 4], np.array([True, False, True]))
put(A, 0, slice(None), np.array([True, False, False, True]))
put(A, [9, 8], L([0, 1]), L([1, 2]))
put(A, [[1, 2, 3, 4], [5, 6, 7, 8]], L([0, 0]))
put(A, [10, 20, 30], L([0, 2, 2]), 1)
put(A, [[1], [2]], L([2, 0]))
put(T, 0, slice(None), L([0]), Ellipsis, L([0]))
put(T, [1, 2], L([0, 1]), slice(None), 3)
put(A, 7.9, 0, 0)
put(A, -7.9, 1)
put(A, 7.9, A > 8)
put(A, True, 2, 3)
put(Af, True, A > 8)
put(B, 2.5, 0)
put(B, 0, B)
put(Af, 3, 1, slice(None, None, 2))
put(x, 1, L([]))
put(A, 1, True)
put(A, 1, False)
put(x, [5, 6], L([0, 0]))
# assignment errors
put(x, [1, 2], x > 40)
put(x, [1, 2, 3, 4], x > 40)
put(A, np.array([[1, 2, 3]]), A > 8)
put(A, [1, 2], slice(None), 1)
put(A, [1, 2], L([0, 1]), slice(None))
put(A, [[1], [2], [3]], L([0, 1]))
put(A, np.array([1, 2]), 0, 0)
put(A, float("nan"), 0, 0)
put(A, float("inf"), 1)
put(A, 1, 3)
put(A, 1, np.array([True, False]))
put(A, 1, L([0]), L([0, 1, 2]))

print(json.dumps({"generator": "numpy " + np.__version__, "cases": cases}, indent=1))
