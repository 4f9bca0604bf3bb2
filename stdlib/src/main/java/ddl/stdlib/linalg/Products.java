package ddl.stdlib.linalg;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Linalg;
import java.util.Arrays;
import org.bytedeco.openblas.global.openblas;

/**
 * numpy's {@code dot vdot inner outer kron trace}. N-d products are reshaped into one matrix
 * product (BLAS when large, see {@link Linalg}); a float64 dot of two vectors is OpenBLAS's ddot,
 * as in numpy. A 0-d result is returned as a scalar, as numpy returns one.
 */
public final class Products {
  private Products() {}

  static Object scalarIf0d(Tensor t) {
    return t.ndim() == 0 ? t.item() : t;
  }

  /** numpy's {@code dot}. */
  public static Object dot(Tensor a, Tensor b) {
    if (a.ndim() == 0 || b.ndim() == 0) {
      return scalarIf0d(a.mul(b));
    }
    int ka = a.shape(a.ndim() - 1);
    int bAxis = b.ndim() == 1 ? 0 : b.ndim() - 2;
    int kb = b.shape(bAxis);
    if (ka != kb) {
      throw new IllegalArgumentException("shapes " + Shape.compact(a.shape()) + " and "
          + Shape.compact(b.shape()) + " not aligned: " + ka + " (dim " + (a.ndim() - 1)
          + ") != " + kb + " (dim " + bAxis + ")");
    }
    if (a.ndim() == 1 && b.ndim() == 1) {
      return vectorDot(a, b);
    }
    if (a.ndim() <= 2 && b.ndim() <= 2) {
      return Linalg.matmul(a, b);
    }
    // a (..., K) against b (..., K, m): b's K to the front, the rest flattened after it
    int[] bs = b.shape();
    int nd = b.ndim();
    Tensor bm;
    int[] rest;
    if (nd == 1) {
      bm = b.reshape(kb, 1);
      rest = new int[0];
    } else {
      int[] perm = new int[nd];
      perm[0] = nd - 2;
      for (int i = 0, j = 1; i < nd; i++) {
        if (i != nd - 2) {
          perm[j++] = i;
        }
      }
      rest = new int[nd - 1];
      for (int i = 0, j = 0; i < nd; i++) {
        if (i != nd - 2) {
          rest[j++] = bs[i];
        }
      }
      bm = b.transpose(perm).reshape(kb, Shape.size(rest));
    }
    int[] lead = Arrays.copyOf(a.shape(), a.ndim() - 1);
    Tensor am = a.reshape(Shape.size(lead), ka);
    Tensor r = Linalg.matmul(am, bm);
    int[] shape = Arrays.copyOf(lead, lead.length + rest.length);
    System.arraycopy(rest, 0, shape, lead.length, rest.length);
    return scalarIf0d(r.reshape(shape));
  }

  /** Two vectors of one length: ddot for float64 (numpy's BLAS call), else the Java product. */
  private static Object vectorDot(Tensor a, Tensor b) {
    DType dt = DType.promote(a.dtype(), b.dtype());
    int n = a.size();
    if (dt == DType.FLOAT64 && n > 0) {
      return openblas.cblas_ddot(n, dense(a), 1, dense(b), 1);
    }
    return Linalg.matmul(a, b).item();
  }

  /** The elements as a float64 array of exactly their count, copied only when needed. */
  static double[] dense(Tensor t) {
    if (t.dtype() == DType.FLOAT64 && t.isContiguous() && t.offset() == 0
        && t.doubleStorage().length == t.size()) {
      return t.doubleStorage();
    }
    return t.toDoubleArray();
  }

  /** numpy's {@code vdot}: both flattened, then their dot product. */
  public static Object vdot(Tensor a, Tensor b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("cannot reshape array of size " + b.size()
          + " into shape (" + a.size() + ",)");
    }
    return vectorDot(a.ravel(), b.ravel());
  }

  /** numpy's {@code inner}: sums over the last axes of both. */
  public static Object inner(Tensor a, Tensor b) {
    if (a.ndim() == 0 || b.ndim() == 0) {
      return scalarIf0d(a.mul(b));
    }
    int ka = a.shape(a.ndim() - 1);
    int kb = b.shape(b.ndim() - 1);
    if (ka != kb) {
      // numpy moves b's last axis first and reports the dot of that
      int[] moved = new int[b.ndim()];
      moved[0] = kb;
      System.arraycopy(b.shape(), 0, moved, 1, b.ndim() - 1);
      throw new IllegalArgumentException("shapes " + Shape.compact(a.shape()) + " and "
          + Shape.compact(moved) + " not aligned: " + ka + " (dim " + (a.ndim() - 1)
          + ") != " + kb + " (dim 0)");
    }
    if (a.ndim() == 1 && b.ndim() == 1) {
      return vectorDot(a, b);
    }
    int[] la = Arrays.copyOf(a.shape(), a.ndim() - 1);
    int[] lb = Arrays.copyOf(b.shape(), b.ndim() - 1);
    Tensor r = Linalg.matmul(a.reshape(Shape.size(la), ka), b.reshape(Shape.size(lb), kb).T());
    int[] shape = Arrays.copyOf(la, la.length + lb.length);
    System.arraycopy(lb, 0, shape, la.length, lb.length);
    return scalarIf0d(r.reshape(shape));
  }

  /** numpy's {@code outer}: both flattened, {@code a[i] * b[j]}. */
  public static Tensor outer(Tensor a, Tensor b) {
    return a.reshape(a.size(), 1).mul(b.reshape(1, b.size()));
  }

  /** numpy's {@code kron}: blocks {@code a[i] * b}, the shorter shape padded with leading 1s. */
  public static Tensor kron(Tensor a, Tensor b) {
    int nd = Math.max(a.ndim(), b.ndim());
    int[] as = pad(a.shape(), nd);
    int[] bs = pad(b.shape(), nd);
    int[] ai = new int[2 * nd];
    int[] bi = new int[2 * nd];
    int[] out = new int[nd];
    for (int d = 0; d < nd; d++) {
      ai[2 * d] = as[d];
      ai[2 * d + 1] = 1;
      bi[2 * d] = 1;
      bi[2 * d + 1] = bs[d];
      out[d] = as[d] * bs[d];
    }
    return a.reshape(ai).mul(b.reshape(bi)).reshape(out);
  }

  private static int[] pad(int[] s, int nd) {
    int[] r = new int[nd];
    Arrays.fill(r, 1);
    System.arraycopy(s, 0, r, nd - s.length, s.length);
    return r;
  }

  /** numpy's {@code trace(a, offset, axis1, axis2)}: the sums along diagonals. */
  public static Object trace(Tensor a, int offset, int axis1, int axis2) {
    if (a.ndim() < 2) {
      throw new IllegalArgumentException("diag requires an array of at least two dimensions");
    }
    int nd = a.ndim();
    int x = Shape.normalizeAxis(axis1, nd);
    int y = Shape.normalizeAxis(axis2, nd);
    if (x == y) {
      throw new IllegalArgumentException("axis1 and axis2 cannot be the same");
    }
    int[] shape = a.shape();
    int[] strides = a.strides();
    int start = a.offset();
    int len;
    if (offset >= 0) {
      len = Math.max(0, Math.min(shape[x], shape[y] - offset));
      start += len > 0 ? offset * strides[y] : 0;
    } else {
      len = Math.max(0, Math.min(shape[x] + offset, shape[y]));
      start += len > 0 ? -offset * strides[x] : 0;
    }
    int[] ds = new int[nd - 1];
    int[] dst = new int[nd - 1];
    for (int i = 0, j = 0; i < nd; i++) {
      if (i != x && i != y) {
        ds[j] = shape[i];
        dst[j++] = strides[i];
      }
    }
    ds[nd - 2] = len;
    dst[nd - 2] = strides[x] + strides[y];
    Tensor diag = a.view(ds, dst, start);
    Tensor src = diag.dtype() == DType.BOOL ? diag.astype(DType.INT64) : diag;
    return scalarIf0d(src.sum(false, nd - 2));
  }
}
