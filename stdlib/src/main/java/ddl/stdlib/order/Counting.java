package ddl.stdlib.order;

import ddl.stdlib.Context;
import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import java.util.ArrayList;
import java.util.List;

/** numpy's {@code unique nonzero argwhere searchsorted bincount}. */
public final class Counting {
  private Counting() {}

  /**
   * {@code np.unique(ar, return_index, return_inverse, return_counts)} of the flattened array:
   * the sorted distinct values (every nan one value, last), then the arrays asked for.
   */
  public static List<Tensor> unique(Tensor ar, boolean index, boolean inverse, boolean counts) {
    Tensor flat = ar.reshape(ar.size()).contiguous();
    int n = flat.size();
    long[] perm = new long[n];
    boolean f = flat.dtype() == DType.FLOAT64;
    double[] xd = f ? flat.toDoubleArray() : null;
    long[] xl = f ? null : flat.toLongArray();
    if (f) {
      Sorting.argsort(xd, 0, n, perm, 0);
    } else {
      Sorting.argsort(xl, 0, n, perm, 0);
    }
    boolean[] mask = new boolean[n];
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      int p = (int) perm[i];
      boolean first = i == 0;
      if (!first) {
        int q = (int) perm[i - 1];
        first = f ? !(xd[p] == xd[q] || (xd[p] != xd[p] && xd[q] != xd[q])) : xl[p] != xl[q];
      }
      mask[i] = first;
      distinct += first ? 1 : 0;
    }
    List<Tensor> out = new ArrayList<>();
    long[] firstAt = new long[distinct];
    for (int i = 0, k = 0; i < n; i++) {
      if (mask[i]) {
        firstAt[k++] = i;
      }
    }
    Tensor values;
    if (f) {
      double[] v = new double[distinct];
      for (int k = 0; k < distinct; k++) {
        v[k] = xd[(int) perm[(int) firstAt[k]]];
      }
      values = Tensor.wrap(v, distinct);
    } else {
      long[] v = new long[distinct];
      for (int k = 0; k < distinct; k++) {
        v[k] = xl[(int) perm[(int) firstAt[k]]];
      }
      values = Tensor.wrap(v, distinct);
      if (flat.dtype() == DType.BOOL) {
        values = values.astype(DType.BOOL);
      }
    }
    out.add(values);
    if (index) {
      long[] idx = new long[distinct];
      for (int k = 0; k < distinct; k++) {
        idx[k] = perm[(int) firstAt[k]];
      }
      out.add(Tensor.wrap(idx, distinct));
    }
    if (inverse) {
      long[] inv = new long[n];
      long k = -1;
      for (int i = 0; i < n; i++) {
        k += mask[i] ? 1 : 0;
        inv[(int) perm[i]] = k;
      }
      out.add(Tensor.wrap(inv, ar.shape()));
    }
    if (counts) {
      long[] c = new long[distinct];
      for (int k = 0; k < distinct; k++) {
        c[k] = (k + 1 < distinct ? firstAt[k + 1] : n) - firstAt[k];
      }
      out.add(Tensor.wrap(c, distinct));
    }
    return out;
  }

  /** {@code np.nonzero(a)}: for each axis, the indices of the true elements (C order). */
  public static List<Tensor> nonzero(Tensor a) {
    if (a.ndim() == 0) {
      throw new IllegalArgumentException("Calling nonzero on 0d arrays is not allowed. Use "
          + "np.atleast_1d(scalar).nonzero() instead.");
    }
    Tensor w = argwhere(a);
    List<Tensor> out = new ArrayList<>();
    int nd = a.ndim();
    long[] all = w.toLongArray();
    int k = w.shape(0);
    for (int d = 0; d < nd; d++) {
      long[] col = new long[k];
      for (int i = 0; i < k; i++) {
        col[i] = all[i * nd + d];
      }
      out.add(Tensor.wrap(col, k));
    }
    return out;
  }

  /** {@code np.argwhere(a)}: the indices of the true elements, one row each, shape (N, ndim). */
  public static Tensor argwhere(Tensor a) {
    if (a.ndim() == 0) {
      return Tensor.empty(DType.INT64, a.getBoolean(0) ? 1 : 0, 0);
    }
    boolean[] b = a.toBooleanArray();
    int nd = a.ndim();
    int[] shape = a.shape();
    int k = 0;
    for (boolean v : b) {
      k += v ? 1 : 0;
    }
    long[] out = new long[k * nd];
    int[] idx = new int[nd];
    for (int i = 0, r = 0; i < b.length; i++) {
      if (b[i]) {
        for (int d = 0; d < nd; d++) {
          out[r++] = idx[d];
        }
      }
      for (int d = nd - 1; d >= 0; d--) {
        if (++idx[d] < shape[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    return Tensor.wrap(out, k, nd);
  }

  /**
   * {@code np.searchsorted(a, v, side)} on a sorted 1-D a: for each v, the first index where it
   * could be inserted keeping the order ({@code right}: the last). nan sorts last, as numpy's.
   */
  public static Tensor searchsorted(Tensor a, Tensor v, boolean right, Tensor sorter) {
    if (a.ndim() != 1) {
      throw new IllegalArgumentException("object too deep for desired array");
    }
    boolean f = a.dtype() == DType.FLOAT64 || v.dtype() == DType.FLOAT64;
    Tensor sorted = a;
    if (sorter != null) {
      sorted = (Tensor) ddl.stdlib.index.Indexing.get(a, sorter);
    }
    int n = sorted.size();
    long[] out = new long[v.size()];
    if (f) {
      double[] x = sorted.toDoubleArray();
      double[] q = v.toDoubleArray();
      for (int j = 0; j < q.length; j++) {
        double key = q[j];
        int lo = 0;
        int hi = n;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          boolean goRight = right ? !less(key, x[mid]) : less(x[mid], key);
          if (goRight) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        out[j] = lo;
      }
    } else {
      long[] x = sorted.toLongArray();
      long[] q = v.toLongArray();
      for (int j = 0; j < q.length; j++) {
        long key = q[j];
        int lo = 0;
        int hi = n;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          boolean goRight = right ? x[mid] <= key : x[mid] < key;
          if (goRight) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        out[j] = lo;
      }
    }
    return Tensor.wrap(out, v.shape());
  }

  /** numpy's sort order: a < b, nan greater than every number. */
  private static boolean less(double a, double b) {
    return a < b || (b != b && a == a);
  }

  /** {@code np.bincount(x, weights, minlength)}: how often each non-negative int occurs. */
  public static Tensor bincount(Tensor x, Tensor weights, int minlength) {
    if (x.ndim() > 1) {
      throw new IllegalArgumentException("setting an array element with a sequence. The requested "
          + "array would exceed the maximum number of dimension of 1.");
    }
    if (minlength < 0) {
      throw new IllegalArgumentException("'minlength' must not be negative");
    }
    if (x.dtype() == DType.FLOAT64) {
      Context.warnRunning("DeprecationWarning: Non-integer input passed to bincount. In a future "
          + "version of NumPy, this will be an error. (Deprecated NumPy 2.1)");
    }
    long[] v = x.toLongArray();
    long max = -1;
    for (long e : v) {
      if (e < 0) {
        throw new IllegalArgumentException("'list' argument must have no negative elements");
      }
      max = Math.max(max, e);
    }
    int len = (int) Math.max(max + 1, minlength);
    if (weights == null || v.length == 0) {
      long[] out = new long[len];
      for (long e : v) {
        out[(int) e]++;
      }
      return Tensor.wrap(out, len);
    }
    if (weights.size() != v.length) {
      throw new IllegalArgumentException("The weights and list don't have the same length.");
    }
    double[] w = weights.toDoubleArray();
    double[] out = new double[len];
    for (int i = 0; i < v.length; i++) {
      out[(int) v[i]] += w[i];
    }
    return Tensor.wrap(out, len);
  }
}
