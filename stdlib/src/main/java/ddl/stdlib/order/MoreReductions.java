package ddl.stdlib.order;

import ddl.stdlib.Context;
import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Reductions;

/**
 * numpy's {@code prod ptp count_nonzero average} and the nan-ignoring {@code nansum nanmean nanmax
 * nanmin}, over all axes, one or several, with keepdims. Sums go through {@link Reductions#sum}
 * (numpy's pairwise order); products multiply in order along the lane, as numpy's multiply loop.
 */
public final class MoreReductions {
  private MoreReductions() {}

  /** {@code np.prod}: int and bool multiply in int64 (wrapping), float in float64. */
  public static Tensor prod(Tensor a, int[] axes, boolean keepdims) {
    Lanes l = Lanes.ofAxes(a, axes);
    int n = l.n;
    if (a.dtype() == DType.FLOAT64) {
      double[] x = l.doubles();
      double[] out = new double[l.count];
      for (int c = 0; c < l.count; c++) {
        double p = 1;
        for (int i = c * n; i < c * n + n; i++) {
          p *= x[i];
        }
        out[c] = p;
      }
      return l.reduced(Tensor.wrap(out, out.length), keepdims);
    }
    long[] x = l.longs();
    long[] out = new long[l.count];
    for (int c = 0; c < l.count; c++) {
      long p = 1;
      for (int i = c * n; i < c * n + n; i++) {
        p *= x[i];
      }
      out[c] = p;
    }
    return l.reduced(Tensor.wrap(out, out.length), keepdims);
  }

  /** {@code np.ptp}: max - min, in a's dtype. */
  public static Tensor ptp(Tensor a, int[] axes, boolean keepdims) {
    if (a.dtype() == DType.BOOL) {
      throw new IllegalArgumentException("numpy boolean subtract, the `-` operator, is not supported,"
          + " use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
    }
    return Reductions.max(a, axes, keepdims).sub(Reductions.min(a, axes, keepdims));
  }

  /** {@code np.count_nonzero}: int64 counts. */
  public static Tensor countNonzero(Tensor a, int[] axes, boolean keepdims) {
    Lanes l = Lanes.ofAxes(a, axes);
    boolean[] x = l.bools();
    long[] out = new long[l.count];
    int n = l.n;
    for (int c = 0; c < l.count; c++) {
      long k = 0;
      for (int i = c * n; i < c * n + n; i++) {
        k += x[i] ? 1 : 0;
      }
      out[c] = k;
    }
    return l.reduced(Tensor.wrap(out, out.length), keepdims);
  }

  /** {@code np.nansum}: nan counts as 0 (ints and bools sum as np.sum). */
  public static Tensor nansum(Tensor a, int[] axes, boolean keepdims) {
    return Reductions.sum(a.dtype() == DType.FLOAT64 ? zeroNans(a) : a, axes, keepdims);
  }

  /** {@code np.nanmean}: the mean of the non-nan elements; nan, with a warning, when none. */
  public static Tensor nanmean(Tensor a, int[] axes, boolean keepdims) {
    if (a.dtype() != DType.FLOAT64) {
      return Reductions.mean(a, axes, keepdims);
    }
    Tensor tot = Reductions.sum(zeroNans(a), axes, keepdims);
    Tensor cnt = Reductions.sum(a.eq(a), axes, keepdims);
    double[] t = tot.toDoubleArray();
    long[] k = cnt.toLongArray();
    boolean bad = false;
    for (int i = 0; i < t.length; i++) {
      t[i] /= k[i];
      bad |= k[i] == 0;
    }
    if (bad) {
      Context.warnRunning("RuntimeWarning: Mean of empty slice");
    }
    return Tensor.wrap(t, tot.shape());
  }

  /** {@code np.nanmax}: the largest non-nan element; nan, with a warning, for an all-nan lane. */
  public static Tensor nanmax(Tensor a, int[] axes, boolean keepdims) {
    return nanExtreme(a, axes, keepdims, true);
  }

  public static Tensor nanmin(Tensor a, int[] axes, boolean keepdims) {
    return nanExtreme(a, axes, keepdims, false);
  }

  private static Tensor nanExtreme(Tensor a, int[] axes, boolean keepdims, boolean max) {
    if (a.dtype() != DType.FLOAT64) {
      return max ? Reductions.max(a, axes, keepdims) : Reductions.min(a, axes, keepdims);
    }
    Lanes l = Lanes.ofAxes(a, axes);
    int n = l.n;
    if (n == 0) {
      throw new IllegalArgumentException("zero-size array to reduction operation "
          + (max ? "fmax" : "fmin") + " which has no identity");
    }
    double[] x = l.doubles();
    double[] out = new double[l.count];
    boolean allNan = false;
    for (int c = 0; c < l.count; c++) {
      double m = Double.NaN;
      for (int i = c * n; i < c * n + n; i++) {
        double v = x[i];
        if (v == v && (m != m || (max ? v > m : v < m))) {
          m = v;
        }
      }
      out[c] = m;
      allNan |= m != m;
    }
    if (allNan) {
      Context.warnRunning("RuntimeWarning: All-NaN " + (axes == null ? "axis" : "slice") + " encountered");
    }
    return l.reduced(Tensor.wrap(out, out.length), keepdims);
  }

  private static Tensor zeroNans(Tensor a) {
    double[] x = a.toDoubleArray();
    for (int i = 0; i < x.length; i++) {
      if (x[i] != x[i]) {
        x[i] = 0;
      }
    }
    return Tensor.wrap(x, a.shape());
  }

  /**
   * {@code np.average(a, axis, weights)}: {@code sum(a * w) / sum(w)} in float64, a 1-D w laid
   * along the one axis; returns {average, sum of weights}.
   */
  public static Tensor[] average(Tensor a, int[] axes, Tensor w, boolean keepdims) {
    if (w == null) {
      Tensor avg = Reductions.mean(a, axes, keepdims);
      double[] scl = new double[avg.size()];
      java.util.Arrays.fill(scl, (double) a.size() / avg.size());
      return new Tensor[] {avg, Tensor.wrap(scl, avg.shape())};
    }
    Tensor wf = w.dtype() == DType.FLOAT64 ? w : w.astype(DType.FLOAT64);
    Tensor af = a.dtype() == DType.FLOAT64 ? a : a.astype(DType.FLOAT64);
    if (!Shape.equal(a.shape(), w.shape())) {
      if (axes == null) {
        throw new IllegalArgumentException(
            "Axis must be specified when shapes of a and weights differ.");
      }
      int nd = a.ndim();
      boolean[] mask = Shape.axisMask(axes, nd);
      int[] ws = w.shape();
      int k = 0;
      int[] shape = new int[nd];
      boolean ok = ws.length == axes.length;
      for (int d = 0; d < nd; d++) {
        if (mask[d]) {
          ok &= k < ws.length && ws[k] == a.shape(d);
          shape[d] = k < ws.length ? ws[k++] : 1;
        } else {
          shape[d] = 1;
        }
      }
      if (!ok) {
        throw new IllegalArgumentException(
            "Shape of weights must be consistent with shape of a along specified axis.");
      }
      wf = wf.copy().reshape(shape);
      wf = Tensor.empty(DType.FLOAT64, a.shape()).add(wf);
    }
    Tensor scl = Reductions.sum(wf, axes, keepdims);
    for (double s : scl.toDoubleArray()) {
      if (s == 0) {
        throw new ArithmeticException("Weights sum to zero, can't be normalized");
      }
    }
    Tensor avg = Reductions.sum(af.mul(wf), axes, keepdims).div(scl);
    return new Tensor[] {avg, scl};
  }
}
