package ddl.stdlib.order;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;

/**
 * numpy's {@code cumsum}, {@code cumprod} and {@code diff}: sequential along the axis, as numpy's
 * accumulate loops run (so float results have numpy's bits); int and bool accumulate in int64
 * (wrapping on overflow as numpy's int64 does), float in float64.
 */
public final class Accumulate {
  private Accumulate() {}

  /** {@code np.cumsum(a, axis)}; a null axis flattens. */
  public static Tensor cumsum(Tensor a, Integer axis) {
    return accumulate(a, axis, false);
  }

  /** {@code np.cumprod(a, axis)}; a null axis flattens. */
  public static Tensor cumprod(Tensor a, Integer axis) {
    return accumulate(a, axis, true);
  }

  private static Tensor accumulate(Tensor a, Integer axis, boolean product) {
    Lanes l = axis == null ? Lanes.flat(a) : Lanes.of(a, axis);
    int n = l.n;
    if (a.dtype() == DType.FLOAT64) {
      double[] x = l.doubles();
      for (int c = 0; c < l.count; c++) {
        int lo = c * n;
        if (product) {
          for (int i = lo + 1; i < lo + n; i++) {
            x[i] *= x[i - 1];
          }
        } else {
          for (int i = lo + 1; i < lo + n; i++) {
            x[i] += x[i - 1];
          }
        }
      }
      return l.back(x, n);
    }
    long[] x = l.longs();
    for (int c = 0; c < l.count; c++) {
      int lo = c * n;
      for (int i = lo + 1; i < lo + n; i++) {
        x[i] = product ? x[i] * x[i - 1] : x[i] + x[i - 1];
      }
    }
    return l.back(x, n);
  }

  /** {@code np.diff(a, n, axis)}: the n-th differences, in a's dtype (bool: {@code !=}). */
  public static Tensor diff(Tensor a, int order, int axis) {
    if (order < 0) {
      throw new IllegalArgumentException("order must be non-negative but got " + order);
    }
    if (a.ndim() == 0) {
      throw new IllegalArgumentException("diff requires input that is at least one dimensional");
    }
    Lanes l = Lanes.of(a, axis);
    if (order == 0) {
      return a;
    }
    int n = l.n;
    int m = Math.max(n - order, 0);
    switch (a.dtype()) {
      case FLOAT64: {
        double[] x = l.doubles();
        double[] out = new double[l.count * m];
        for (int c = 0; c < l.count; c++) {
          int lo = c * n;
          for (int k = 1; k <= Math.min(order, n); k++) {
            for (int i = lo; i < lo + n - k; i++) {
              x[i] = x[i + 1] - x[i];
            }
          }
          System.arraycopy(x, lo, out, c * m, m);
        }
        return l.back(out, m);
      }
      case INT64: {
        long[] x = l.longs();
        long[] out = new long[l.count * m];
        for (int c = 0; c < l.count; c++) {
          int lo = c * n;
          for (int k = 1; k <= Math.min(order, n); k++) {
            for (int i = lo; i < lo + n - k; i++) {
              x[i] = x[i + 1] - x[i];
            }
          }
          System.arraycopy(x, lo, out, c * m, m);
        }
        return l.back(out, m);
      }
      default: {
        boolean[] x = l.bools();
        boolean[] out = new boolean[l.count * m];
        for (int c = 0; c < l.count; c++) {
          int lo = c * n;
          for (int k = 1; k <= Math.min(order, n); k++) {
            for (int i = lo; i < lo + n - k; i++) {
              x[i] = x[i + 1] != x[i];
            }
          }
          System.arraycopy(x, lo, out, c * m, m);
        }
        return l.back(out, m);
      }
    }
  }
}
