package ddl.stdlib.linalg;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.math.Linalg;

/** numpy's {@code linalg.pinv matrix_rank matrix_power}, written as numpy writes them. */
public final class Derived {
  private static final double EPS = Math.ulp(1.0);

  private Derived() {}

  /** The last two axes swapped. */
  static Tensor swapLast(Tensor t) {
    int nd = t.ndim();
    int[] axes = new int[nd];
    for (int i = 0; i < nd; i++) {
      axes[i] = i;
    }
    axes[nd - 2] = nd - 1;
    axes[nd - 1] = nd - 2;
    return t.transpose(axes);
  }

  /**
   * numpy's {@code linalg.pinv}: the SVD's singular values above rcond · max(s) inverted, the rest
   * zeroed, then {@code Vh.T @ (s[..., None] * U.T)}. rcond defaults to 1e-15; rtol (the array
   * API's name) to max(M, N) · eps.
   */
  public static Tensor pinv(Tensor a, Double rcond, Double rtol, boolean hermitian) {
    if (rcond != null && rtol != null) {
      throw new IllegalArgumentException("`rtol` and `rcond` can't be both set.");
    }
    Matrices.atLeast2d(a);
    int m = a.shape(a.ndim() - 2);
    int n = a.shape(a.ndim() - 1);
    if (m == 0 || n == 0) {
      int[] shape = a.shape().clone();
      shape[shape.length - 2] = n;
      shape[shape.length - 1] = m;
      return Tensor.empty(DType.FLOAT64, shape);
    }
    double rc = rcond != null ? rcond : rtol != null ? rtol : 1e-15;
    Tuple usv = (Tuple) Spectral.svd(a, false, true, hermitian);
    Tensor u = (Tensor) usv.get(0);
    Tensor s = ((Tensor) usv.get(1)).copy();
    Tensor vt = (Tensor) usv.get(2);
    int k = s.shape(s.ndim() - 1);
    double[] sv = s.doubleStorage();
    for (int b = 0; b < sv.length / Math.max(1, k); b++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < k; i++) {
        max = Math.max(max, sv[b * k + i]);
      }
      double cutoff = rc * max;
      for (int i = 0; i < k; i++) {
        double v = sv[b * k + i];
        sv[b * k + i] = v > cutoff ? 1 / v : 0;
      }
    }
    int[] col = s.shape().clone();
    int[] colShape = java.util.Arrays.copyOf(col, col.length + 1);
    colShape[col.length] = 1;
    Tensor scaled = s.reshape(colShape).mul(swapLast(u));
    return Linalg.matmul(swapLast(vt), scaled);
  }

  /**
   * numpy's {@code linalg.matrix_rank}: singular values above tol (default max(s) · max(M, N) ·
   * eps, or max(s) · rtol). An int for one matrix, an int64 tensor for a stack.
   */
  public static Object matrixRank(Tensor a, Double tol, Double rtol, boolean hermitian) {
    if (tol != null && rtol != null) {
      throw new IllegalArgumentException("`tol` and `rtol` can't be both set.");
    }
    if (a.ndim() < 2) {
      for (int i = 0; i < a.size(); i++) {
        if (a.getDouble(i) != 0) {
          return 1L;
        }
      }
      return 0L;
    }
    Tensor s = (Tensor) Spectral.svd(a, false, false, hermitian);
    int m = a.shape(a.ndim() - 2);
    int n = a.shape(a.ndim() - 1);
    int k = s.shape(s.ndim() - 1);
    double[] sv = s.doubleStorage();
    int count = s.size() / Math.max(1, k);
    if (k == 0) {
      count = Shape.size(java.util.Arrays.copyOf(s.shape(), s.ndim() - 1));
    }
    long[] ranks = new long[count];
    for (int b = 0; b < count; b++) {
      double t;
      if (tol != null) {
        t = tol;
      } else {
        double max = 0; // numpy: S.max(initial=0)
        for (int i = 0; i < k; i++) {
          max = Math.max(max, sv[b * k + i]);
        }
        t = max * (rtol != null ? rtol : Math.max(m, n) * EPS);
      }
      for (int i = 0; i < k; i++) {
        if (sv[b * k + i] > t) {
          ranks[b]++;
        }
      }
    }
    if (a.ndim() == 2) {
      return ranks[0];
    }
    return Tensor.wrap(ranks, java.util.Arrays.copyOf(s.shape(), s.ndim() - 1));
  }

  /**
   * numpy's {@code linalg.matrix_power}: the identity for 0, the inverse's power for negative n,
   * else products by binary decomposition in numpy's order (so the rounding is the same).
   */
  public static Tensor matrixPower(Tensor a, long n) {
    Matrices.square(a);
    if (n == 0) {
      Tensor out = Tensor.empty(a.dtype() == DType.BOOL ? DType.BOOL : a.dtype(), a.shape());
      int m = a.shape(a.ndim() - 1);
      int count = a.size() / Math.max(1, m * m);
      for (int b = 0; b < count; b++) {
        for (int i = 0; i < m; i++) {
          int p = b * m * m + i * m + i;
          switch (out.dtype()) {
            case FLOAT64:
              out.doubleStorage()[p] = 1;
              break;
            case INT64:
              out.longStorage()[p] = 1;
              break;
            default:
              out.boolStorage()[p] = true;
          }
        }
      }
      return out;
    }
    if (n < 0) {
      a = Decompose.inv(a);
      n = -n;
    }
    if (n == 1) {
      return a;
    }
    if (n == 2) {
      return Linalg.matmul(a, a);
    }
    if (n == 3) {
      return Linalg.matmul(Linalg.matmul(a, a), a);
    }
    Tensor z = null;
    Tensor result = null;
    while (n > 0) {
      z = z == null ? a : Linalg.matmul(z, z);
      long bit = n % 2;
      n /= 2;
      if (bit == 1) {
        result = result == null ? z : Linalg.matmul(result, z);
      }
    }
    return result;
  }
}
