package ddl.stdlib.linalg;

import ddl.stdlib.Args;
import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import java.util.Arrays;

/**
 * A stack of matrices (..., M, N) as float64, read one matrix at a time into Fortran order (as
 * numpy's {@code umath_linalg} linearises its operands for LAPACK), and numpy's checks of linalg
 * operands with its messages.
 */
final class Matrices {
  final Tensor data; // float64, C-contiguous
  final int[] batch;
  final int count;
  final int rows;
  final int cols;

  private Matrices(Tensor a) {
    this.data = a.dtype() == DType.FLOAT64 && a.isContiguous() ? a : a.astype(DType.FLOAT64);
    int nd = a.ndim();
    this.batch = Arrays.copyOf(a.shape(), nd - 2);
    int c = 1;
    for (int b : batch) {
      c *= b;
    }
    this.count = c;
    this.rows = a.shape(nd - 2);
    this.cols = a.shape(nd - 1);
  }

  /** The operand as a tensor (lists and scalars converted). */
  static Tensor tensor(Object a, String param) {
    return Args.tensor(a, param);
  }

  /** A stack of square matrices: numpy's {@code _assert_stacked_square}. */
  static Matrices square(Tensor a) {
    atLeast2d(a);
    if (a.shape(a.ndim() - 1) != a.shape(a.ndim() - 2)) {
      throw new LinAlgError("Last 2 dimensions of the array must be square");
    }
    return new Matrices(a);
  }

  /** A stack of matrices: numpy's {@code _assert_stacked_2d}. */
  static Matrices stacked(Tensor a) {
    atLeast2d(a);
    return new Matrices(a);
  }

  static void atLeast2d(Tensor a) {
    if (a.ndim() < 2) {
      throw new LinAlgError(a.ndim() + "-dimensional array given. Array must be at least"
          + " two-dimensional");
    }
  }

  /** numpy's {@code _assert_2d}. */
  static void exactly2d(Tensor a) {
    if (a.ndim() != 2) {
      throw new LinAlgError(a.ndim() + "-dimensional array given. Array must be two-dimensional");
    }
  }

  /** numpy's {@code _assert_finite} (eig, eigvals). */
  void finite() {
    double[] d = data.doubleStorage();
    for (int i = data.offset(), end = i + data.size(); i < end; i++) {
      if (!Double.isFinite(d[i])) {
        throw new LinAlgError("Array must not contain infs or NaNs");
      }
    }
  }

  /** The float64 storage the matrices are read from. */
  double[] storage() {
    return data.doubleStorage();
  }

  /** Where matrix k starts in {@link #storage()} (C order, rows × cols). */
  int base(int k) {
    return data.offset() + k * rows * cols;
  }

  /** Matrix k in Fortran order (column-major, leading dimension rows). */
  double[] fortran(int k) {
    double[] f = new double[rows * cols];
    transpose(data.doubleStorage(), data.offset() + k * rows * cols, rows, cols, f, 0, rows);
    return f;
  }

  /** Tiles of a transpose, small enough that the rows read and the columns written stay cached. */
  private static final int TILE = 32;

  /**
   * dst[pd + i + j * ld] = src[ps + i * cols + j] for the rows×cols C-order matrix at ps: its
   * transpose, which is the matrix itself in Fortran order when ld = rows. Tiled, as a plain
   * transpose of a large matrix misses the cache on every write.
   */
  static void transpose(double[] src, int ps, int rows, int cols, double[] dst, int pd, int ld) {
    for (int i0 = 0; i0 < rows; i0 += TILE) {
      int i1 = Math.min(rows, i0 + TILE);
      for (int j0 = 0; j0 < cols; j0 += TILE) {
        int j1 = Math.min(cols, j0 + TILE);
        for (int i = i0; i < i1; i++) {
          int row = ps + i * cols;
          for (int j = j0; j < j1; j++) {
            dst[pd + i + j * ld] = src[row + j];
          }
        }
      }
    }
  }

  /** The shape batch + dims. */
  int[] shape(int... dims) {
    int[] s = Arrays.copyOf(batch, batch.length + dims.length);
    System.arraycopy(dims, 0, s, batch.length, dims.length);
    return s;
  }

  /**
   * Writes the m×n top-left block of a column-major f (leading dimension ld) into out in C order
   * from position base.
   */
  static void toC(double[] f, int ld, int m, int n, double[] out, int base) {
    for (int i0 = 0; i0 < m; i0 += TILE) {
      int i1 = Math.min(m, i0 + TILE);
      for (int j0 = 0; j0 < n; j0 += TILE) {
        int j1 = Math.min(n, j0 + TILE);
        for (int i = i0; i < i1; i++) {
          int row = base + i * n;
          for (int j = j0; j < j1; j++) {
            out[row + j] = f[i + j * ld];
          }
        }
      }
    }
  }
}
