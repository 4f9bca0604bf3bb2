"""Writes explicit numpy 2.x values and error messages for RandomExplicitTest.

Run: python3 stdlib/src/test/python/random_explicit.py > dsl/src/test/resources/random/explicit.txt
"""
import numpy as np

COV = [[2.0, 0.5, 0.1], [0.5, 1.0, 0.2], [0.1, 0.2, 0.5]]


def legacy(seed, f):
    np.random.seed(seed)
    return np.asarray(f()).tolist()


def gen(seed, f):
    return np.asarray(f(np.random.default_rng(seed))).tolist()


def error(f):
    try:
        f()
    except Exception as e:  # the message numpy gives
        return str(e)
    raise SystemExit("no error")


def main():
    values = {
        "mvn": [legacy(s, lambda: np.random.multivariate_normal([1, 2, 3], COV, size=5)) for s in range(5)],
        "mvn_2x2": legacy(0, lambda: np.random.multivariate_normal([0, 0], [[6, -3], [-3, 3.5]], size=(2, 3))),
        "mvn_scalar": legacy(1, lambda: np.random.multivariate_normal([0.5], [[4.0]])),
        "choice_floats": legacy(3, lambda: np.random.choice([0.5, 1.5, 2.5, 3.5], size=(2, 3))),
        "permutation_2d": legacy(4, lambda: np.random.permutation(np.arange(12).reshape(4, 3))),
        "seed_list": legacy([1, 2, 3], lambda: np.random.rand(3)),
        "rng_list": gen([1, 2, 3], lambda g: g.random(3)),
        "rng_big": gen(2**100 + 7, lambda g: g.random(3)),
        "rng_permutation_2d": gen(5, lambda g: g.permutation(np.arange(12).reshape(4, 3))),
        "randn_split": legacy(7, lambda: [np.random.randn(1)[0], np.random.randn(1)[0], np.random.randn(1)[0]]),
        "randn_whole": legacy(7, lambda: np.random.randn(3)),
    }
    # multivariate_normal for 20 seeds at sizes 1, 7 (every value) and 1000 (the first 30 values
    # and the sum of all): it goes through LAPACK's SVD, so it is compared within 1e-10
    seeds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 42, 99, 123, 2024, 12345, 271828, 314159, 1000000,
             2**31 - 1, 2**32 - 1]
    for s in seeds:
        for n in (1, 7):
            values["mvn_s%d_n%d" % (s, n)] = legacy(s, lambda: np.random.multivariate_normal([1, 2, 3], COV, size=n))
        big = np.asarray(legacy(s, lambda: np.random.multivariate_normal([1, 2, 3], COV, size=1000)))
        values["mvn_s%d_n1000_first" % s] = big.ravel()[:30].tolist()
        values["mvn_s%d_n1000_sum" % s] = [float(big.sum())]
    errors = {
        "random.seed(-1)": error(lambda: np.random.seed(-1)),
        "random.seed(2**32)": error(lambda: np.random.seed(2**32)),
        "random.randint(0)": error(lambda: np.random.randint(0)),
        "random.randint(5, 5)": error(lambda: np.random.randint(5, 5)),
        "random.randint(-3)": error(lambda: np.random.randint(-3)),
        "random.normal(0, -1)": error(lambda: np.random.normal(0, -1)),
        "random.normal([0, 1], [1, -1])": error(lambda: np.random.normal([0, 1], [1, -1])),
        "random.exponential(-1)": error(lambda: np.random.exponential(-1)),
        "random.gamma(-1)": error(lambda: np.random.gamma(-1)),
        "random.beta(0, 1)": error(lambda: np.random.beta(0, 1)),
        "random.poisson(-1)": error(lambda: np.random.poisson(-1)),
        "random.binomial(-1, 0.5)": error(lambda: np.random.binomial(-1, 0.5)),
        "random.binomial(1, 1.5)": error(lambda: np.random.binomial(1, 1.5)),
        "random.choice(3, 5, replace=false)": error(lambda: np.random.choice(3, 5, replace=False)),
        "random.choice(3, p=[0.5, 0.6, 0.1])": error(lambda: np.random.choice(3, p=[0.5, 0.6, 0.1])),
        "random.choice(0)": error(lambda: np.random.choice(0)),
        "random.choice([[1, 2]])": error(lambda: np.random.choice([[1, 2]])),
        "random.choice(3, p=[0.5, 0.5])": error(lambda: np.random.choice(3, p=[0.5, 0.5])),
        "random.choice(3, p=[1.5, -0.5, 0.0])": error(lambda: np.random.choice(3, p=[1.5, -0.5, 0.0])),
        "random.multivariate_normal([0, 0], [[1, 0]])": error(lambda: np.random.multivariate_normal([0, 0], [[1, 0]])),
        "random.multivariate_normal([0], [[1, 0], [0, 1]])": error(lambda: np.random.multivariate_normal([0], [[1, 0], [0, 1]])),
        "random.rand(-1)": error(lambda: np.random.rand(-1)),
        "random.permutation(3.0)": error(lambda: np.random.permutation(np.float64(3.0))),
        "random.default_rng(-1)": error(lambda: np.random.default_rng(-1)),
        "rng.integers(5, 5)": error(lambda: np.random.default_rng(0).integers(5, 5)),
        "rng.integers(5, 3, endpoint=true)": error(lambda: np.random.default_rng(0).integers(5, 3, endpoint=True)),
        "rng.integers(0, -1, endpoint=true)": error(lambda: np.random.default_rng(0).integers(0, -1, endpoint=True)),
        "rng.normal(0, -1)": error(lambda: np.random.default_rng(0).normal(0, -1)),
        "rng.exponential(-1)": error(lambda: np.random.default_rng(0).exponential(-1)),
        "rng.choice(3, 5, replace=false)": error(lambda: np.random.default_rng(0).choice(3, 5, replace=False)),
        "rng.choice(3, p=[0.5, 0.6, 0.1])": error(lambda: np.random.default_rng(0).choice(3, p=[0.5, 0.6, 0.1])),
        "rng.choice(0)": error(lambda: np.random.default_rng(0).choice(0)),
    }
    print("# numpy %s: 'value KEY' then the values flattened (repr), 'error' then ddl code TAB message" % np.__version__)
    for k, v in values.items():
        print("value", k, " ".join(repr(float(x)) for x in np.ravel(v)))
    for k, v in errors.items():
        print("error " + k + "\t" + v)


if __name__ == "__main__":
    main()
