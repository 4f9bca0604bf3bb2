package ddl.stdlib.random;

import ddl.stdlib.Args;
import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import java.util.List;

/**
 * Shuffles, permutations and the pieces of {@code choice} that numpy's legacy generator and its
 * Generator share: Fisher–Yates from the last element down with masked-rejection indices, the
 * population argument, the probabilities' checks, and the inverse-cdf draw.
 */
public final class Sampling {
  private Sampling() {}

  /** Swaps the sub-arrays along axis 0 as numpy's shuffle does, last first. */
  public static void shuffle(Bits bits, Tensor x) {
    int n = x.ndim() == 0 ? 0 : x.shape(0);
    if (x.ndim() == 0) {
      throw new IllegalArgumentException("x must be an integer or at least 1-dimensional");
    }
    if (n == 0 || x.size() == 0) {
      return;
    }
    int row = x.size() / n;
    for (int i = n - 1; i >= 1; i--) {
      int j = (int) Legacy.masked(bits, i);
      if (i != j) {
        swapRows(x, i, j, row);
      }
    }
  }

  /** Shuffles a Java list in place (a ddl list). */
  public static void shuffle(Bits bits, List<Object> x) {
    for (int i = x.size() - 1; i >= 1; i--) {
      int j = (int) Legacy.masked(bits, i);
      Object t = x.get(i);
      x.set(i, x.get(j));
      x.set(j, t);
    }
  }

  private static void swapRows(Tensor x, int i, int j, int row) {
    for (int k = 0; k < row; k++) {
      int a = x.storageIndex(i * row + k);
      int b = x.storageIndex(j * row + k);
      switch (x.dtype()) {
        case FLOAT64: {
          double[] d = x.doubleStorage();
          double t = d[a];
          d[a] = d[b];
          d[b] = t;
          break;
        }
        case INT64: {
          long[] d = x.longStorage();
          long t = d[a];
          d[a] = d[b];
          d[b] = t;
          break;
        }
        default: {
          boolean[] d = x.boolStorage();
          boolean t = d[a];
          d[a] = d[b];
          d[b] = t;
        }
      }
    }
  }

  /** {@code arange(n)} shuffled. */
  public static long[] permutation(Bits bits, int n) {
    long[] idx = new long[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    for (int i = n - 1; i >= 1; i--) {
      int j = (int) Legacy.masked(bits, i);
      long t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    return idx;
  }

  /** numpy's permutation: an int is {@code arange(x)} shuffled, an array a shuffled copy. */
  public static Tensor permutation(Bits bits, Object x) {
    if (x instanceof Long || x instanceof Integer) {
      return Tensor.wrap(permutation(bits, Args.toInt(x, "x")), Args.toInt(x, "x"));
    }
    Tensor a = Args.tensor(x, "x");
    if (a.ndim() < 1) {
      throw new IllegalArgumentException("x must be an integer or at least 1-dimensional");
    }
    if (a.ndim() == 1) {
      Tensor c = a.copy();
      shuffle(bits, c);
      return c;
    }
    long[] idx = permutation(bits, a.shape(0));
    return rows(a, idx, new int[] {idx.length});
  }

  /** {@code a[idx]} for a 1-d or n-d a and a flat index list shaped {@code shape}. */
  static Tensor rows(Tensor a, long[] idx, int[] shape) {
    int row = a.shape(0) == 0 ? 0 : a.size() / a.shape(0);
    int[] outShape = new int[shape.length + a.ndim() - 1];
    System.arraycopy(shape, 0, outShape, 0, shape.length);
    for (int d = 1; d < a.ndim(); d++) {
      outShape[shape.length + d - 1] = a.shape(d);
    }
    int n = idx.length * row;
    switch (a.dtype()) {
      case FLOAT64: {
        double[] o = new double[n];
        double[] s = a.doubleStorage();
        for (int i = 0; i < idx.length; i++) {
          for (int k = 0; k < row; k++) {
            o[i * row + k] = s[a.storageIndex((int) idx[i] * row + k)];
          }
        }
        return Tensor.wrap(o, outShape);
      }
      case INT64: {
        long[] o = new long[n];
        long[] s = a.longStorage();
        for (int i = 0; i < idx.length; i++) {
          for (int k = 0; k < row; k++) {
            o[i * row + k] = s[a.storageIndex((int) idx[i] * row + k)];
          }
        }
        return Tensor.wrap(o, outShape);
      }
      default: {
        boolean[] o = new boolean[n];
        boolean[] s = a.boolStorage();
        for (int i = 0; i < idx.length; i++) {
          for (int k = 0; k < row; k++) {
            o[i * row + k] = s[a.storageIndex((int) idx[i] * row + k)];
          }
        }
        return Tensor.wrap(o, outShape);
      }
    }
  }

  /** choice's population: an int n (then {@code a} is null) or a 1-d array. */
  public record Population(int size, Tensor a) {}

  /** numpy's checks of choice's {@code a}, with the legacy or the Generator's wording. */
  public static Population population(Object a, int samples, boolean legacy) {
    if (a instanceof Long || a instanceof Integer || a instanceof java.math.BigInteger) {
      int n = Args.toInt(a, "a");
      if (n <= 0 && samples != 0) {
        throw new IllegalArgumentException(legacy
            ? "a must be greater than 0 unless no samples are taken"
            : "a must be a positive integer unless no samples are taken");
      }
      return new Population(n, null);
    }
    Tensor t = Args.tensor(a, "a");
    if (t.ndim() == 0) {
      if (t.dtype() == DType.FLOAT64) {
        throw new IllegalArgumentException(legacy ? "a must be 1-dimensional or an integer"
            : "a must be a sequence or an integer, not <class 'float'>");
      }
      return population(t.item(), samples, legacy);
    }
    if (legacy && t.ndim() != 1) {
      throw new IllegalArgumentException("a must be 1-dimensional");
    }
    if (t.shape(0) == 0 && samples != 0) {
      throw new IllegalArgumentException(legacy ? "'a' cannot be empty unless no samples are taken"
          : "a cannot be empty unless no samples are taken");
    }
    return new Population(t.shape(0), t);
  }

  /** The probabilities, checked as numpy checks them (legacy wording or the Generator's). */
  public static double[] probabilities(Object p, int popSize, boolean legacy) {
    Tensor t = Args.tensor(p, "p");
    if (t.ndim() != 1) {
      throw new IllegalArgumentException(legacy ? "'p' must be 1-dimensional" : "p must be 1-dimensional");
    }
    if (t.size() != popSize) {
      throw new IllegalArgumentException(legacy ? "'a' and 'p' must have same size" : "a and p must have same size");
    }
    double[] v = t.astype(DType.FLOAT64).toDoubleArray();
    double sum = kahanSum(v);
    if (Double.isNaN(sum)) {
      throw new IllegalArgumentException(legacy ? "probabilities contain NaN" : "Probabilities contain NaN");
    }
    for (double x : v) {
      if (x < 0) {
        throw new IllegalArgumentException(
            legacy ? "probabilities are not non-negative" : "Probabilities are not non-negative");
      }
    }
    if (Math.abs(sum - 1.) > Math.sqrt(Math.ulp(1.0))) {
      throw new IllegalArgumentException(legacy ? "probabilities do not sum to 1"
          : "Probabilities do not sum to 1. See Notes section of docstring for more information.");
    }
    return v;
  }

  private static double kahanSum(double[] v) {
    if (v.length < 8) {
      double s = 0;
      for (double x : v) {
        s += x;
      }
      return s;
    }
    double sum = v[0];
    double c = 0.0;
    for (int i = 1; i < v.length; i++) {
      double y = v[i] - c;
      double t = sum + y;
      c = (t - sum) - y;
      sum = t;
    }
    return sum;
  }

  /** The normalised cumulative sum numpy searches: {@code cdf = p.cumsum(); cdf /= cdf[-1]}. */
  static double[] cdf(double[] p) {
    double[] c = new double[p.length];
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      s += p[i];
      c[i] = s;
    }
    double last = c[c.length - 1];
    for (int i = 0; i < c.length; i++) {
      c[i] /= last;
    }
    return c;
  }

  /** {@code cdf.searchsorted(u, side='right')}: the first index whose cdf exceeds u. */
  static long searchRight(double[] cdf, double u) {
    int lo = 0;
    int hi = cdf.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] <= u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A uniform source: the legacy random_sample or the Generator's random. */
  public interface Uniforms {
    double[] draw(int n);
  }

  /**
   * choice without replacement under probabilities p: numpy draws the missing count of uniforms,
   * zeroes the probabilities already taken, and keeps each new index the first time it appears.
   */
  static long[] weightedWithoutReplacement(double[] p, int size, Uniforms u) {
    int nonzero = 0;
    for (double x : p) {
      nonzero += x > 0 ? 1 : 0;
    }
    if (nonzero < size) {
      throw new IllegalArgumentException("Fewer non-zero entries in p than size");
    }
    double[] q = p.clone();
    long[] found = new long[size];
    int nUniq = 0;
    while (nUniq < size) {
      double[] x = u.draw(size - nUniq);
      for (int i = 0; i < nUniq; i++) {
        q[(int) found[i]] = 0;
      }
      double[] c = cdf(q);
      java.util.LinkedHashSet<Long> fresh = new java.util.LinkedHashSet<>();
      for (double v : x) {
        fresh.add(searchRight(c, v));
      }
      for (long v : fresh) {
        found[nUniq++] = v;
      }
    }
    return found;
  }

  /** choice's result: indices when a is an int, else {@code a[idx]}; a scalar when size is None. */
  static Object result(Population pop, long[] idx, int[] shape) {
    if (shape == null) {
      return pop.a() == null ? (Object) idx[0] : rows(pop.a(), idx, new int[0]).item();
    }
    if (pop.a() == null) {
      return Tensor.wrap(idx, shape);
    }
    return rows(pop.a(), idx, shape);
  }

  static int count(int[] shape) {
    return shape == null ? 1 : Shape.size(shape);
  }
}
