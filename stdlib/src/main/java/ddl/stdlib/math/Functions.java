package ddl.stdlib.math;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;

/**
 * numpy's elementwise functions beyond the operators: {@code maximum minimum where clip sin cos
 * tanh}. Operands are tensors or Java scalars (Double, Long, Integer, Boolean), which are weakly
 * typed as Python scalars are in numpy 2 ({@code maximum(int64 array, 2.5)} is float64, {@code
 * maximum(int64 array, 2)} stays int64), and all operands broadcast together.
 *
 * <p>See {@link Logic} for {@code any all isclose allclose}, {@link Statistics} for {@code std var}
 * and {@link ddl.stdlib.create.Joining} for {@code concatenate stack meshgrid}.
 */
public final class Functions {
  private Functions() {}

  /**
   * {@code np.maximum(a, b)}: the elementwise larger value; a nan in either operand gives nan.
   *
   * <pre>maximum([1, 5, nan], 3)  # [3. 5. nan]</pre>
   *
   * @throws IllegalArgumentException when the shapes do not broadcast
   */
  public static Tensor maximum(Object a, Object b) {
    return Elementwise.binary(BinaryOp.MAXIMUM, a, b);
  }

  /**
   * {@code np.minimum(a, b)}: the elementwise smaller value; a nan in either operand gives nan.
   *
   * @throws IllegalArgumentException when the shapes do not broadcast
   */
  public static Tensor minimum(Object a, Object b) {
    return Elementwise.binary(BinaryOp.MINIMUM, a, b);
  }

  /**
   * {@code np.where(cond, x, y)}: x where cond is true (non-zero), else y. All three broadcast; the
   * result dtype is numpy's promotion of x and y, scalars weakly typed ({@code where(m, [1, 2],
   * 0.5)} is float64). A 0-d tensor when all three are scalars, as numpy's {@code array(2.)}.
   *
   * <pre>where([true, false], [1, 2], [10, 20])  # [ 1 20]</pre>
   *
   * @throws IllegalArgumentException when the shapes do not broadcast, naming all three
   */
  public static Tensor where(Object cond, Object x, Object y) {
    int[] shape = Operands.broadcastShape(cond, x, y);
    DType rt = Operands.resultType(x, y);
    Tensor c = cond instanceof Tensor ? Operands.as(cond, DType.BOOL) : truth(cond);
    Tensor tx = Operands.as(x, rt);
    Tensor ty = Operands.as(y, rt);
    Tensor out = Tensor.empty(rt, shape);
    int[][] st = {
      Operands.stridesFor(c, shape),
      Operands.stridesFor(tx, shape),
      Operands.stridesFor(ty, shape),
      out.strides()
    };
    int[] offs = {c.offset(), tx.offset(), ty.offset(), 0};
    boolean[] m = c.boolStorage();
    switch (rt) {
      case FLOAT64:
        double[] fx = tx.doubleStorage();
        double[] fy = ty.doubleStorage();
        double[] fo = out.doubleStorage();
        Strided.forEachRow(shape, st, offs, (p, k, n) -> select(m, fx, fy, fo, p, k, n));
        break;
      case INT64:
        long[] lx = tx.longStorage();
        long[] ly = ty.longStorage();
        long[] lo = out.longStorage();
        Strided.forEachRow(shape, st, offs, (p, k, n) -> select(m, lx, ly, lo, p, k, n));
        break;
      default:
        boolean[] bx = tx.boolStorage();
        boolean[] by = ty.boolStorage();
        boolean[] bo = out.boolStorage();
        Strided.forEachRow(shape, st, offs, (p, k, n) -> select(m, bx, by, bo, p, k, n));
    }
    return out;
  }

  /** One row of {@code where}: operands 0..2 are cond, x, y; operand 3 is the output. */
  private static void select(
      boolean[] m, double[] x, double[] y, double[] o, int[] p, int[] k, int n) {
    for (int j = 0, i = p[0], u = p[1], v = p[2], q = p[3]; j < n; j++) {
      o[q + j] = m[i] ? x[u] : y[v];
      i += k[0];
      u += k[1];
      v += k[2];
    }
  }

  private static void select(boolean[] m, long[] x, long[] y, long[] o, int[] p, int[] k, int n) {
    for (int j = 0, i = p[0], u = p[1], v = p[2], q = p[3]; j < n; j++) {
      o[q + j] = m[i] ? x[u] : y[v];
      i += k[0];
      u += k[1];
      v += k[2];
    }
  }

  private static void select(
      boolean[] m, boolean[] x, boolean[] y, boolean[] o, int[] p, int[] k, int n) {
    for (int j = 0, i = p[0], u = p[1], v = p[2], q = p[3]; j < n; j++) {
      o[q + j] = m[i] ? x[u] : y[v];
      i += k[0];
      u += k[1];
      v += k[2];
    }
  }

  private static Tensor truth(Object scalar) {
    boolean t = scalar instanceof Boolean ? (Boolean) scalar : Elementwise.toDouble(scalar) != 0;
    return Tensor.wrap(new boolean[] {t});
  }

  /**
   * {@code np.clip(a, a_min, a_max)}: {@code minimum(maximum(a, lo), hi)}, so a nan in a or in a
   * bound gives nan and {@code lo > hi} gives hi, as numpy. Either bound may be null (numpy's
   * None); with both null the result is a copy of a. The result dtype promotes a with the bounds,
   * scalars weakly typed ({@code clip(int64 array, 0.5, 2)} is float64).
   *
   * <pre>clip([-2, 0, 7], 0, 5)  # [0 0 5]</pre>
   *
   * @throws IllegalArgumentException when the shapes do not broadcast, naming every shape; for a
   *     bool a with no bounds (numpy's TypeError: it calls {@code np.positive}, which has no bool
   *     loop)
   */
  public static Tensor clip(Object a, Object lo, Object hi) {
    Operands.broadcastShape(a, lo, hi); // numpy's error names all three shapes
    if (a instanceof Tensor) {
      Tensor fast = clipDoubles((Tensor) a, lo, hi);
      if (fast != null) {
        return fast;
      }
    }
    Tensor r = Operands.as(a, Operands.resultType(a));
    if (lo == null && hi == null && r.dtype() == DType.BOOL) {
      // numpy clips with no bounds by calling np.positive, which has no bool loop
      throw new IllegalArgumentException(
          "ufunc 'positive' did not contain a loop with signature matching types"
              + " <class 'numpy.dtypes.BoolDType'> -> None");
    }
    if (lo != null) {
      r = maximum(r, lo);
    }
    if (hi != null) {
      r = minimum(r, hi);
    }
    return r == a ? r.copy() : r;
  }

  /** A contiguous float64 tensor clipped to scalar bounds: one loop, no temporaries. */
  private static Tensor clipDoubles(Tensor a, Object lo, Object hi) {
    if (a.dtype() != DType.FLOAT64 || !a.isContiguous()) {
      return null;
    }
    if (!(lo == null || lo instanceof Number) || !(hi == null || hi instanceof Number)) {
      return null;
    }
    boolean hasLo = lo != null;
    boolean hasHi = hi != null;
    double l = hasLo ? ((Number) lo).doubleValue() : 0;
    double h = hasHi ? ((Number) hi).doubleValue() : 0;
    double[] x = a.doubleStorage();
    int off = a.offset();
    double[] o = new double[a.size()];
    for (int j = 0; j < o.length; j++) {
      double v = x[off + j];
      // numpy's clip loop: nan wins from either side, and of two equal values (-0.0 and 0.0)
      // the bound. Math.max and min (intrinsics, no branch on the data) differ from it only there
      if (hasLo) {
        v = v == l ? l : Math.max(v, l);
      }
      if (hasHi) {
        v = v == h ? h : Math.min(v, h);
      }
      o[j] = v;
    }
    return Tensor.wrap(o, a.shape());
  }

  /** {@code np.sin}: float64 for every input dtype. */
  public static Tensor sin(Tensor a) {
    return Elementwise.unary(UnaryOp.SIN, a);
  }

  /** {@code np.sin} of a Python scalar. */
  public static double sin(double a) {
    return Math.sin(a);
  }

  /** {@code np.cos}: float64 for every input dtype. */
  public static Tensor cos(Tensor a) {
    return Elementwise.unary(UnaryOp.COS, a);
  }

  /** {@code np.cos} of a Python scalar. */
  public static double cos(double a) {
    return Math.cos(a);
  }

  /** {@code np.tanh}: float64 for every input dtype. */
  public static Tensor tanh(Tensor a) {
    return Elementwise.unary(UnaryOp.TANH, a);
  }

  /** {@code np.tanh} of a Python scalar. */
  public static double tanh(double a) {
    return Math.tanh(a);
  }
}
