package ddl.stdlib.order;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import ddl.stdlib.format.PyFloat;

/**
 * numpy's {@code histogram(a, bins, range, density, weights)}: equal bins between the range's ends
 * (the data's min and max by default), each element placed as numpy places it (its index computed,
 * then corrected against the edges), or given edges searched in the sorted data.
 */
public final class Histogram {
  private Histogram() {}

  /** The counts (int64, or float64 with weights or density) and the edges. */
  public static Tensor[] histogram(Tensor a, Object bins, double[] range, boolean density, Tensor weights) {
    double[] x = a.toDoubleArray();
    double[] w = weights == null ? null : weights.toDoubleArray();
    if (w != null && w.length != x.length) {
      throw new IllegalArgumentException("weights should have the same shape as a.");
    }
    Tensor edges;
    double[] counts;
    if (bins instanceof Tensor && ((Tensor) bins).ndim() == 1) {
      edges = (Tensor) bins;
      counts = byEdges(x, w, edges.toDoubleArray());
    } else {
      int n = (int) (long) (Long) bins;
      if (n < 1) {
        throw new IllegalArgumentException("`bins` must be positive, when an integer");
      }
      double[] outer = outerEdges(x, range);
      edges = Creation.linspace(outer[0], outer[1], n + 1, true);
      counts = uniform(x, w, outer[0], outer[1], n, edges.doubleStorage());
    }
    int nb = counts.length;
    if (density) {
      double[] e = edges.toDoubleArray();
      double total = 0;
      for (double c : counts) {
        total += c;
      }
      double[] d = new double[nb];
      for (int i = 0; i < nb; i++) {
        d[i] = counts[i] / (e[i + 1] - e[i]) / total;
      }
      return new Tensor[] {Tensor.wrap(d, nb), edges};
    }
    if (w != null) {
      return new Tensor[] {Tensor.wrap(counts, nb), edges};
    }
    long[] c = new long[nb];
    for (int i = 0; i < nb; i++) {
      c[i] = (long) counts[i];
    }
    return new Tensor[] {Tensor.wrap(c, nb), edges};
  }

  private static double[] outerEdges(double[] x, double[] range) {
    double first;
    double last;
    if (range != null) {
      first = range[0];
      last = range[1];
      if (first > last) {
        throw new IllegalArgumentException("max must be larger than min in range parameter.");
      }
      if (!Double.isFinite(first) || !Double.isFinite(last)) {
        throw new IllegalArgumentException("supplied range of [" + PyFloat.repr(first) + ", "
            + PyFloat.repr(last) + "] is not finite");
      }
    } else if (x.length == 0) {
      first = 0;
      last = 1;
    } else {
      first = Double.POSITIVE_INFINITY;
      last = Double.NEGATIVE_INFINITY;
      boolean nan = false;
      for (double v : x) {
        nan |= v != v;
        first = Math.min(first, v);
        last = Math.max(last, v);
      }
      if (nan || !Double.isFinite(first) || !Double.isFinite(last)) {
        throw new IllegalArgumentException("autodetected range of [" + PyFloat.repr(nan ? Double.NaN : first)
            + ", " + PyFloat.repr(nan ? Double.NaN : last) + "] is not finite");
      }
    }
    if (first == last) {
      first -= 0.5;
      last += 0.5;
    }
    return new double[] {first, last};
  }

  private static double[] uniform(double[] x, double[] w, double first, double last, int n, double[] e) {
    double[] counts = new double[n];
    double denom = last - first;
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (!(v >= first && v <= last)) {
        continue;
      }
      int k = (int) ((v - first) / denom * n);
      if (k == n) {
        k--;
      }
      if (v < e[k]) {
        k--;
      } else if (v >= e[k + 1] && k != n - 1) {
        k++;
      }
      counts[k] += w == null ? 1 : w[i];
    }
    return counts;
  }

  private static double[] byEdges(double[] x, double[] w, double[] e) {
    for (int i = 1; i < e.length; i++) {
      if (e[i] < e[i - 1]) {
        throw new IllegalArgumentException("`bins` must increase monotonically, when an array");
      }
    }
    int n = x.length;
    long[] perm = new long[n];
    Sorting.argsort(x, 0, n, perm, 0);
    double[] sa = new double[n];
    double[] cw = new double[n + 1];
    for (int i = 0; i < n; i++) {
      sa[i] = x[(int) perm[i]];
      cw[i + 1] = cw[i] + (w == null ? 1 : w[(int) perm[i]]);
    }
    Tensor sorted = Tensor.wrap(sa, n);
    Tensor left = Counting.searchsorted(sorted, Tensor.wrap(java.util.Arrays.copyOf(e, e.length - 1), e.length - 1), false, null);
    Tensor right = Counting.searchsorted(sorted, Tensor.wrap(new double[] {e[e.length - 1]}, 1), true, null);
    double[] cum = new double[e.length];
    for (int i = 0; i < e.length - 1; i++) {
      cum[i] = cw[(int) left.getLong(i)];
    }
    cum[e.length - 1] = cw[(int) right.getLong(0)];
    double[] counts = new double[e.length - 1];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = cum[i + 1] - cum[i];
    }
    return counts;
  }
}
