package ddl.stdlib.random;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.DType;
import ddl.stdlib.Opt;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods of numpy's {@code Generator} ({@code rng = random.default_rng(0); rng.normal(0, 1,
 * size=3)}): a method call on a Generator reaches the built-in {@code random.Generator.NAME} with
 * the generator first, so its keywords and defaults are bound as any built-in's.
 */
public final class GeneratorBuiltins {
  private GeneratorBuiltins() {}

  /** The prefix of the built-ins that are a Generator's methods. */
  public static final String METHOD_PREFIX = "random.Generator.";

  static Generator create(Object seed) {
    if (seed instanceof Generator) {
      return (Generator) seed;
    }
    if (seed == null) {
      java.security.SecureRandom sr = new java.security.SecureRandom();
      int[] w = new int[4];
      for (int i = 0; i < w.length; i++) {
        w[i] = sr.nextInt();
      }
      return Generator.of(w);
    }
    return Generator.of(words(seed));
  }

  /** numpy's _coerce_to_uint32_array: an int's words, lowest first; a list's concatenated. */
  private static int[] words(Object seed) {
    if (seed instanceof Boolean) {
      seed = (Boolean) seed ? 1L : 0L;
    }
    if (seed instanceof Long || seed instanceof Integer) {
      return SeedSequence.words(BigInteger.valueOf(((Number) seed).longValue()));
    }
    if (seed instanceof BigInteger) {
      return SeedSequence.words((BigInteger) seed);
    }
    if (seed instanceof List || seed instanceof Tensor) {
      List<Object> items = new ArrayList<>();
      if (seed instanceof Tensor) {
        Tensor t = (Tensor) seed;
        if (t.ndim() == 0) {
          return words(t.item());
        }
        if (t.dtype() == DType.FLOAT64) {
          throw new IllegalArgumentException("seed must be integer");
        }
        if (t.ndim() > 1) {
          throw new IllegalArgumentException("SeedSequence does not accept nested sequences.");
        }
        for (int i = 0; i < t.size(); i++) {
          items.add(t.get(i));
        }
      } else {
        items.addAll((List<?>) seed);
      }
      List<Integer> all = new ArrayList<>();
      for (Object o : items) {
        if (o instanceof List || o instanceof Tensor) {
          throw new IllegalArgumentException("SeedSequence does not accept nested sequences.");
        }
        if (o instanceof Double) {
          throw new IllegalArgumentException("seed must be integer");
        }
        for (int w : words(o)) {
          all.add(w);
        }
      }
      int[] out = new int[all.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = all.get(i);
      }
      return out;
    }
    throw new IllegalArgumentException(
        "SeedSequence expects int or sequence of ints for entropy not " + ddl.stdlib.Values.repr(seed));
  }

  private static Generator self(Object self) {
    if (!(self instanceof Generator)) {
      throw new IllegalArgumentException(
          "descriptor requires a 'numpy.random._generator.Generator' object but received a '"
              + ddl.stdlib.Values.typeName(self) + "'");
    }
    return (Generator) self;
  }

  @Builtin(name = METHOD_PREFIX + "random", doc = "uniform values in [0, 1): rng.random(size)",
      example = "rng = random.default_rng(0); rng.random((2, 2))")
  public static Object random(Object self, @Opt("None") Object size) {
    Generator g = self(self);
    int[] s = Draw.size(size);
    if (s == null) {
      return g.random();
    }
    double[] d = new double[Shape.size(s)];
    g.fillRandom(d);
    return Tensor.wrap(d, s);
  }

  @Builtin(name = METHOD_PREFIX + "standard_normal", doc = "standard normal values (numpy's ziggurat)",
      example = "rng = random.default_rng(0); rng.standard_normal(3)  # => [ 0.12573022 -0.13210486  0.64042265]")
  public static Object standard_normal(Object self, @Opt("None") Object size) {
    Generator g = self(self);
    int[] s = Draw.size(size);
    synchronized (g) {
      if (s == null) {
        return g.standardNormal();
      }
      double[] d = new double[Shape.size(s)];
      g.fillStandardNormal(d, 0, d.length);
      return Tensor.wrap(d, s);
    }
  }

  @Builtin(name = METHOD_PREFIX + "normal", doc = "normal values of mean loc and standard deviation scale",
      example = "rng = random.default_rng(0); rng.normal(0, 1, size=(2, 3))")
  public static Object normal(Object self, @Opt("0.0") Object loc, @Opt("1.0") Object scale,
      @Opt("None") Object size) {
    Generator g = self(self);
    if (loc instanceof Number && scale instanceof Number && size != null) {
      double l = Args.toDouble(loc, "loc");
      double sc = Args.toDouble(scale, "scale");
      Draw.nonNegative(sc, "scale");
      int[] s = Draw.size(size);
      double[] d = new double[Shape.size(s)];
      g.fillStandardNormal(d, 0, d.length);
      for (int i = 0; i < d.length; i++) {
        d[i] = l + sc * d[i];
      }
      return Tensor.wrap(d, s);
    }
    synchronized (g) {
      return Draw.floats(size, new Object[] {loc, scale}, v -> Draw.nonNegative(v[1], "scale"),
          v -> v[0] + v[1] * g.standardNormal());
    }
  }

  @Builtin(name = METHOD_PREFIX + "uniform", doc = "uniform values in [low, high)",
      example = "rng = random.default_rng(0); rng.uniform(-1, 1, 3)")
  public static Object uniform(Object self, @Opt("0.0") Object low, @Opt("1.0") Object high,
      @Opt("None") Object size) {
    Generator g = self(self);
    synchronized (g) {
      return Draw.floats(size, new Object[] {low, high},
          v -> {
            if (!Double.isFinite(v[1] - v[0])) {
              throw new ArithmeticException("Range exceeds valid bounds");
            }
          },
          v -> v[0] + (v[1] - v[0]) * g.bits.nextDouble());
    }
  }

  @Builtin(name = METHOD_PREFIX + "exponential", doc = "exponential values of mean scale (numpy's ziggurat)",
      example = "rng = random.default_rng(0); rng.exponential(1.0, 3)")
  public static Object exponential(Object self, @Opt("1.0") Object scale, @Opt("None") Object size) {
    Generator g = self(self);
    synchronized (g) {
      return Draw.floats(size, new Object[] {scale}, v -> Draw.nonNegative(v[0], "scale"),
          v -> v[0] * g.standardExponential());
    }
  }

  @Builtin(name = METHOD_PREFIX + "integers",
      doc = "integers in [low, high) ([low, high] with endpoint=true; [0, low) without high), by"
          + " Lemire's method as numpy's",
      example = "rng = random.default_rng(0); rng.integers(0, 10, size=5)  # => [8 6 5 2 3]")
  public static Object integers(Object self, Object low, @Opt("None") Object high,
      @Opt("None") Object size, @Opt("\"int64\"") Object dtype, @Opt("false") Object endpoint) {
    Generator g = self(self);
    DType dt = Integers.dtype(dtype, "integers");
    boolean closed = Args.toBool(endpoint, "endpoint");
    if (Integers.isArray(low, high)) {
      synchronized (g) {
        return Integers.broadcast(low, high, size, closed, dt, g::lemire);
      }
    }
    Integers.Range r = Integers.range(low, high, closed, dt);
    int[] s = Draw.size(size);
    int n = s == null ? 1 : Shape.size(s);
    if (dt == DType.BOOL) {
      boolean[] out = g.bools(r.off() != 0, r.rng(), n);
      return s == null ? (Object) out[0] : Tensor.wrap(out, s);
    }
    long[] out = g.integers(r.off(), r.rng(), n);
    return s == null ? (Object) out[0] : Tensor.wrap(out, s);
  }

  @Builtin(name = METHOD_PREFIX + "permutation",
      doc = "a shuffled arange(x) for an int, else a shuffled copy of x along axis 0",
      example = "rng = random.default_rng(0); rng.permutation(5)")
  public static Tensor permutation(Object self, Object x) {
    Generator g = self(self);
    synchronized (g) {
      return Sampling.permutation(g.bits, x);
    }
  }

  @Builtin(name = METHOD_PREFIX + "shuffle", doc = "shuffles an array (along axis 0) or a list in place",
      example = "rng = random.default_rng(0); a = arange(5); rng.shuffle(a); a")
  @SuppressWarnings("unchecked")
  public static void shuffle(Object self, Object x) {
    Generator g = self(self);
    synchronized (g) {
      if (x instanceof List && !(x instanceof ddl.stdlib.Tuple)) {
        Sampling.shuffle(g.bits, (List<Object>) x);
      } else if (x instanceof Tensor) {
        Sampling.shuffle(g.bits, (Tensor) x);
      } else {
        throw new IllegalArgumentException(
            "shuffle: expected an array or a list, found " + Args.describe(x));
      }
    }
  }

  @Builtin(name = METHOD_PREFIX + "choice",
      doc = "a random sample of a (an int n means arange(n)), with or without replacement, under"
          + " probabilities p",
      example = "rng = random.default_rng(0); rng.choice(10, 3, replace=false)")
  public static Object choice(Object self, Object a, @Opt("None") Object size,
      @Opt("true") Object replace, @Opt("None") Object p, @Opt("true") Object shuffle) {
    Generator g = self(self);
    int[] shape = Draw.size(size);
    int count = Sampling.count(shape);
    Sampling.Population pop = Sampling.population(a, count, false);
    double[] probs = p == null ? null : Sampling.probabilities(p, pop.size(), false);
    long[] idx;
    synchronized (g) {
      if (Args.toBool(replace, "replace")) {
        if (probs != null) {
          double[] cdf = Sampling.cdf(probs);
          idx = new long[count];
          for (int i = 0; i < count; i++) {
            idx[i] = Sampling.searchRight(cdf, g.bits.nextDouble());
          }
        } else {
          idx = count == 0 ? new long[0] : g.integers(0, pop.size() - 1L, count);
        }
      } else {
        if (count > pop.size()) {
          throw new IllegalArgumentException(
              "Cannot take a larger sample than population when replace is False");
        }
        if (probs != null) {
          idx = Sampling.weightedWithoutReplacement(probs, count, n -> {
            double[] u = new double[n];
            g.fillRandom(u);
            return u;
          });
        } else {
          idx = g.sampleWithoutReplacement(pop.size(), count, Args.toBool(shuffle, "shuffle"));
        }
      }
    }
    return Sampling.result(pop, idx, shape);
  }
}
