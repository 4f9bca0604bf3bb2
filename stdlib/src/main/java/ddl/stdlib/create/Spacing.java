package ddl.stdlib.create;

import ddl.stdlib.Context;
import ddl.stdlib.Tensor;

/** numpy's {@code logspace} and {@code geomspace}, computed as numpy computes them. */
public final class Spacing {
  private Spacing() {}

  /** {@code np.logspace}: base to the powers {@code linspace(start, stop, num, endpoint)}. */
  public static Tensor logspace(double start, double stop, int num, boolean endpoint, double base) {
    double[] y = Creation.linspace(start, stop, num, endpoint).doubleStorage();
    for (int i = 0; i < y.length; i++) {
      y[i] = Math.pow(base, y[i]);
    }
    return Tensor.wrap(y, y.length);
  }

  /**
   * {@code np.geomspace}: a geometric sequence from start to stop, through logspace of their
   * base-10 logarithms with start's sign taken out and put back, and the ends set to start and
   * stop exactly. Ends of opposite signs give nan inside, with numpy's warning.
   */
  public static Tensor geomspace(double start, double stop, int num, boolean endpoint) {
    if (start == 0 || stop == 0) {
      throw new IllegalArgumentException("Geometric sequence cannot include zero");
    }
    double sign = Math.signum(start);
    start /= sign;
    stop /= sign;
    if (stop < 0) {
      Context.warnRunning("RuntimeWarning: invalid value encountered in log10");
    }
    Tensor r = logspace(Math.log10(start), Math.log10(stop), num, endpoint, 10.0);
    double[] d = r.doubleStorage();
    if (num > 0) {
      d[0] = start;
      if (num > 1 && endpoint) {
        d[num - 1] = stop;
      }
    }
    for (int i = 0; i < d.length; i++) {
      d[i] *= sign;
    }
    return r;
  }
}
