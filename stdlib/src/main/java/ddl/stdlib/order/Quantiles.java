package ddl.stdlib.order;

import ddl.stdlib.Context;
import ddl.stdlib.DType;
import ddl.stdlib.Tensor;

/**
 * numpy's {@code median}, {@code percentile} and {@code quantile} (method "linear"). The median is
 * numpy's: the middle element, or the mean of the two middle ones ({@code (a + b) / 2} in float64),
 * found by quickselect; nan when the lane holds a nan. Quantiles interpolate as numpy's
 * {@code _lerp}: {@code a + (b - a) * g}, or {@code b - (b - a) * (1 - g)} when {@code g >= 0.5}.
 */
public final class Quantiles {
  private Quantiles() {}

  /** {@code np.median(a, axis, keepdims)}: float64. */
  public static Tensor median(Tensor a, int[] axes, boolean keepdims) {
    Lanes l;
    try {
      l = Lanes.ofAxes(a, axes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("repeated axis"); // numpy's _ureduce words it so
    }
    double[] out = new double[l.count];
    int n = l.n;
    if (n == 0) {
      java.util.Arrays.fill(out, Double.NaN);
      Context.warnRunning("RuntimeWarning: Mean of empty slice");
      Context.warnRunning("RuntimeWarning: invalid value encountered in "
          + (l.reducedShape(keepdims).length == 0 ? "scalar divide" : "divide"));
      return l.reduced(Tensor.wrap(out, out.length), keepdims);
    }
    int k = n / 2;
    if (a.dtype() == DType.FLOAT64) {
      double[] x = l.doubles();
      for (int c = 0; c < l.count; c++) {
        int lo = c * n;
        if (hasNan(x, lo, n)) {
          out[c] = Double.NaN;
          continue;
        }
        select(x, lo, lo + n - 1, lo + k);
        double hi = x[lo + k];
        out[c] = n % 2 == 1 ? hi : (maxOf(x, lo, k) + hi) / 2;
      }
    } else {
      long[] x = l.longs();
      for (int c = 0; c < l.count; c++) {
        int lo = c * n;
        select(x, lo, lo + n - 1, lo + k);
        double hi = x[lo + k];
        out[c] = n % 2 == 1 ? hi : ((double) maxOf(x, lo, k) + hi) / 2;
      }
    }
    return l.reduced(Tensor.wrap(out, out.length), keepdims);
  }

  /**
   * {@code np.quantile(a, q, axis, keepdims)} with q already in [0, 1] (checked by the caller):
   * shape q.shape + the reduced shape.
   */
  public static Tensor quantile(Tensor a, Tensor q, int[] axes, boolean keepdims) {
    if (a.dtype() == DType.BOOL) {
      throw new IllegalArgumentException("numpy boolean subtract, the `-` operator, is not supported,"
          + " use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
    }
    Lanes l = Lanes.ofAxes(a, axes);
    int n = l.n;
    double[] qs = q.toDoubleArray();
    if (n == 0) {
      throw new IndexOutOfBoundsException("index -1 is out of bounds for axis 0 with size 0");
    }
    double[] out = new double[qs.length * l.count];
    boolean f = a.dtype() == DType.FLOAT64;
    double[] xd = f ? l.doubles() : null;
    long[] xl = f ? null : l.longs();
    for (int c = 0; c < l.count; c++) {
      int lo = c * n;
      if (f) {
        Sorting.sort(xd, lo, n);
      } else {
        Sorting.sort(xl, lo, n);
      }
      boolean nan = f && Double.isNaN(xd[lo + n - 1]);
      for (int j = 0; j < qs.length; j++) {
        double v = (n - 1) * qs[j];
        int prev;
        int next;
        if (v >= n - 1) {
          prev = n - 1;
          next = n - 1;
        } else if (v < 0) {
          prev = 0;
          next = 0;
        } else {
          prev = (int) Math.floor(v);
          next = prev + 1;
        }
        double g = v - (v >= n - 1 ? -1 : prev); // numpy's gamma uses the index -1 it clipped to
        double r;
        if (f) {
          r = lerp(xd[lo + prev], xd[lo + next], g);
        } else {
          long d = xl[lo + next] - xl[lo + prev];
          double ad = xl[lo + prev];
          double bd = xl[lo + next];
          r = g >= 0.5 ? bd - d * (1 - g) : ad + d * g;
        }
        out[j * l.count + c] = nan ? Double.NaN : r;
      }
    }
    int[] rs = l.reducedShape(keepdims);
    int[] qShape = q.shape();
    int[] shape = new int[qShape.length + rs.length];
    System.arraycopy(qShape, 0, shape, 0, qShape.length);
    System.arraycopy(rs, 0, shape, qShape.length, rs.length);
    return Tensor.wrap(out, shape);
  }

  private static double lerp(double a, double b, double t) {
    double d = b - a;
    return t >= 0.5 ? b - d * (1 - t) : a + d * t;
  }

  private static boolean hasNan(double[] x, int lo, int n) {
    for (int i = lo; i < lo + n; i++) {
      if (x[i] != x[i]) {
        return true;
      }
    }
    return false;
  }

  private static double maxOf(double[] x, int lo, int k) {
    double m = x[lo];
    for (int i = lo + 1; i < lo + k; i++) {
      m = Math.max(m, x[i]);
    }
    return m;
  }

  private static long maxOf(long[] x, int lo, int k) {
    long m = x[lo];
    for (int i = lo + 1; i < lo + k; i++) {
      m = Math.max(m, x[i]);
    }
    return m;
  }

  /** Quickselect (Hoare partition, median of three): x[k] is the k-th smallest of x[lo..hi]. */
  static void select(double[] x, int lo, int hi, int k) {
    int rounds = 0;
    while (hi > lo) {
      if (++rounds > 64) {
        java.util.Arrays.sort(x, lo, hi + 1);
        return;
      }
      int mid = (lo + hi) >>> 1;
      double a = x[lo];
      double b = x[mid];
      double c = x[hi];
      double p = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (x[i] < p) {
          i++;
        }
        while (x[j] > p) {
          j--;
        }
        if (i <= j) {
          double t = x[i];
          x[i++] = x[j];
          x[j--] = t;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  static void select(long[] x, int lo, int hi, int k) {
    int rounds = 0;
    while (hi > lo) {
      if (++rounds > 64) {
        java.util.Arrays.sort(x, lo, hi + 1);
        return;
      }
      int mid = (lo + hi) >>> 1;
      long a = x[lo];
      long b = x[mid];
      long c = x[hi];
      long p = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (x[i] < p) {
          i++;
        }
        while (x[j] > p) {
          j--;
        }
        if (i <= j) {
          long t = x[i];
          x[i++] = x[j];
          x[j--] = t;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }
}
