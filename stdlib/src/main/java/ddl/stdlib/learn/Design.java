package ddl.stdlib.learn;

import ddl.stdlib.Args;
import ddl.stdlib.DType;
import ddl.stdlib.Tensor;

/**
 * The data of a regression as flat double arrays: {@code x} row-major with n rows and k columns (a
 * 1-D x is one column), {@code y} with n values. The loops of gradient descent and least squares
 * read these arrays directly, so float64 inputs are used without a copy.
 */
public final class Design {
  final int n;
  final int k;
  final double[] x;
  final double[] y;

  private Design(int n, int k, double[] x, double[] y) {
    this.n = n;
    this.k = k;
    this.x = x;
    this.y = y;
  }

  /**
   * {@code x} of shape (n,) or (n, k) and {@code y} of n values, checked against each other.
   *
   * @param fn the built-in's name, for error messages
   */
  public static Design of(Object x, Object y, String fn) {
    Tensor xt = Args.tensor(x, "x");
    Tensor yt = Args.tensor(y, "y");
    if (xt.ndim() != 1 && xt.ndim() != 2) {
      throw new IllegalArgumentException(
          fn + ": x must be 1-D (n,) or 2-D (n, k), found shape " + xt.shapeString());
    }
    int n = xt.shape(0);
    int k = xt.ndim() == 1 ? 1 : xt.shape(1);
    if (yt.size() != n || yt.ndim() > 2 || (yt.ndim() == 2 && yt.shape(1) != 1)) {
      throw new IllegalArgumentException(
          fn + ": x has " + n + " rows but y has shape " + yt.shapeString());
    }
    if (n == 0) {
      throw new IllegalArgumentException(fn + ": no data (x is empty)");
    }
    return new Design(n, k, doubles(xt), doubles(yt));
  }

  /** x's values for a model with k columns, or an error naming the mismatch. */
  public static double[] xValues(Object x, int k, String fn) {
    Tensor xt = Args.tensor(x, "x");
    int cols = xt.ndim() == 1 ? 1 : xt.ndim() == 2 ? xt.shape(1) : -1;
    if (cols != k) {
      throw new IllegalArgumentException(
          fn
              + ": phi has "
              + (k + 1)
              + " values (intercept, then one per column of x), but x has"
              + " shape "
              + xt.shapeString());
    }
    return doubles(xt);
  }

  /** The elements in C order as doubles: the storage itself when it already is exactly that. */
  static double[] doubles(Tensor t) {
    double[] s = t.doubleStorage();
    if (t.dtype() == DType.FLOAT64
        && s != null
        && t.offset() == 0
        && s.length == t.size()
        && t.isContiguous()) {
      return s;
    }
    return t.toDoubleArray();
  }

  /** x row-major, n rows of k values (shared with the caller's tensor when it was float64). */
  public double[] x() {
    return x;
  }

  /** y's n values (shared, as {@link #x()}). */
  public double[] y() {
    return y;
  }

  /** The row count. */
  public int rows() {
    return n;
  }

  /** The column count of x (1 for a 1-D x). */
  public int columns() {
    return k;
  }
}
