package ddl.stdlib.pymath;

import ddl.stdlib.Lang;
import ddl.stdlib.Ops;
import java.util.ArrayList;
import java.util.List;

/** Python's {@code math.fsum} (exactly rounded) and {@code math.prod} (Python's products). */
public final class Sums {
  private Sums() {}

  /**
   * {@code math.fsum}: the correctly rounded sum, kept as non-overlapping partial sums (Shewchuk's
   * method, as Python): an inf and a -inf is a ValueError, a finite sum that overflows on the way
   * an OverflowError.
   */
  public static double fsum(Object iterable) {
    List<Double> partials = new ArrayList<>();
    double special = 0;
    double infSum = 0;
    for (Object o : Lang.iter(iterable)) {
      double x = PyMath.real(o);
      double xsave = x;
      int i = 0;
      for (double y : partials) {
        if (Math.abs(x) < Math.abs(y)) {
          double t = x;
          x = y;
          y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
          partials.set(i++, lo);
        }
        x = hi;
      }
      partials.subList(i, partials.size()).clear();
      if (x != 0.0) {
        if (!Double.isFinite(x)) {
          if (Double.isFinite(xsave)) {
            throw new ArithmeticException("intermediate overflow in fsum");
          }
          if (Double.isInfinite(xsave)) {
            infSum += xsave;
          }
          special += xsave;
          partials.clear();
        } else {
          partials.add(x);
        }
      }
    }
    if (special != 0.0) {
      if (Double.isNaN(infSum)) {
        throw new IllegalArgumentException("-inf + inf in fsum");
      }
      return special;
    }
    int n = partials.size();
    double hi = 0.0;
    if (n > 0) {
      hi = partials.get(--n);
      double lo = 0;
      while (n > 0) {
        double x = hi;
        double y = partials.get(--n);
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) {
          break;
        }
      }
      // round half to even across the partials: make hi + lo exact when it sits on a halfway case
      if (n > 0 && ((lo < 0.0 && partials.get(n - 1) < 0.0) || (lo > 0.0 && partials.get(n - 1) > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        if (y == x - hi) {
          hi = x;
        }
      }
    }
    return hi;
  }

  /** {@code math.prod(iterable, start=1)}: start times each item in turn, with Python's rules. */
  public static Object prod(Object iterable, Object start) {
    Object r = start;
    for (Object o : Lang.iter(iterable)) {
      r = Ops.mul(r, o);
    }
    return r;
  }
}
