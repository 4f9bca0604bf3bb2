package ddl.stdlib.create;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;

/** numpy's matrix constructors: {@code diag diagflat tri tril triu}, as numpy defines them. */
public final class Matrices {
  private Matrices() {}

  /**
   * {@code np.diag(v, k)}: a 1-D v as the diagonal k of a square matrix (zeros elsewhere); of a 2-D
   * v its diagonal k as a new 1-D tensor (numpy returns a read-only view).
   */
  public static Tensor diag(Tensor v, int k) {
    if (v.ndim() == 1) {
      int n = v.size() + Math.abs(k);
      Tensor out = Tensor.empty(v.dtype(), n, n);
      for (int i = 0; i < v.size(); i++) {
        int r = k >= 0 ? i : i - k;
        int c = k >= 0 ? i + k : i;
        set(out, r * n + c, v, i);
      }
      return out;
    }
    if (v.ndim() == 2) {
      int rows = v.shape(0);
      int cols = v.shape(1);
      int r0 = k >= 0 ? 0 : -k;
      int c0 = k >= 0 ? k : 0;
      int len = Math.max(0, Math.min(rows - r0, cols - c0));
      Tensor out = Tensor.empty(v.dtype(), len);
      for (int i = 0; i < len; i++) {
        set(out, i, v, (r0 + i) * cols + c0 + i);
      }
      return out;
    }
    throw new IllegalArgumentException("Input must be 1- or 2-d.");
  }

  /** {@code np.diagflat(v, k)}: the flattened v as diagonal k of a square matrix. */
  public static Tensor diagflat(Tensor v, int k) {
    return diag(v.reshape(v.size()), k);
  }

  /** {@code np.tri(N, M, k)}: ones at and below diagonal k of an N×M matrix, zeros above. */
  public static Tensor tri(int n, int m, int k, DType dtype) {
    if (n < 0 || m < 0) {
      throw new IllegalArgumentException("negative dimensions are not allowed");
    }
    boolean[] mask = new boolean[n * m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m && j <= i + k; j++) {
        mask[i * m + j] = true;
      }
    }
    Tensor t = Tensor.wrap(mask, n, m);
    return dtype == DType.BOOL ? t : t.astype(dtype);
  }

  /**
   * {@code np.tril(m, k)} (lower) or {@code np.triu(m, k)}: the last two axes of m with the
   * elements above (below) diagonal k set to zero; a 1-D m is broadcast to a square first, as
   * numpy's does.
   */
  public static Tensor triangle(Tensor m, int k, boolean lower) {
    if (m.ndim() == 0) {
      throw new IllegalArgumentException("tri() missing 1 required positional argument: 'N'");
    }
    int cols = m.shape(-1);
    int rows = m.ndim() == 1 ? cols : m.shape(-2);
    Tensor src = m;
    if (m.ndim() == 1) {
      Tensor sq = Tensor.empty(m.dtype(), rows, cols);
      ddl.stdlib.math.Elementwise.assign(sq, m);
      src = sq;
    }
    Tensor out = src.copy();
    int plane = rows * cols;
    int planes = plane == 0 ? 0 : out.size() / plane;
    Tensor zero = Tensor.empty(out.dtype(), 1);
    for (int p = 0; p < planes; p++) {
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          boolean keep = lower ? j <= i + k : j >= i + k;
          if (!keep) {
            set(out, p * plane + i * cols + j, zero, 0);
          }
        }
      }
    }
    return out;
  }

  /** out's flat element i (contiguous) = src's flat element j, of one dtype. */
  private static void set(Tensor out, int i, Tensor src, int j) {
    switch (out.dtype()) {
      case FLOAT64:
        out.doubleStorage()[i] = src.getDouble(j);
        break;
      case INT64:
        out.longStorage()[i] = src.getLong(j);
        break;
      default:
        out.boolStorage()[i] = src.getBoolean(j);
    }
  }
}
