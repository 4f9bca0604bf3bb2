"""Reference cases for ddl's linear algebra, from numpy on this machine.

Run from this directory: python3 make_cases.py (writes linalg_cases.json). Each case is a call
of a ddl built-in (numpy's name, with np. deleted) with its arguments, keywords and numpy's result
or error message. LinalgGoldenTest runs every case through ddl's built-in registry.

It then runs itself again with OpenBLAS's Haswell kernels (OPENBLAS_CORETYPE=Haswell) and writes
the cases on the Hilbert matrix to hilbert_haswell.json: numpy's own result for those moves by up to
5e-8 between OpenBLAS's kernels, so SameKernelTest runs ddl on the same kernels and compares to 1e-10.
"""
import json
import math
import os
import subprocess
import sys

import numpy as np

rng = np.random.default_rng(20261202)
cases = []


def enc(v):
    if v is None:
        return None
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, tuple) and hasattr(v, "_fields"):
        return {"named": type(v).__name__, "fields": list(v._fields),
                "items": [enc(x) for x in v]}
    if isinstance(v, (tuple, list)) and not isinstance(v, np.ndarray):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, np.ndarray):
        if v.dtype == np.int32:
            v = v.astype(np.int64)
        assert v.dtype in (np.float64, np.int64, np.bool_), v.dtype
        data = [float(x) if v.dtype == np.float64 else (bool(x) if v.dtype == np.bool_ else int(x))
                for x in v.ravel()]
        return {"array": {"dtype": str(v.dtype), "shape": list(v.shape), "data": data}}
    if isinstance(v, (bool, np.bool_)):
        return {"bool": bool(v)}
    if isinstance(v, (int, np.integer)):
        return {"int": int(v)}
    if isinstance(v, (float, np.floating)):
        return {"float": float(v)}
    raise TypeError(type(v))


def arg(v):
    return enc(np.asarray(v)) if isinstance(v, (list, np.ndarray)) else enc(v)


def case(fn, *args, tol=1e-10, **kwargs):
    f = np
    for part in fn.split("."):
        f = getattr(f, part)
    try:
        expect = enc(f(*args, **kwargs))
    except Exception as e:  # numpy's error, with its message
        expect = {"error": type(e).__name__, "message": str(e)}
    cases.append({"id": len(cases), "fn": fn, "args": [arg(a) for a in args],
                  "kwargs": {k: arg(v) for k, v in kwargs.items()}, "expect": expect, "tol": tol,
                  "hilbert": any(a is hilbert for a in args)})


def well(n, m=None):
    """A random matrix whose condition number stays small."""
    m = n if m is None else m
    a = rng.standard_normal((n, m))
    if n == m:
        a += n * np.eye(n)
    return a


def sym(n):
    a = rng.standard_normal((n, n))
    return a + a.T


def spd(n):
    a = rng.standard_normal((n, n))
    return a @ a.T + n * np.eye(n)


hilbert = np.array([[1.0 / (i + j + 1) for j in range(8)] for i in range(8)])
# Hilbert 8x8 has condition number 1.5e10: its inverse, solutions and log-determinant depend on
# the rounding of the LU factorisation, which differs in the last bits between the AVX-512 kernels
# of two builds of OpenBLAS 0.3.31 (JavaCPP's for ddl and numpy's own): they agree to about 1.2e-8 of the largest
# element, well inside the cond * eps = 3e-6 a backward-stable solver promises, and are compared
# to 1e-7 here; on the same kernels (hilbert_haswell.json, SameKernelTest) every Hilbert case
# agrees to 1e-10.
ILL = 1e-7
squares = [well(1), well(3), well(10), np.array([[1, 2], [3, 4]]), hilbert,
           well(3)[None].repeat(2, 0) + rng.standard_normal((2, 3, 3)),
           rng.standard_normal((2, 2, 4, 4)) + 4 * np.eye(4)]
rects = [well(5, 3), well(3, 5), well(1, 4), rng.standard_normal((2, 4, 3))]
singular = [np.array([[1.0, 2], [2, 4]]), np.zeros((3, 3)),
            np.array([[[1.0, 0], [0, 1]], [[1, 1], [1, 1]]])]
not_square = [np.ones((2, 3)), np.ones(3), np.ones((2, 3, 4))]

for a in squares + singular:
    tol = ILL if a is hilbert else 1e-10
    case("linalg.inv", a, tol=tol)
    case("linalg.det", a, tol=tol)
    case("linalg.slogdet", a, tol=tol)
for a in not_square:
    for fn in ["linalg.inv", "linalg.det", "linalg.slogdet", "linalg.cholesky", "linalg.eigh",
               "linalg.eig", "linalg.eigvals", "linalg.eigvalsh"]:
        case(fn, a)
case("linalg.inv", np.array(5.0))
case("linalg.det", [[[2.0]]])

for a in squares[:5]:
    n = a.shape[-1]
    tol = ILL if a is hilbert else 1e-10
    case("linalg.solve", a, rng.standard_normal(n), tol=tol)
    case("linalg.solve", a, rng.standard_normal((n, 2)), tol=tol)
case("linalg.solve", squares[5], rng.standard_normal(3))
case("linalg.solve", squares[5], rng.standard_normal((2, 3, 2)))
case("linalg.solve", squares[5], rng.standard_normal((3, 1)))
case("linalg.solve", squares[6], rng.standard_normal((2, 1, 4, 3)))
case("linalg.solve", np.eye(3), np.ones(2))
case("linalg.solve", np.eye(3), np.ones((2, 2)))
case("linalg.solve", np.ones((2, 3, 3)), np.ones((4, 3, 1)))
case("linalg.solve", [[1.0, 2], [2, 4]], [1.0, 2])
case("linalg.solve", [[1, 2], [3, 4]], [5, 6])

for a in [spd(1), spd(3), spd(10), spd(4)[None] + np.zeros((3, 1, 1)), [[4, 2], [2, 5]]]:
    case("linalg.cholesky", a)
    case("linalg.cholesky", a, upper=True)
    case("linalg.eigh", a)
    case("linalg.eigvalsh", a)
for a in [sym(3), sym(10), np.stack([sym(4), sym(4)]), hilbert, [[2, 1], [1, 2]]]:
    case("linalg.eigh", a)
    case("linalg.eigh", a, UPLO="U")
    case("linalg.eigvalsh", a)
    case("linalg.eigvalsh", a, UPLO="U")
    case("linalg.eig", a)
    case("linalg.eigvals", a)
case("linalg.eigh", np.triu(well(4)))  # reads the lower triangle only
case("linalg.eigh", sym(3), UPLO="X")
case("linalg.cholesky", [[1.0, 2], [2, 1]])
case("linalg.cholesky", np.stack([spd(3), -spd(3)]))
# general matrices with real eigenvalues: triangular, and V diag(w) V^-1
for a in [np.triu(well(4)), np.tril(well(3)), [[2.0, 1], [0, 2]]]:
    case("linalg.eig", a)
    case("linalg.eigvals", a)
v = well(5)
case("linalg.eig", v @ np.diag([5.0, -1, 2, 3, 0.5]) @ np.linalg.inv(v))
case("linalg.eigvals", np.stack([np.triu(well(3)), np.tril(well(3))]))

for a in squares + rects + singular + [np.zeros((3, 2))]:
    case("linalg.svd", a)
    case("linalg.svd", a, full_matrices=False)
    case("linalg.svd", a, compute_uv=False)
for a in [sym(4), spd(3), np.stack([sym(3), sym(3)])]:
    case("linalg.svd", a, hermitian=True)
    case("linalg.svd", a, compute_uv=False, hermitian=True)
case("linalg.svd", np.ones(3))

for a in squares[:5] + rects + [np.ones((4, 2))]:
    for mode in ["reduced", "complete", "r", "raw"]:
        case("linalg.qr", a, mode=mode)
case("linalg.qr", np.ones((3, 2)), mode="x")
case("linalg.qr", np.ones(3))

for a in squares + rects + singular:
    case("linalg.pinv", a)
    case("linalg.matrix_rank", a)
case("linalg.pinv", hilbert, rcond=1e-8)
case("linalg.pinv", well(4, 3), rtol=1e-3)
case("linalg.pinv", sym(4), hermitian=True)
case("linalg.pinv", np.zeros((0, 3)))
case("linalg.pinv", well(3), rcond=1e-3, rtol=1e-3)
case("linalg.matrix_rank", hilbert, tol=1e-6)
case("linalg.matrix_rank", hilbert, rtol=1e-4)
case("linalg.matrix_rank", np.ones(4))
case("linalg.matrix_rank", np.zeros(4))
case("linalg.matrix_rank", sym(4), hermitian=True)
case("linalg.matrix_rank", np.eye(3), tol=1.0, rtol=1.0)

for p in [0, 1, 2, 3, 4, 5, 10, -1, -3]:
    case("linalg.matrix_power", well(3), p)
for p in [0, 3, 7]:
    case("linalg.matrix_power", [[1, 1], [1, 0]], p)
case("linalg.matrix_power", squares[5], 4)
case("linalg.matrix_power", squares[5], 0)
case("linalg.matrix_power", [[1, 2], [3, 4]], 1.5)
case("linalg.matrix_power", np.ones((2, 3)), 2)

vecs = [rng.standard_normal(7), np.array([3.0, -4, 0, 1]), np.array([1, 2, 3]), np.zeros(3)]
for x in vecs:
    for o in [None, 1, 2, 3, 0.5, 0, -1, -2, math.inf, -math.inf]:
        case("linalg.norm", x, o)
    case("linalg.norm", x, keepdims=True)
case("linalg.norm", vecs[0], "fro")
mats = [well(3), well(4, 2), hilbert, rng.standard_normal((2, 3, 4)), np.array([[1, 2], [3, 4]])]
for x in mats[:3] + mats[4:]:
    for o in [None, "fro", "nuc", 1, -1, 2, -2, math.inf, -math.inf]:
        case("linalg.norm", x, o)
    case("linalg.norm", x, 3)
    case("linalg.norm", x, axis=0)
    case("linalg.norm", x, axis=1)
    case("linalg.norm", x, 1, axis=1)
    case("linalg.norm", x, math.inf, axis=-1)
    case("linalg.norm", x, 2, axis=(1, 0))
    case("linalg.norm", x, keepdims=True)
    case("linalg.norm", x, "fro", keepdims=True)
    case("linalg.norm", x, "nuc", axis=(0, 1), keepdims=True)
x3 = mats[3]
case("linalg.norm", x3)
case("linalg.norm", x3, 1)
case("linalg.norm", x3, axis=2)
case("linalg.norm", x3, axis=(0, 2))
case("linalg.norm", x3, 2, axis=(2, 1))
case("linalg.norm", x3, "fro", axis=(0, 1), keepdims=True)
case("linalg.norm", x3, -math.inf, axis=(1, 2))
case("linalg.norm", x3, axis=(1, 1))
case("linalg.norm", x3, axis=(0, 1, 2))

a53 = well(5, 3)
for b in [rng.standard_normal(5), rng.standard_normal((5, 2))]:
    case("linalg.lstsq", a53, b)
case("linalg.lstsq", well(3, 5), rng.standard_normal(3))
case("linalg.lstsq", well(3), rng.standard_normal(3))
case("linalg.lstsq", [[1, 0], [1, 1], [1, 2]], [1, 3, 5])
rank_def = np.array([[1.0, 2, 3], [2, 4, 6], [1, 0, 1], [0, 1, 1]])
case("linalg.lstsq", rank_def, rng.standard_normal(4))
case("linalg.lstsq", hilbert, rng.standard_normal(8))
case("linalg.lstsq", hilbert, rng.standard_normal(8), rcond=1e-6)
case("linalg.lstsq", a53, rng.standard_normal((5, 0)))
case("linalg.lstsq", a53, rng.standard_normal(4))
case("linalg.lstsq", np.ones(3), np.ones(3))
case("linalg.lstsq", np.ones((2, 3, 3)), np.ones(3))

# products
m23 = rng.standard_normal((2, 3))
m34 = rng.standard_normal((3, 4))
t234 = rng.standard_normal((2, 3, 4))
t243 = rng.standard_normal((2, 4, 3))
for a, b in [([1, 2, 3], [4, 5, 6]), (rng.standard_normal(5), rng.standard_normal(5)),
             (m23, m34), (m23, [1.0, 2, 3]), ([1.0, 2], m23), (t234, rng.standard_normal(4)),
             (t234, t243), (m23, rng.standard_normal((5, 3, 2))), (3, m23), (m23, 2.5),
             ([[1, 2], [3, 4]], [[5, 6], [7, 8]]), ([True, False], [True, True]),
             (np.ones(3), np.ones(2)), (m23, m23), (t234, rng.standard_normal((4, 2, 5)))]:
    case("dot", a, b)
for a, b in [([1, 2, 3], [4, 5, 6]), (m23, m23 * 2), ([[1, 2], [3, 4]], [1, 2, 3, 4]),
             (np.ones(3), np.ones(2))]:
    case("vdot", a, b)
for a, b in [([1, 2, 3], [4, 5, 6]), (m23, m23), (m23, [1.0, 2, 3]), (t234, m34.T),
             (2, m23), (m23, np.ones(2))]:
    case("inner", a, b)
for a, b in [([1, 2], [3, 4, 5]), (m23, [1.0, 2]), ([1.5], 2)]:
    case("outer", a, b)
for a, b in [([1, 2], [3, 4, 5]), ([[1, 2], [3, 4]], [[0, 1], [1, 0]]), (m23, np.eye(2)),
             (np.ones(2, dtype=int), [[1, 2], [3, 4]]), (t234, [1.0, -1])]:
    case("kron", a, b)
for a, kw in [(well(4), {}), (m34, {}), (m34, {"offset": 1}), (m34, {"offset": -2}),
              (m34, {"offset": 5}), (t234, {}), (t234, {"axis1": 1, "axis2": 2}),
              (t234, {"axis1": -1, "axis2": 0, "offset": 1}), ([[1, 2], [3, 4]], {}),
              (np.ones((2, 2), dtype=bool), {}), (np.ones(3), {})]:
    case("trace", a, **kw)

a4 = rng.standard_normal((4, 4))
b4 = rng.standard_normal((4, 4))
v4 = rng.standard_normal(4)
bt = rng.standard_normal((3, 4, 5))
ct = rng.standard_normal((3, 5, 2))
for sub, ops in [
        ("ij,jk->ik", (m23, m34)), ("ij,jk", (m23, m34)), ("ij,kj->ik", (a4, b4)),
        ("ji,jk->ik", (a4, b4)), ("ij,jk->ki", (a4, b4)), ("bij,bjk->bik", (bt, ct)),
        ("bij,bjk", (bt, ct)), ("bij,bkj->bik", (bt, rng.standard_normal((3, 2, 5)))),
        ("ii", (a4,)), ("ii->i", (a4,)), ("ij->ji", (m23,)), ("ij", (m23,)), ("ji", (m23,)),
        ("ij->", (m23,)), ("ij->i", (m23,)), ("ij->j", (m23,)), ("i,i", (v4, v4)),
        ("i,i->i", (v4, v4)), ("i,j->ij", (v4, v4[:3])), ("i,j", (v4, v4[:3])),
        ("ij,j->i", (a4, v4)), ("ij,i->j", (a4, v4)), ("ij,ij->", (a4, b4)),
        ("ij,ij->ij", (a4, b4)), ("ij,ji->", (a4, b4)), ("ijk->kji", (bt,)),
        ("ijk,ikl->jl", (bt, ct)), ("ij,jk,kl->il", (a4, b4, a4)), ("i,ij,j", (v4, a4, v4)),
        ("ij,jk,k", (m23, m34, v4)), ("...ij,...jk->...ik", (bt, ct)),
        ("...ij,jk", (bt, rng.standard_normal((5, 2)))), ("i...->...", (m23,)),
        ("...i,...i", (m23, m23)), ("...,...", (m23, np.array(2.0))), ("ij...->ji...", (bt,)),
        ("aB", (m23,)), ("Ba", (m23,)), ("iij->j", (rng.standard_normal((3, 3, 2)),)),
        ("iji->j", (rng.standard_normal((3, 2, 3)),)), ("i,i->i", (v4, np.ones(1))),
        ("ij,ij->i", (m23, np.ones((1, 3)))), ("i j", (m23,)), ("", (np.array(3.0),)),
        ("i,i", ([1, 2, 3], [4, 5, 6])), ("ij,jk->ik", ([[1, 2], [3, 4]], [[5, 6], [7, 8]])),
        ("i,i", ([1, 2], [1.5, 2])), ("i,i", ([True, False], [True, True])),
        ("i->", ([True, False],)), ("ij->", (np.ones((2, 3), dtype=int),)),
        ("ijkl,klmn->ijmn", (rng.standard_normal((2, 3, 2, 2)), rng.standard_normal((2, 2, 3, 2)))),
        ("ij,jk->ik", (m23, m23)), ("ij,jk->ix", (m23, m34)), ("ij,jk", (m23,)),
        ("ij", (m23, m23)), ("ijk", (m23,)), ("i", (m23,)), ("ii->ii", (a4,)),
        ("ii", (m23,)), ("i.j", (m23,)), ("i1", (m23,)), ("ij->i->j", (m23,)),
        ("...i,...i", (m23, rng.standard_normal((4, 3)))), ("...i->i", (m23,)),
        ("i,i", (np.ones(3), np.ones(2)))]:
    case("einsum", sub, *ops)

if os.environ.get("OPENBLAS_CORETYPE") == "Haswell":
    same = [dict(c, tol=1e-10) for c in cases if c["hilbert"]]
    with open("hilbert_haswell.json", "w") as f:
        json.dump({"numpy": np.__version__, "kernel": "Haswell", "cases": same}, f,
                  separators=(",", ":"))
    print(len(same), "Hilbert cases on the Haswell kernels")
else:
    with open("linalg_cases.json", "w") as f:
        json.dump({"numpy": np.__version__, "cases": cases}, f, separators=(",", ":"))
    print(len(cases), "cases")
    env = dict(os.environ, OPENBLAS_CORETYPE="Haswell")
    env.pop("OPENBLAS_L2_SIZE", None)
    subprocess.run([sys.executable, __file__], env=env, check=True)
