package ddl.stdlib.math;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/**
 * numpy's {@code var} and {@code std} by numpy's own two-pass algorithm ({@code
 * numpy/_core/_methods.py}, {@code _var}): the mean (pairwise sum divided by the count), then the
 * pairwise sum of squared deviations divided by {@code max(N - ddof, 0)}. Doing the same operations
 * in the same order gives numpy's rounding. Integer and bool inputs are computed in float64.
 */
public final class Statistics {
  private Statistics() {}

  /** {@code np.var(a)}: the population variance of all elements (ddof 0). */
  public static double var(Tensor a) {
    return var(a, 0);
  }

  /**
   * {@code np.var(a, ddof=ddof)} over all elements. {@code N - ddof <= 0} divides by zero as numpy
   * does: inf, or nan when the deviations are all zero; an empty array gives nan.
   */
  public static double var(Tensor a, int ddof) {
    if (a.dtype() == DType.FLOAT64 && a.isContiguous() && a.size() > 0) {
      return varDoubles(a.doubleStorage(), a.offset(), a.size(), ddof);
    }
    return var(a, null, false, ddof).getDouble(0);
  }

  /**
   * {@code np.var(a, axis=axes, keepdims=, ddof=)}: a float64 tensor; null axes reduce every axis,
   * an empty array none (numpy's {@code axis=()}).
   *
   * <pre>var([[1, 2], [3, 5]], 0)  # [1.  2.25]</pre>
   *
   * @throws IndexOutOfBoundsException (an {@link ddl.stdlib.AxisError}) for an axis out of range
   * @throws IllegalArgumentException for a repeated axis
   */
  public static Tensor var(Tensor a, int[] axes, boolean keepdims, int ddof) {
    Tensor x = Operands.as(a, DType.FLOAT64);
    int count = reducedCount(x, axes);
    Tensor mean = Reductions.mean(x, axes, true);
    Tensor dev = x.sub(mean);
    Tensor sq = dev.mul(dev);
    return Reductions.sum(sq, axes, keepdims).div((double) Math.max(count - ddof, 0));
  }

  /** {@code np.std(a)}: the square root of {@link #var(Tensor)}. */
  public static double std(Tensor a) {
    return Math.sqrt(var(a, 0));
  }

  /** {@code np.std(a, ddof=ddof)} over all elements: the square root of the variance. */
  public static double std(Tensor a, int ddof) {
    return Math.sqrt(var(a, ddof));
  }

  /**
   * {@code np.std(a, axis=axes, keepdims=, ddof=)}: the elementwise square root of {@link
   * #var(Tensor, int[], boolean, int)}.
   *
   * <pre>std([[1, 2], [3, 5]], 0)  # [1.  1.5]</pre>
   *
   * @throws IndexOutOfBoundsException (an {@link ddl.stdlib.AxisError}) for an axis out of range
   * @throws IllegalArgumentException for a repeated axis
   */
  public static Tensor std(Tensor a, int[] axes, boolean keepdims, int ddof) {
    return Elementwise.unary(UnaryOp.SQRT, var(a, axes, keepdims, ddof));
  }

  /** The number of elements that go into each result: the product of the reduced lengths. */
  private static int reducedCount(Tensor a, int[] axes) {
    int[] shape = a.shape();
    if (axes == null) {
      return a.size();
    }
    boolean[] mask = Shape.axisMask(axes, shape.length);
    int n = 1;
    for (int d = 0; d < shape.length; d++) {
      n *= mask[d] ? shape[d] : 1;
    }
    return n;
  }

  /** The full reduction of contiguous float64 data: two pairwise sums, one temporary. */
  private static double varDoubles(double[] x, int off, int n, int ddof) {
    double mean = Reductions.pairwise(x, off, 1, n) / n;
    double[] sq = new double[n];
    for (int i = 0; i < n; i++) {
      double d = x[off + i] - mean;
      sq[i] = d * d;
    }
    return Reductions.pairwise(sq, 0, 1, n) / Math.max(n - ddof, 0);
  }
}
