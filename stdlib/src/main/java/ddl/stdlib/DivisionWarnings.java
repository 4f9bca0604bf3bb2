package ddl.stdlib;

/** numpy's RuntimeWarnings of the division operators ({@code / // %}) on tensors. */
final class DivisionWarnings {
  private DivisionWarnings() {}

  /** numpy's RuntimeWarnings for a division by zero: inf results, and nan from 0/0. */
  static void warn(Context ctx, Object a, Object b, String ufunc, Object result) {
    warn(ctx, zeroDivisor(a, b), ufunc, result);
  }

  /** Whether a division involving a tensor has a zero among its divisors. */
  static boolean zeroDivisor(Object a, Object b) {
    if (!(a instanceof Tensor) && !(b instanceof Tensor)) {
      return false;
    }
    if (b instanceof Tensor) {
      Tensor t = (Tensor) b;
      for (int i = 0; i < t.size(); i++) {
        if (t.getDouble(i) == 0) {
          return true;
        }
      }
      return false;
    }
    return b instanceof Number && ((Number) b).doubleValue() == 0;
  }

  static void warn(Context ctx, boolean zero, String ufunc, Object result) {
    if (!zero || !(result instanceof Tensor) || ((Tensor) result).dtype() != DType.FLOAT64) {
      if (zero) {
        ctx.warnOnce("RuntimeWarning: divide by zero encountered in " + ufunc);
      }
      return;
    }
    Tensor r = (Tensor) result;
    boolean inf = false;
    boolean nan = false;
    for (int i = 0; i < r.size(); i++) {
      double v = r.getDouble(i);
      inf |= Double.isInfinite(v);
      nan |= Double.isNaN(v);
    }
    if (inf) {
      ctx.warnOnce("RuntimeWarning: divide by zero encountered in " + ufunc);
    }
    if (nan) {
      ctx.warnOnce("RuntimeWarning: invalid value encountered in " + ufunc);
    }
  }
}
