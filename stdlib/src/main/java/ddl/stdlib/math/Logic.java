package ddl.stdlib.math;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import java.util.Arrays;

/**
 * numpy's truth tests: {@code any all} (reductions of truthiness, nan counting as true) and {@code
 * isclose allclose} (numpy's asymmetric tolerance test {@code |a - b| <= atol + rtol * |b|}).
 */
public final class Logic {
  /** numpy's default relative tolerance of {@code isclose} and {@code allclose}. */
  public static final double RTOL = 1e-05;

  /** numpy's default absolute tolerance of {@code isclose} and {@code allclose}. */
  public static final double ATOL = 1e-08;

  private Logic() {}

  /** {@code np.any(a)}: whether any element is non-zero (nan counts); false for an empty array. */
  public static boolean any(Tensor a) {
    return any(a, null, false).getBoolean(0);
  }

  /**
   * {@code np.any(a, axis=axes, keepdims=)}: a bool tensor; null axes reduce every axis, an empty
   * array none (numpy's {@code axis=()}).
   *
   * <pre>any([[0, 1], [0, 0]], 1)  # [ True False]</pre>
   *
   * @throws IndexOutOfBoundsException (an {@link ddl.stdlib.AxisError}) for an axis out of range
   * @throws IllegalArgumentException for a repeated axis
   */
  public static Tensor any(Tensor a, int[] axes, boolean keepdims) {
    return reduce(a, axes, keepdims, true);
  }

  /** {@code np.all(a)}: whether every element is non-zero (nan counts); true for an empty array. */
  public static boolean all(Tensor a) {
    return all(a, null, false).getBoolean(0);
  }

  /**
   * {@code np.all(a, axis=axes, keepdims=)}: a bool tensor; null axes reduce every axis.
   *
   * <pre>all([[1, 1], [0, 1]], 0)  # [False  True]</pre>
   *
   * @throws IndexOutOfBoundsException (an {@link ddl.stdlib.AxisError}) for an axis out of range
   * @throws IllegalArgumentException for a repeated axis
   */
  public static Tensor all(Tensor a, int[] axes, boolean keepdims) {
    return reduce(a, axes, keepdims, false);
  }

  /**
   * One pass over a: the output is read with stride 0 along reduced axes, so every element of a
   * lands on its output cell; {@code any} ors into false, {@code all} ands into true.
   */
  private static Tensor reduce(Tensor a, int[] axes, boolean keepdims, boolean any) {
    int nd = a.ndim();
    boolean[] mask = new boolean[nd];
    if (axes == null) {
      Arrays.fill(mask, true);
    } else {
      mask = Shape.axisMask(axes, nd);
    }
    int[] shape = a.shape();
    int kept = 0;
    for (boolean r : mask) {
      kept += r ? 0 : 1;
    }
    int[] kShape = new int[kept];
    int[] finalShape = new int[keepdims ? nd : kept];
    for (int d = 0, k = 0, f = 0; d < nd; d++) {
      if (!mask[d]) {
        kShape[k++] = shape[d];
        finalShape[f++] = shape[d];
      } else if (keepdims) {
        finalShape[f++] = 1;
      }
    }
    int[] kStrides = Shape.cStrides(kShape);
    int[] outStrides = new int[nd];
    for (int d = 0, k = 0; d < nd; d++) {
      outStrides[d] = mask[d] ? 0 : kStrides[k++];
    }
    boolean[] o = new boolean[Shape.size(kShape)];
    if (!any) {
      Arrays.fill(o, true);
    }
    Tensor in = Operands.as(a, DType.BOOL);
    boolean[] x = in.boolStorage();
    int[][] st = {in.strides(), outStrides};
    int[] offs = {in.offset(), 0};
    if (any) {
      Strided.forEachRow(
          shape,
          st,
          offs,
          (p, s, n) -> {
            for (int j = 0, i = p[0], q = p[1]; j < n; j++, i += s[0], q += s[1]) {
              o[q] |= x[i];
            }
          });
    } else {
      Strided.forEachRow(
          shape,
          st,
          offs,
          (p, s, n) -> {
            for (int j = 0, i = p[0], q = p[1]; j < n; j++, i += s[0], q += s[1]) {
              o[q] &= x[i];
            }
          });
    }
    return Tensor.wrap(o, finalShape);
  }

  /**
   * {@code np.isclose(a, b, rtol, atol, equal_nan)}: elementwise {@code |a - b| <= atol + rtol *
   * |b| and isfinite(b)}, or {@code a == b} (so equal infinities are close); nan is close to nan
   * only with {@code equalNan}. Not symmetric: b is the reference. Computed in float64, as numpy
   * converts b to at least float64. A 0-d tensor when both are scalars.
   *
   * <pre>isclose([1.0, 1.1, nan], 1.0)  # [ True False False]</pre>
   *
   * @throws IllegalArgumentException when the shapes do not broadcast
   */
  public static Tensor isclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
    int[] shape = Operands.broadcastShape(a, b);
    Tensor x = Operands.as(a, DType.FLOAT64);
    Tensor y = Operands.as(b, DType.FLOAT64);
    boolean[] o = new boolean[Shape.size(shape)];
    double[] xs = x.doubleStorage();
    double[] ys = y.doubleStorage();
    int[][] st = {
      Operands.stridesFor(x, shape), Operands.stridesFor(y, shape), Shape.cStrides(shape)
    };
    int[] offs = {x.offset(), y.offset(), 0};
    Strided.forEachRow(
        shape,
        st,
        offs,
        (p, s, n) -> {
          for (int j = 0, i = p[0], k = p[1]; j < n; j++, i += s[0], k += s[1]) {
            o[p[2] + j] = close(xs[i], ys[k], rtol, atol, equalNan);
          }
        });
    return Tensor.wrap(o, shape);
  }

  /** {@code np.isclose(a, b)} with numpy's defaults {@code rtol=1e-05, atol=1e-08}. */
  public static Tensor isclose(Object a, Object b) {
    return isclose(a, b, RTOL, ATOL, false);
  }

  /**
   * {@code np.allclose(a, b, rtol, atol, equal_nan)}: whether every element of {@link #isclose} is
   * true.
   *
   * <pre>allclose([1.0, 2.0], [1.0, 2.0 + 1e-9])  # true</pre>
   *
   * @throws IllegalArgumentException when the shapes do not broadcast
   */
  public static boolean allclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
    return all(isclose(a, b, rtol, atol, equalNan));
  }

  /** {@code np.allclose(a, b)} with numpy's defaults {@code rtol=1e-05, atol=1e-08}. */
  public static boolean allclose(Object a, Object b) {
    return allclose(a, b, RTOL, ATOL, false);
  }

  /**
   * numpy's formula, term by term: {@code (|x - y| <= atol + rtol*|y|) & isfinite(y) | (x == y)}.
   */
  private static boolean close(double x, double y, double rtol, double atol, boolean equalNan) {
    if (x == y) {
      return true;
    }
    if (equalNan && Double.isNaN(x) && Double.isNaN(y)) {
      return true;
    }
    return Math.abs(x - y) <= atol + rtol * Math.abs(y) && Double.isFinite(y);
  }
}
