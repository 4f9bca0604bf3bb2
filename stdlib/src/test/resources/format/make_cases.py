"""Regenerates the printing fixtures of ddl.stdlib.format's tests.

Run from this directory with numpy 2.4.x:  python3 make_cases.py

Writes
  array_cases.json   numpy's exact str() and repr() of arrays, with the print options used
  pyfloat_repr.tsv   Python's repr() of doubles: <64-bit pattern in hex> TAB <repr>
  numpy_float.tsv    numpy's format_float_positional / format_float_scientific of doubles with
                     cutoffs, minimum digits and exact digits: <hex> TAB <call> TAB <result>

Every expected string is what numpy / Python returned; nothing is typed in by hand.
"""

import json
import math
import random
import struct

import numpy as np

SEED = 20240611


def encode(a):
    def value(x):
        if a.dtype == np.float64:
            x = float(x)
            if math.isnan(x):
                return "nan"
            if math.isinf(x):
                return "inf" if x > 0 else "-inf"
            return x
        if a.dtype == np.bool_:
            return bool(x)
        return int(x)

    return {
        "shape": list(a.shape),
        "dtype": str(a.dtype),
        "data": [value(x) for x in a.ravel(order="C")],
    }


def array_cases():
    rng = np.random.default_rng(SEED)
    cases = []

    def add(name, a, **options):
        a = np.asarray(a)
        with np.printoptions(**options):
            cases.append(
                {
                    "name": name,
                    "options": options,
                    "array": encode(a),
                    "str": str(a),
                    "repr": repr(a),
                }
            )

    # wide rows that wrap, in str and in repr (indent 6 after "array(")
    add("wrap_int", np.arange(100))
    add("wrap_int_2d", np.arange(60).reshape(2, 30) * 1001)
    add("wrap_float", np.linspace(0, 1, 37))
    add("wrap_normal", rng.normal(size=(3, 17)))
    add("wrap_linewidth_40", np.arange(30), linewidth=40)
    # summaries past the threshold
    add("summary_1d_float", rng.normal(size=2000))
    add("summary_2d_int", np.arange(50 * 60).reshape(50, 60))
    add("summary_3d_float", rng.uniform(-5, 5, size=(12, 11, 10)))
    add("summary_3d_int", np.arange(2 * 30 * 40).reshape(2, 30, 40))
    add("summary_rows_only", np.arange(1005 * 2).reshape(1005, 2))
    add("summary_edgeitems_1", np.arange(2000), edgeitems=1)
    add("summary_threshold_10", np.arange(12.0), threshold=10)
    add("summary_bool", rng.random(1500) > 0.5)
    # 3-D blocks separated by blank lines, 4-D by two
    add("blocks_3d", np.arange(24).reshape(2, 3, 4))
    add("blocks_4d", np.arange(16.0).reshape(2, 2, 2, 2) / 4)
    # magnitudes: scientific notation when they span too much
    add("sci_mixed", np.array([1e-5, 1.0, 1e5]))
    add("sci_ratio", np.array([0.5, 1500.0]))
    add("sci_big", np.array([1.5e8, 2.0, -3.25]))
    add("sci_huge_exp", np.array([1e300, 1e-300]))
    add("sci_subnormal", np.array([5e-324, 1.0]))
    add("sci_precision_cap", np.array([1 / 3, 1e-7]))
    add("sci_with_nan", np.array([1e-9, np.nan, -np.inf, 3.0]))
    add("pos_ratio_1000", np.array([1.0, 1000.0]))
    add("pos_rounding_up", np.array([0.999999999, 1.5]))
    add("pos_99999999", np.array([99999999.5, 1.0]))
    # integers
    add("int_large", np.array([2**62, -(2**63), 7]))
    add("int_negative", np.array([[-1, 10], [100, -1000]]))
    add("int_scalar_big", np.array(-(2**63)))
    # zeros, signs, nan and inf
    add("neg_zero_2d", np.array([[-0.0, 1.5], [0.0, -2.0]]))
    add("neg_zero_only", np.array([-0.0, -0.0]))
    add("nan_only", np.array([np.nan, np.nan]))
    add("inf_only", np.array([np.inf, -np.inf]))
    add("nan_inf_mix", np.array([[np.nan, 1e-3], [np.inf, 12345.678]]))
    add("scalar_nan", np.array(np.nan))
    add("scalar_neg_inf", np.array(-np.inf))
    add("scalar_small", np.array(1.5e-7))
    add("scalar_big", np.array(1.2345678901234567e16))
    add("scalar_false", np.array(False))
    # print options
    add("precision_4", rng.normal(size=(3, 3)), precision=4)
    add("precision_4_sci", np.array([1.23456789e-6, 2.0]), precision=4)
    add("precision_0", np.array([1.5, 2.5, -0.4]), precision=0)
    add("suppress", np.array([1e-10, 1.0, 123.456]), suppress=True)
    add("suppress_tiny", np.array([1e-10, -1e-12]), suppress=True)
    add("suppress_big", np.array([1e9, 1.0]), suppress=True)
    add("suppress_precision_3", rng.normal(size=5) * 1e-3, suppress=True, precision=3)
    add("sign_plus_float", np.array([1.5, -2.0, 0.0]), sign="+")
    add("sign_space_float", np.array([1.5, 2.0]), sign=" ")
    add("sign_plus_int", np.array([1, -20, 300]), sign="+")
    add("floatmode_fixed", np.array([0.1, 0.25]), floatmode="fixed")
    add("floatmode_unique", np.array([1 / 3, 0.5]), floatmode="unique")
    add("floatmode_maxprec_equal", np.array([0.1, 0.25]), floatmode="maxprec_equal")
    # bool
    add("bool_2d", np.array([[True, False, True], [False, False, True]]))
    add("bool_3d", np.arange(12).reshape(2, 2, 3) % 3 == 0)
    # empty arrays
    add("empty_float", np.zeros(0))
    add("empty_int_2d", np.zeros((0, 3), dtype=np.int64))
    add("empty_bool_3d", np.zeros((2, 0, 1), dtype=bool))
    # a repr whose dtype/shape suffix does not fit on the last line
    add("repr_extras_wrap", np.arange(1001.0).reshape(1001) * 1e3, linewidth=60)
    # random shapes, magnitudes, specials and options
    for i in range(60):
        shape = tuple(int(n) for n in rng.integers(1, 9, size=rng.integers(1, 4)))
        kind = rng.integers(0, 4)
        if kind == 0:
            a = rng.integers(-(10 ** rng.integers(1, 18)), 10 ** rng.integers(1, 18), size=shape)
        elif kind == 1:
            a = rng.random(shape) > 0.4
        else:
            a = rng.normal(size=shape) * 10.0 ** rng.integers(-9, 10, size=shape if kind == 3 else 1)
            if rng.random() < 0.5:
                a = np.round(a, rng.integers(0, 4))
            flat = a.reshape(-1)
            for special in (np.nan, np.inf, -np.inf, -0.0, 0.0):
                if rng.random() < 0.2:
                    flat[rng.integers(0, flat.size)] = special
        options = {}
        if rng.random() < 0.3:
            options["precision"] = int(rng.integers(1, 11))
        if rng.random() < 0.2:
            options["suppress"] = True
        if rng.random() < 0.3:
            options["linewidth"] = int(rng.integers(20, 120))
        if rng.random() < 0.2:
            options["threshold"] = int(rng.integers(5, 50))
            options["edgeitems"] = int(rng.integers(1, 4))
        add(f"random_{i:02d}", a, **options)
    return cases


def pyfloat_cases():
    r = random.Random(SEED)
    values = [
        0.0, -0.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1e-5, 1e-4, 1e16, 1e15, 1e22, 1e23, 7400000.0,
        123456789012345.0, 1.2345678901234567e16, 5e-324, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, 9007199254740993.0, 2**53, 2**63,
        2**-1074 * 3, 0.5, 1 / 3, 2 / 3, 9.999999999999999e22, 1e-7, 4.35, 2.675, 1e21,
    ]
    for e in range(-330, 310):
        values.append(10.0**e if -324 < e < 309 else 0.0)
        values.append(2.0 ** max(min(e, 1023), -1074))
    for _ in range(3000):
        bits = r.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if math.isfinite(x):
            values.append(x)
    for _ in range(1000):
        values.append(float(r.randint(-(10**17), 10**17)))
        values.append(r.uniform(-1000, 1000))
        values.append(round(r.uniform(-100, 100), r.randint(0, 6)))
    for _ in range(500):
        # subnormals
        values.append(struct.unpack("<d", struct.pack("<Q", r.getrandbits(52)))[0])
    values += [math.nan, math.inf, -math.inf]
    lines = []
    seen = set()
    for x in values:
        bits = struct.unpack("<Q", struct.pack("<d", float(x)))[0]
        if bits not in seen:
            seen.add(bits)
            lines.append(f"{bits:016x}\t{float(x)!r}")
    return lines


# (name, function) pairs; the names are parsed by NumpyFloatTest
NUMPY_FLOAT_CALLS = [
    ("positional p=8 unique trim=.", lambda x: np.format_float_positional(x, 8, True, True, ".")),
    ("positional p=4 min=4 unique trim=k",
     lambda x: np.format_float_positional(x, 4, True, True, "k", min_digits=4)),
    ("positional p=3 exact trim=k", lambda x: np.format_float_positional(x, 3, False, True, "k")),
    ("positional p=-1 unique trim=0", lambda x: np.format_float_positional(x, None, True, True, "0")),
    ("positional p=6 unique trim=- padl=4 padr=7",
     lambda x: np.format_float_positional(x, 6, True, True, "-", pad_left=4, pad_right=7)),
    ("scientific p=8 unique trim=.", lambda x: np.format_float_scientific(x, 8, True, ".")),
    ("scientific p=8 min=8 unique trim=k",
     lambda x: np.format_float_scientific(x, 8, True, "k", min_digits=8)),
    ("scientific p=5 exact trim=k expd=3",
     lambda x: np.format_float_scientific(x, 5, False, "k", exp_digits=3)),
    ("scientific p=2 unique trim=- sign padl=5",
     lambda x: np.format_float_scientific(x, 2, True, "-", sign=True, pad_left=5)),
    ("str", lambda x: str(np.float64(x))),
]


def numpy_float_cases():
    r = random.Random(SEED + 1)
    values = [0.0, -0.0, 0.5, 0.125, 0.375, 2.5, 1e-10, 9.5, 99999.99999, 0.99999999, 1e23,
              5e-324, 1.7976931348623157e308, 123456.789, 1e16, 2**-30]
    for _ in range(400):
        values.append(r.uniform(-1, 1) * 10.0 ** r.randint(-12, 12))
    for _ in range(100):
        values.append(round(r.uniform(-1000, 1000), r.randint(0, 5)))
    for _ in range(100):
        bits = r.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if math.isfinite(x):
            values.append(x)
    lines = []
    for x in values:
        bits = struct.unpack("<Q", struct.pack("<d", float(x)))[0]
        for name, f in NUMPY_FLOAT_CALLS:
            lines.append(f"{bits:016x}\t{name}\t{f(np.float64(x))}")
    return lines


if __name__ == "__main__":
    with open("array_cases.json", "w") as f:
        json.dump({"generator": f"numpy {np.__version__}", "cases": array_cases()}, f, indent=1)
        f.write("\n")
    with open("pyfloat_repr.tsv", "w") as f:
        f.write("\n".join(pyfloat_cases()) + "\n")
    with open("numpy_float.tsv", "w") as f:
        f.write("\n".join(numpy_float_cases()) + "\n")
