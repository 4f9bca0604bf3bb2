package ddl.stdlib.random;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Context;
import ddl.stdlib.DType;
import ddl.stdlib.Opt;
import ddl.stdlib.Rest;
import ddl.stdlib.Rng;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import java.util.List;

/**
 * numpy's legacy random functions ({@code np.random.*}) on the session's generator: the same
 * seed gives numpy's numbers, bit for bit. Each function takes the generator's lock for its
 * whole draw, so a draw is never interleaved with another.
 */
public final class RandomBuiltins {
  private RandomBuiltins() {}

  @Builtin(name = "random.seed", aliases = "seed",
      doc = "seeds this session's generator as np.random.seed: an int in [0, 2**32), a list of them,"
          + " or None for fresh entropy",
      example = "seed(0); randn(3)  # => [1.76405235 0.40015721 0.97873798]")
  public static void seed(Context ctx, @Opt("None") Object seed) {
    Rng rng = ctx.rng();
    if (seed == null) {
      rng.seedFromEntropy();
      return;
    }
    if (seed instanceof Boolean) {
      seed = (Boolean) seed ? 1L : 0L;
    }
    if (seed instanceof Long || seed instanceof Integer || seed instanceof java.math.BigInteger) {
      java.math.BigInteger b = seed instanceof java.math.BigInteger ? (java.math.BigInteger) seed
          : java.math.BigInteger.valueOf(((Number) seed).longValue());
      if (b.signum() < 0 || b.bitLength() > 32) {
        throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
      }
      rng.seed(b.longValue());
      return;
    }
    if (seed instanceof Double) {
      throw new IllegalArgumentException(
          "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
    }
    if (seed instanceof String) {
      throw new IllegalArgumentException("Cannot cast scalar from dtype('<U" + ((String) seed).length()
          + "') to dtype('int64') according to the rule 'safe'");
    }
    Tensor t = Args.tensor(seed, "seed");
    if (t.ndim() == 0) {
      seed(ctx, t.item());
      return;
    }
    if (t.size() == 0) {
      throw new IllegalArgumentException("Seed must be non-empty");
    }
    if (t.dtype() == DType.FLOAT64) {
      throw new IllegalArgumentException(
          "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
    }
    if (t.ndim() != 1) {
      throw new IllegalArgumentException("Seed array must be 1-d");
    }
    long[] v = t.astype(DType.INT64).toLongArray();
    int[] words = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      if (v[i] < 0 || v[i] > 0xffffffffL) {
        throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
      }
      words[i] = (int) v[i];
    }
    rng.seedArray(words);
  }

  @Builtin(name = "random.rand", aliases = "rand",
      doc = "uniform values in [0, 1) of the given shape, numpy's stream (a float with no shape)",
      example = "seed(0); rand(2)  # => [0.5488135  0.71518937]")
  public static Object rand(Context ctx, @Rest Object[] shape) {
    if (shape.length == 0) {
      return ctx.rng().uniform();
    }
    return uniforms(ctx.rng(), Draw.dims(shape));
  }

  @Builtin(name = "random.randn", aliases = "randn",
      doc = "standard normal values of the given shape, numpy's stream (a float with no shape)",
      example = "seed(0); randn(2, 2)")
  public static Object randn(Context ctx, @Rest Object[] shape) {
    if (shape.length == 0) {
      return ctx.rng().normal();
    }
    return normals(ctx.rng(), Draw.dims(shape), 0, 1, true);
  }

  @Builtin(name = "random.random_sample", doc = "uniform values in [0, 1): size None, an int or a tuple",
      example = "seed(0); random.random_sample((2, 2))")
  public static Object random_sample(Context ctx, @Opt("None") Object size) {
    int[] s = Draw.size(size);
    return s == null ? (Object) ctx.rng().uniform() : uniforms(ctx.rng(), s);
  }

  @Builtin(name = "random.random", doc = "uniform values in [0, 1), as random_sample",
      example = "seed(0); random.random(3)  # => [0.5488135  0.71518937 0.60276338]")
  public static Object random(Context ctx, @Opt("None") Object size) {
    return random_sample(ctx, size);
  }

  @Builtin(name = "random.standard_normal", doc = "standard normal values: size None, an int or a tuple",
      example = "seed(0); random.standard_normal(3)  # => [1.76405235 0.40015721 0.97873798]")
  public static Object standard_normal(Context ctx, @Opt("None") Object size) {
    int[] s = Draw.size(size);
    return s == null ? (Object) ctx.rng().normal() : normals(ctx.rng(), s, 0, 1, true);
  }

  @Builtin(name = "random.normal", doc = "normal values of mean loc and standard deviation scale",
      example = "seed(0); random.normal(10, 2, size=3)  # => [13.52810469 10.80031442 11.95747597]")
  public static Object normal(Context ctx, @Opt("0.0") Object loc, @Opt("1.0") Object scale,
      @Opt("None") Object size) {
    Rng rng = ctx.rng();
    if (loc instanceof Number && scale instanceof Number && size != null) {
      double l = Args.toDouble(loc, "loc");
      double sc = Args.toDouble(scale, "scale");
      Draw.nonNegative(sc, "scale");
      return normals(rng, Draw.size(size), l, sc, false);
    }
    synchronized (rng) {
      return Draw.floats(size, new Object[] {loc, scale},
          p -> Draw.nonNegative(p[1], "scale"), p -> p[0] + p[1] * rng.gauss());
    }
  }

  @Builtin(name = "random.uniform", doc = "uniform values in [low, high)",
      example = "seed(0); random.uniform(-1, 1, 3)  # => [0.09762701 0.43037873 0.20552675]")
  public static Object uniform(Context ctx, @Opt("0.0") Object low, @Opt("1.0") Object high,
      @Opt("None") Object size) {
    Rng rng = ctx.rng();
    synchronized (rng) {
      return Draw.floats(size, new Object[] {low, high},
          p -> {
            if (!Double.isFinite(p[1] - p[0])) {
              throw new ArithmeticException("Range exceeds valid bounds");
            }
          },
          p -> p[0] + (p[1] - p[0]) * rng.bits().nextDouble());
    }
  }

  @Builtin(name = "random.randint",
      doc = "integers in [low, high) (or [0, low) without high), drawn as numpy's randint",
      example = "seed(0); random.randint(0, 10, size=5)  # => [5 0 3 3 7]")
  public static Object randint(Context ctx, Object low, @Opt("None") Object high,
      @Opt("None") Object size, @Opt("\"int64\"") Object dtype) {
    DType dt = Integers.dtype(dtype, "randint");
    Rng rng = ctx.rng();
    if (Integers.isArray(low, high)) {
      synchronized (rng) {
        return Integers.broadcast(low, high, size, false, dt, r -> Legacy.masked(rng.bits(), r));
      }
    }
    Integers.Range r = Integers.range(low, high, false, dt);
    int[] s = Draw.size(size);
    int n = s == null ? 1 : Shape.size(s);
    if (s != null && n == 0) {
      return dt == DType.BOOL ? Tensor.wrap(new boolean[0], s) : Tensor.wrap(new long[0], s);
    }
    synchronized (rng) {
      if (dt == DType.BOOL) {
        Legacy.BoolBuffer buf = new Legacy.BoolBuffer();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
          out[i] = buf.next(rng.bits(), r.off() != 0, r.rng());
        }
        return s == null ? (Object) out[0] : Tensor.wrap(out, s);
      }
      long[] out = new long[n];
      for (int i = 0; i < n; i++) {
        out[i] = r.off() + Legacy.masked(rng.bits(), r.rng());
      }
      return s == null ? (Object) out[0] : Tensor.wrap(out, s);
    }
  }

  @Builtin(name = "random.permutation",
      doc = "a shuffled arange(x) for an int, else a shuffled copy of x (along its first axis)",
      example = "seed(0); random.permutation(5)  # => [2 0 1 3 4]")
  public static Tensor permutation(Context ctx, Object x) {
    Rng rng = ctx.rng();
    synchronized (rng) {
      return Sampling.permutation(rng.bits(), x);
    }
  }

  @Builtin(name = "random.shuffle", doc = "shuffles an array (along its first axis) or a list in place",
      example = "seed(0); a = arange(5); random.shuffle(a); a  # => [2 0 1 3 4]")
  @SuppressWarnings("unchecked")
  public static void shuffle(Context ctx, Object x) {
    Rng rng = ctx.rng();
    synchronized (rng) {
      if (x instanceof List && !(x instanceof ddl.stdlib.Tuple)) {
        Sampling.shuffle(rng.bits(), (List<Object>) x);
      } else if (x instanceof Tensor) {
        Sampling.shuffle(rng.bits(), (Tensor) x);
      } else {
        throw new IllegalArgumentException(
            "shuffle: expected an array or a list, found " + Args.describe(x));
      }
    }
  }

  @Builtin(name = "random.choice",
      doc = "a random sample of a (an int n means arange(n)), with or without replacement, under"
          + " probabilities p",
      example = "seed(0); random.choice(5, 3)  # => [4 0 3]")
  public static Object choice(Context ctx, Object a, @Opt("None") Object size,
      @Opt("true") Object replace, @Opt("None") Object p) {
    int[] shape = Draw.size(size);
    int count = Sampling.count(shape);
    Sampling.Population pop = Sampling.population(a, count, true);
    double[] probs = p == null ? null : Sampling.probabilities(p, pop.size(), true);
    Rng rng = ctx.rng();
    long[] idx;
    synchronized (rng) {
      if (Args.toBool(replace, "replace")) {
        if (probs != null) {
          double[] cdf = Sampling.cdf(probs);
          double[] u = new double[count];
          rng.bits().fillDoubles(u, 0, count);
          idx = new long[count];
          for (int i = 0; i < count; i++) {
            idx[i] = Sampling.searchRight(cdf, u[i]);
          }
        } else {
          Integers.Range r = Integers.range(0L, (long) pop.size(), false, DType.INT64);
          idx = new long[count];
          for (int i = 0; i < count; i++) {
            idx[i] = r.off() + Legacy.masked(rng.bits(), r.rng());
          }
        }
      } else {
        if (count > pop.size()) {
          throw new IllegalArgumentException(
              "Cannot take a larger sample than population when 'replace=False'");
        }
        if (probs != null) {
          idx = Sampling.weightedWithoutReplacement(probs, count, n -> {
            double[] u = new double[n];
            rng.bits().fillDoubles(u, 0, n);
            return u;
          });
        } else {
          idx = java.util.Arrays.copyOf(Sampling.permutation(rng.bits(), pop.size()), count);
        }
      }
    }
    return Sampling.result(pop, idx, shape);
  }

  @Builtin(name = "random.binomial", doc = "successes in n trials of probability p",
      example = "seed(0); random.binomial(10, 0.5, size=5)  # => [5 6 5 5 5]")
  public static Object binomial(Context ctx, Object n, Object p, @Opt("None") Object size) {
    Rng rng = ctx.rng();
    synchronized (rng) {
      return Draw.ints(size, new Object[] {n, p},
          v -> {
            Draw.require(v[0] >= 0, "n < 0");
            Draw.require(v[1] >= 0 && v[1] <= 1, "p < 0, p > 1 or p is NaN");
          },
          v -> Legacy.binomial(rng.bits(), (long) v[0], v[1]));
    }
  }

  @Builtin(name = "random.exponential", doc = "exponential values of mean scale",
      example = "seed(0); random.exponential(2.0, 3)  # => [1.59174902 2.51186153 1.84644629]")
  public static Object exponential(Context ctx, @Opt("1.0") Object scale, @Opt("None") Object size) {
    Rng rng = ctx.rng();
    synchronized (rng) {
      return Draw.floats(size, new Object[] {scale}, v -> Draw.nonNegative(v[0], "scale"),
          v -> v[0] * Legacy.standardExponential(rng.bits()));
    }
  }

  /** numpy's largest lam for the legacy poisson. */
  private static final double POISSON_LAM_MAX = 9.223372006484771e18;

  @Builtin(name = "random.poisson", doc = "Poisson counts of mean lam",
      example = "seed(0); random.poisson(3, 5)  # => [5 6 2 0 7]")
  public static Object poisson(Context ctx, @Opt("1.0") Object lam, @Opt("None") Object size) {
    Rng rng = ctx.rng();
    synchronized (rng) {
      return Draw.ints(size, new Object[] {lam},
          v -> {
            Draw.require(v[0] >= 0, "lam < 0 or lam is NaN");
            Draw.require(v[0] <= POISSON_LAM_MAX, "lam value too large");
          },
          v -> Legacy.poisson(rng.bits(), v[0]));
    }
  }

  @Builtin(name = "random.beta", doc = "beta values with shape parameters a and b",
      example = "seed(0); random.beta(2, 3, 3)")
  public static Object beta(Context ctx, Object a, Object b, @Opt("None") Object size) {
    Rng rng = ctx.rng();
    synchronized (rng) {
      return Draw.floats(size, new Object[] {a, b},
          v -> {
            Draw.require(!(v[0] <= 0), "a <= 0");
            Draw.require(!(v[1] <= 0), "b <= 0");
          },
          v -> Legacy.beta(rng, v[0], v[1]));
    }
  }

  @Builtin(name = "random.gamma", doc = "gamma values of the given shape and scale",
      example = "seed(0); random.gamma(2.0, 1.0, 3)")
  public static Object gamma(Context ctx, Object shape, @Opt("1.0") Object scale,
      @Opt("None") Object size) {
    Rng rng = ctx.rng();
    synchronized (rng) {
      return Draw.floats(size, new Object[] {shape, scale},
          v -> {
            Draw.nonNegative(v[0], "shape");
            Draw.nonNegative(v[1], "scale");
          },
          v -> v[1] * Legacy.standardGamma(rng, v[0]));
    }
  }

  @Builtin(name = "random.multivariate_normal",
      doc = "normal vectors of the given mean and covariance (numpy's SVD transform of standard normals)",
      example = "seed(0); random.multivariate_normal([0, 0], [[1, 0], [0, 1]], 2)")
  public static Tensor multivariate_normal(Context ctx, Object mean, Object cov, @Opt("None") Object size) {
    return MultivariateNormal.draw(ctx.rng(), mean, cov, size);
  }

  @Builtin(name = "random.default_rng",
      doc = "numpy's Generator (PCG64 seeded through SeedSequence) with its own state: an int seed,"
          + " a list of ints, or None",
      example = "rng = random.default_rng(0); rng.random(2)  # => [0.63696169 0.26978671]")
  public static Generator default_rng(@Opt("None") Object seed) {
    return GeneratorBuiltins.create(seed);
  }

  static Tensor uniforms(Rng rng, int[] shape) {
    double[] d = new double[Shape.size(shape)];
    rng.fillUniform(d, 0, d.length);
    return Tensor.wrap(d, shape);
  }

  static Tensor normals(Rng rng, int[] shape, double loc, double scale, boolean standard) {
    double[] d = new double[Shape.size(shape)];
    if (standard) {
      synchronized (rng) {
        for (int i = 0; i < d.length; i++) {
          d[i] = rng.gauss();
        }
      }
    } else {
      rng.fillNormal(d, 0, d.length, loc, scale);
    }
    return Tensor.wrap(d, shape);
  }
}
