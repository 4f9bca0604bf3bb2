package ddl.stdlib.linalg;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import org.bytedeco.openblas.global.openblas;

/**
 * numpy's {@code linalg.norm(x, ord, axis, keepdims)}: vector norms along one axis, matrix norms
 * over two, and numpy's shortcut for the 2-norm of everything (the square root of BLAS's ddot of
 * the flattened array, as numpy computes it).
 */
public final class Norm {
  private Norm() {}

  /** ord: null, a Double (inf, -inf and integers included) or "fro", "f", "nuc". */
  public static Object norm(Tensor x, Object ord, int[] axis, boolean keepdims) {
    if (x.dtype() != DType.FLOAT64) {
      x = x.astype(DType.FLOAT64);
    }
    int nd = x.ndim();
    if (axis == null) {
      if (ord == null || (isFro(ord) && nd == 2) || (is(ord, 2) && nd == 1)) {
        double r = Math.sqrt(dot(x));
        if (keepdims) {
          int[] ones = new int[nd];
          java.util.Arrays.fill(ones, 1);
          return Tensor.wrap(new double[] {r}, ones);
        }
        return r;
      }
      axis = new int[nd];
      for (int i = 0; i < nd; i++) {
        axis[i] = i;
      }
    }
    Object r;
    if (axis.length == 1) {
      r = vector(x, ord, Shape.normalizeAxis(axis[0], nd), keepdims);
    } else if (axis.length == 2) {
      int row = Shape.normalizeAxis(axis[0], nd);
      int col = Shape.normalizeAxis(axis[1], nd);
      if (row == col) {
        throw new IllegalArgumentException("Duplicate axes given.");
      }
      Tensor t = matrix(x, ord, row, col);
      if (keepdims) {
        int[] shape = x.shape().clone();
        shape[row] = 1;
        shape[col] = 1;
        t = t.reshape(shape);
      }
      r = t;
    } else {
      throw new IllegalArgumentException("Improper number of dimensions to norm.");
    }
    Tensor t = (Tensor) r;
    return t.ndim() == 0 ? t.item() : t;
  }

  private static boolean isFro(Object ord) {
    return "fro".equals(ord) || "f".equals(ord);
  }

  private static boolean is(Object ord, double v) {
    return ord instanceof Double && (Double) ord == v;
  }

  /** x·x of the flattened array through OpenBLAS's ddot (numpy's {@code x.dot(x)}). */
  private static double dot(Tensor x) {
    Tensor c = x.isContiguous() && x.offset() == 0 ? x : x.copy();
    int n = c.size();
    if (n == 0) {
      return 0.0;
    }
    double[] d = c.doubleStorage();
    if (d.length != n) {
      d = java.util.Arrays.copyOf(d, n);
    }
    return openblas.cblas_ddot(n, d, 1, d, 1);
  }

  private static Tensor vector(Tensor x, Object ord, int axis, boolean keepdims) {
    if (ord instanceof String) {
      throw new IllegalArgumentException("Invalid norm order '" + ord + "' for vectors");
    }
    if (ord == null || is(ord, 2)) {
      return x.mul(x).sum(keepdims, axis).sqrt();
    }
    double p = (Double) ord;
    if (p == Double.POSITIVE_INFINITY) {
      return x.shape(axis) == 0 ? zeros(x, keepdims, axis) : x.abs().max(keepdims, axis);
    }
    if (p == Double.NEGATIVE_INFINITY) {
      return x.abs().min(keepdims, axis);
    }
    if (p == 0) {
      return x.ne(0L).astype(DType.FLOAT64).sum(keepdims, axis);
    }
    if (p == 1) {
      return x.abs().sum(keepdims, axis);
    }
    Tensor powered = x.abs().pow(p == Math.rint(p) ? (Object) (long) p : (Object) p);
    return powered.sum(keepdims, axis).pow(1.0 / p);
  }

  private static Tensor zeros(Tensor x, boolean keepdims, int axis) {
    int[] s = x.shape().clone();
    if (keepdims) {
      s[axis] = 1;
      return Tensor.empty(DType.FLOAT64, s);
    }
    int[] r = new int[s.length - 1];
    for (int i = 0, j = 0; i < s.length; i++) {
      if (i != axis) {
        r[j++] = s[i];
      }
    }
    return Tensor.empty(DType.FLOAT64, r);
  }

  private static Tensor matrix(Tensor x, Object ord, int row, int col) {
    if (ord == null || isFro(ord)) {
      return x.mul(x).sum(false, row, col).sqrt();
    }
    if ("nuc".equals(ord)) {
      return singular(x, row, col).sum(false, -1);
    }
    if (ord instanceof String) {
      throw new IllegalArgumentException("Invalid norm order for matrices.");
    }
    double p = (Double) ord;
    if (p == 2) {
      return singular(x, row, col).max(false, -1);
    }
    if (p == -2) {
      return singular(x, row, col).min(false, -1);
    }
    if (p == 1 || p == -1) {
      int c = col > row ? col - 1 : col;
      Tensor sums = x.abs().sum(false, row);
      return p == 1 ? sums.max(false, c) : sums.min(false, c);
    }
    if (p == Double.POSITIVE_INFINITY || p == Double.NEGATIVE_INFINITY) {
      int r = row > col ? row - 1 : row;
      Tensor sums = x.abs().sum(false, col);
      return p > 0 ? sums.max(false, r) : sums.min(false, r);
    }
    throw new IllegalArgumentException("Invalid norm order for matrices.");
  }

  /** The singular values of the matrices on axes (row, col), moved last. */
  private static Tensor singular(Tensor x, int row, int col) {
    int nd = x.ndim();
    int[] perm = new int[nd];
    int j = 0;
    for (int i = 0; i < nd; i++) {
      if (i != row && i != col) {
        perm[j++] = i;
      }
    }
    perm[nd - 2] = row;
    perm[nd - 1] = col;
    return (Tensor) Spectral.svd(x.transpose(perm), false, false, false);
  }
}
