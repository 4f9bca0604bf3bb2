"""Writes the reference streams of numpy's random generators for RandomStreamsTest.

Each case seeds a fresh generator (np.random.seed(s) for the legacy one, default_rng(s) for the
Generator), makes one or more calls, and records the SHA-256 of the exact bytes of every value
drawn (float64 and int64 little-endian, bool one byte, in the order drawn) and the first values
as hex bits, so that every value is compared while the file stays small.

Run: python3 stdlib/src/test/python/random_reference.py > stdlib/src/test/resources/random/streams.json
"""
import hashlib
import json
import struct

import numpy as np

SEEDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 42, 99, 123, 2024, 12345, 271828, 314159, 1000000,
         2**31 - 1, 2**32 - 1]
SIZES = [1, 7, 1000]
P10 = [0.05, 0.1, 0.15, 0.2, 0.05, 0.1, 0.05, 0.1, 0.15, 0.05]


def legacy_calls(n):
    return {
        "rand": [("random.rand", [n], {})],
        "randn": [("random.randn", [n], {})],
        "random": [("random.random", [], {"size": n})],
        "random_sample": [("random.random_sample", [(n,)], {})],
        "standard_normal": [("random.standard_normal", [], {"size": n})],
        "normal": [("random.normal", [2.5, 0.5], {"size": n})],
        "uniform": [("random.uniform", [-3, 7, n], {})],
        "randint": [("random.randint", [0, 10], {"size": n})],
        "randint_wide": [("random.randint", [-5, 2**40], {"size": n})],
        "randint_bool": [("random.randint", [0, 2], {"size": n, "dtype": "bool"})],
        "permutation": [("random.permutation", [n], {})],
        "choice": [("random.choice", [50], {"size": n})],
        "choice_p": [("random.choice", [10], {"size": n, "p": P10})],
        "choice_noreplace": [("random.choice", [2000], {"size": n, "replace": False})],
        "choice_noreplace_p": [("random.choice", [10], {"size": min(n, 7), "replace": False, "p": P10})],
        "binomial": [("random.binomial", [10, 0.3, n], {})],
        "binomial_btpe": [("random.binomial", [100, 0.6, n], {})],
        "poisson": [("random.poisson", [3.5, n], {})],
        "poisson_ptrs": [("random.poisson", [25.0, n], {})],
        "exponential": [("random.exponential", [2.0, n], {})],
        "beta_johnk": [("random.beta", [0.5, 0.7, n], {})],
        "beta": [("random.beta", [2.0, 3.0, n], {})],
        "gamma_small": [("random.gamma", [0.5, 2.0, n], {})],
        "gamma": [("random.gamma", [3.0, 1.5, n], {})],
    }


def generator_calls(n):
    return {
        "random": [("random", [n], {})],
        "standard_normal": [("standard_normal", [n], {})],
        "normal": [("normal", [1, 2], {"size": n})],
        "uniform": [("uniform", [-1, 3, n], {})],
        "integers": [("integers", [0, 10], {"size": n})],
        "integers_wide": [("integers", [-2**40, 2**40], {"size": n})],
        "integers_endpoint": [("integers", [0, 10], {"size": n, "endpoint": True})],
        "integers_bool": [("integers", [0, 2], {"size": n, "dtype": "bool"})],
        "permutation": [("permutation", [n], {})],
        "choice": [("choice", [50], {"size": n})],
        "choice_p": [("choice", [10], {"size": n, "p": P10})],
        "choice_noreplace": [("choice", [2000], {"size": n, "replace": False})],
        "choice_noreplace_tail": [("choice", [20000], {"size": n, "replace": False})],
        "exponential": [("exponential", [2.0, n], {})],
    }


SPECIAL_LEGACY = {
    "interleaved": [("random.randn", [5], {}), ("random.normal", [0, 1], {"size": 3}),
                    ("random.choice", [10, 4], {}), ("random.randint", [0, 100, 6], {}),
                    ("random.rand", [3], {}), ("random.randn", [], {}), ("random.normal", [], {}),
                    ("random.permutation", [6], {}), ("random.uniform", [], {}),
                    ("random.randint", [7], {}), ("random.gamma", [2.0], {}),
                    ("random.binomial", [5, 0.5], {}), ("random.poisson", [], {}),
                    ("random.standard_normal", [], {}), ("random.exponential", [], {})],
    "gauss_cache_split": [("random.randn", [1], {}), ("random.randn", [1], {}), ("random.randn", [1], {})],
    "gauss_cache_whole": [("random.randn", [3], {})],
    "scalars": [("random.rand", [], {}), ("random.randn", [], {}), ("random.randint", [1000], {}),
                ("random.choice", [5], {}), ("random.normal", [1.0, 2.0], {}),
                ("random.uniform", [0.5, 0.75], {}), ("random.beta", [0.3, 0.4], {})],
    "randint_arrays": [("random.randint", [[0, 5], [10, 100]], {"size": [3, 2]}),
                       ("random.randint", [[3, 7, 100]], {}),
                       ("random.randint", [-2**40, [10, 2**41]], {})],
    "broadcast": [("random.normal", [[0.0, 10.0, 20.0], [[1.0], [2.0]]], {}),
                  ("random.uniform", [0, [1, 2, 3]], {"size": (2, 3)})],
}

SPECIAL_GENERATOR = {
    "interleaved": [("standard_normal", [5], {}), ("integers", [0, 100, 3], {}),
                    ("random", [], {}), ("normal", [], {}), ("choice", [10, 4], {}),
                    ("integers", [5], {}), ("exponential", [], {}), ("permutation", [5], {}),
                    ("uniform", [], {}), ("integers", [0, 2**40], {})],
    "integers_arrays": [("integers", [[0, 5], [10, 2**40]], {"size": [4, 2]}),
                        ("integers", [[3, 7, 100]], {}),
                        ("integers", [[0, 1], [5, 9]], {"endpoint": True})],
}


def call(target, name, args, kwargs):
    if "size" in kwargs and isinstance(kwargs["size"], list):
        kwargs = dict(kwargs, size=tuple(kwargs["size"]))
    if "dtype" in kwargs:
        kwargs = dict(kwargs, dtype={"bool": bool, "int64": np.int64}[kwargs["dtype"]])
    return getattr(target, name.split(".")[-1])(*args, **kwargs)


# The cases whose values go through the C library's log, exp or pow (the legacy Gaussian,
# exponential, gamma, beta; the Generator's ziggurat tails). ddl calls the same C library for
# them, so their bits are compared as every other case's; only where that library cannot be
# loaded (and Java's functions, which differ in the last bit about once in 2,000 calls, stand in)
# are they compared rounded to 10 significant digits (sha256_10).
LIBM = ("randn", "standard_normal", "normal", "exponential", "beta", "gamma", "interleaved",
        "scalars", "broadcast", "gauss_cache")


def rounded(values):
    parts = []
    for v in values:
        a = np.asarray(v)
        for x in a.ravel():
            if a.dtype == np.bool_ or np.issubdtype(a.dtype, np.integer):
                parts.append(str(int(x)))
            else:
                parts.append("%.9e" % float(x))
    return hashlib.sha256(" ".join(parts).encode()).hexdigest()


def encode(values):
    out = bytearray()
    first = []
    for v in values:
        a = np.asarray(v)
        for x in a.ravel():
            if a.dtype == np.bool_:
                out += bytes([1 if x else 0])
                first.append("b" + ("1" if x else "0"))
            elif np.issubdtype(a.dtype, np.integer):
                out += struct.pack("<q", int(x))
                first.append("i%d" % int(x))
            else:
                out += struct.pack("<d", float(x))
                first.append("f" + struct.pack(">d", float(x)).hex())
    return hashlib.sha256(bytes(out)).hexdigest(), first[:8]


def run(kind, seed, calls):
    if kind == "legacy":
        np.random.seed(seed)
        target = np.random
    else:
        target = np.random.default_rng(seed)
    values = [call(target, name, list(args), dict(kwargs)) for name, args, kwargs in calls]
    sha, first = encode(values)
    return {"kind": kind, "seed": seed, "calls": [[n, a, k] for n, a, k in calls],
            "sha256": sha, "sha256_10": rounded(values), "first": first}


def main():
    cases = []

    def add(case, name):
        case = dict(case, name=name)
        case["libm"] = any(word in name for word in LIBM)
        cases.append(case)

    for seed in SEEDS:
        for n in SIZES:
            for name, calls in legacy_calls(n).items():
                add(run("legacy", seed, calls), "legacy %s size=%d" % (name, n))
            for name, calls in generator_calls(n).items():
                add(run("generator", seed, calls), "generator %s size=%d" % (name, n))
        for name, calls in SPECIAL_LEGACY.items():
            add(run("legacy", seed, calls), "legacy " + name)
        for name, calls in SPECIAL_GENERATOR.items():
            add(run("generator", seed, calls), "generator " + name)
    print(json.dumps({"numpy": np.__version__, "cases": cases}, separators=(",", ":")))


if __name__ == "__main__":
    main()
