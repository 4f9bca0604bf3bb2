package ddl.stdlib.math;

import ddl.stdlib.Context;
import ddl.stdlib.DType;
import ddl.stdlib.Tensor;

/**
 * numpy's elementwise functions beyond the operators, on tensors: unary and binary ufuncs through
 * the kernels of {@link Elementwise} (broadcasting, promotion, numpy's RuntimeWarnings), and the
 * ones of their own kind: {@code isnan isinf isfinite nan_to_num round}.
 */
public final class Ufuncs {
  private Ufuncs() {}

  /** {@code op(a)}, with numpy's warnings for an int reciprocal of zero. */
  public static Tensor unary(UnaryOp op, Tensor a) {
    Tensor r = Elementwise.unary(op, a);
    if (op == UnaryOp.RECIPROCAL && a.dtype() != DType.FLOAT64 && Context.running() != null
        && hasZero(a)) {
      // numpy's 1.0 / 0 is inf, and its cast to an integer invalid
      Context.warnRunning("RuntimeWarning: divide by zero encountered in reciprocal");
      Context.warnRunning("RuntimeWarning: invalid value encountered in reciprocal");
    }
    return r;
  }

  /**
   * {@code op(a, b)} for tensors of any shapes that broadcast. Both are tensors, so the ufunc is
   * named as itself in warnings (numpy's {@code a ** 2} runs as square, {@code power(a, 2)} not).
   * Integer divisions by zero give 0 with numpy's "divide by zero" warning; float remainders by
   * zero are nan with its "invalid value".
   */
  public static Tensor binary(BinaryOp op, Tensor a, Tensor b) {
    Tensor r = Elementwise.binary(op, a, b);
    boolean division = op == BinaryOp.MOD || op == BinaryOp.FMOD || op == BinaryOp.FLOORDIV;
    if (division && Context.running() != null && hasZero(b)) {
      if (r.dtype() != DType.FLOAT64) {
        Context.warnRunning("RuntimeWarning: divide by zero encountered in " + op.ufunc());
      } else if (op == BinaryOp.MOD && hasNan(r)) {
        Context.warnRunning("RuntimeWarning: invalid value encountered in " + op.ufunc());
      }
    }
    return r;
  }

  private static boolean hasZero(Tensor t) {
    for (int i = 0; i < t.size(); i++) {
      if (t.getDouble(i) == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNan(Tensor t) {
    for (int i = 0; i < t.size(); i++) {
      if (Double.isNaN(t.getDouble(i))) {
        return true;
      }
    }
    return false;
  }

  /** What {@link #test} asks of each element. */
  public enum Test { NAN, INF, FINITE }

  /** {@code isnan isinf isfinite}: a bool tensor; ints and bools are finite, never nan. */
  public static Tensor test(Test kind, Tensor a) {
    int n = a.size();
    boolean[] out = new boolean[n];
    if (a.dtype() == DType.FLOAT64) {
      Tensor c = a.contiguous(); // no copy for a contiguous tensor
      double[] v = c.doubleStorage();
      int off = c.offset();
      for (int i = 0; i < n; i++) {
        double x = v[off + i];
        out[i] = kind == Test.NAN ? Double.isNaN(x)
            : kind == Test.INF ? Double.isInfinite(x) : Double.isFinite(x);
      }
    } else if (kind == Test.FINITE) {
      java.util.Arrays.fill(out, true);
    }
    return Tensor.wrap(out, a.shape());
  }

  /**
   * {@code np.nan_to_num}: nan, inf and -inf of a float tensor replaced (by 0, the largest and
   * the smallest float64 unless given); other dtypes unchanged. Into {@code a} itself when
   * {@code copy} is false, as numpy.
   */
  public static Tensor nanToNum(Tensor a, boolean copy, double nan, Double posinf, Double neginf) {
    Tensor r = copy ? a.copy() : a;
    if (a.dtype() != DType.FLOAT64) {
      return r;
    }
    double pos = posinf == null ? Double.MAX_VALUE : posinf;
    double neg = neginf == null ? -Double.MAX_VALUE : neginf;
    Tensor c = r.contiguous();
    double[] d = c.doubleStorage();
    int off = c.offset();
    for (int i = 0; i < c.size(); i++) {
      double x = d[off + i];
      if (!Double.isFinite(x)) {
        d[off + i] = Double.isNaN(x) ? nan : x > 0 ? pos : neg;
      }
    }
    if (c != r) {
      Elementwise.assign(r, c); // a strided view asked to be changed in place
    }
    return r;
  }

  /**
   * {@code np.round(a, decimals)} as numpy computes it: for decimals ≥ 0, multiply by 10^decimals,
   * round half to even, divide; for decimals &lt; 0, divide, round, multiply (so the bits are
   * numpy's: {@code round(2.675, 2)} is 2.68, where Python's round gives 2.67). Ints are unchanged for decimals ≥ 0 and round
   * through float64 for decimals &lt; 0; bools round as float64 (numpy: float16).
   */
  public static Tensor round(Tensor a, int decimals) {
    if (a.dtype() == DType.INT64 && decimals >= 0) {
      return a.copy();
    }
    double[] v = a.toDoubleArray();
    if (decimals == 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = Math.rint(v[i]);
      }
    } else {
      double f = powerOfTen(Math.abs(decimals));
      for (int i = 0; i < v.length; i++) {
        v[i] = decimals > 0 ? Math.rint(v[i] * f) / f : Math.rint(v[i] / f) * f;
      }
    }
    Tensor r = Tensor.wrap(v, a.shape());
    return a.dtype() == DType.INT64 ? r.astype(DType.INT64) : r;
  }

  /** numpy's power_of_ten: exact up to 1e8, then repeated multiplication by ten. */
  static double powerOfTen(int n) {
    if (n < 9) {
      return new double[] {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}[n];
    }
    double r = 1e9;
    for (int i = 9; i < n; i++) {
      r *= 10.0;
    }
    return r;
  }
}
