package ddl.stdlib.learn;

import ddl.stdlib.Context;
import ddl.stdlib.Tensor;
import ddl.stdlib.format.PyFloat;
import java.math.BigDecimal;

/**
 * The gradient-descent loop shared by both forms of {@code gd}: {@code phi <- phi - lr * grad},
 * recording phi and the loss at every step (row 0 the start), reporting progress, honouring
 * interrupts, and stopping with a clear error when the loss diverges.
 */
final class Descent {
  /** The function being minimised: its value at phi, with the gradient written into grad. */
  interface Objective {
    double lossAndGrad(double[] phi, double[] grad);
  }

  /** The path of a finished descent. */
  record Path(double[] phi, double loss, Fit.History history) {}

  /** A loss this many times the starting loss counts as divergence. */
  static final double GROWTH = 1e6;

  private final Context ctx;
  private final double lr;
  private final int steps;
  private final double stableLr;

  /**
   * @param stableLr a rate known to be stable, suggested when the descent diverges; NaN when
   *     unknown, and lr / 10 is suggested instead
   */
  Descent(Context ctx, double lr, int steps, double stableLr) {
    if (!(lr > 0) || Double.isInfinite(lr)) {
      throw new IllegalArgumentException("gd: lr must be a positive number, found " + repr(lr));
    }
    if (steps < 0) {
      throw new IllegalArgumentException("gd: steps must be 0 or more, found " + steps);
    }
    this.ctx = ctx;
    this.lr = lr;
    this.steps = steps;
    this.stableLr = stableLr;
  }

  /** Runs {@code steps} steps from {@code phi0}; {@code shape} is phi's tensor shape. */
  Path run(Objective f, double[] phi0, int[] shape) {
    int p = phi0.length;
    double[] phi = phi0.clone();
    double[] grad = new double[p];
    double[] histPhi = new double[(steps + 1) * p];
    double[] histLoss = new double[steps + 1];
    Context.Progress progress = ctx == null ? Context.Progress.NONE : ctx.progress();
    int every = Math.max(1, steps / 100);
    double start = Double.NaN;
    double loss = Double.NaN;
    for (int s = 0; ; s++) {
      if (ctx != null) {
        ctx.check();
      }
      loss = f.lossAndGrad(phi, grad);
      System.arraycopy(phi, 0, histPhi, s * p, p);
      histLoss[s] = loss;
      if (s == 0) {
        start = loss;
        if (!Double.isFinite(loss)) {
          throw new IllegalArgumentException("gd: the loss at phi0 is " + repr(loss));
        }
      } else if (!Double.isFinite(loss) || (start > 0 && loss > GROWTH * start)) {
        throw new IllegalArgumentException(
            "gd diverged at step "
                + s
                + " (loss "
                + repr(loss)
                + "): try a smaller lr, such as"
                + " lr="
                + repr(suggestion()));
      }
      if (s % every == 0) {
        progress.update("gd", s, steps);
      }
      if (s == steps) {
        break;
      }
      for (int j = 0; j < p; j++) {
        phi[j] -= lr * grad[j];
      }
    }
    progress.update("gd", steps, steps);
    int[] hshape = shape.length == 0 ? new int[] {steps + 1} : new int[] {steps + 1, p};
    Fit.History history =
        new Fit.History(Tensor.wrap(histPhi, hshape), Tensor.wrap(histLoss, steps + 1));
    return new Path(phi, loss, history);
  }

  /** A smaller rate to try: the known stable one rounded down to one digit, else lr / 10. */
  private double suggestion() {
    if (Double.isFinite(stableLr) && stableLr > 0 && stableLr < lr) {
      return oneDigit(stableLr);
    }
    return new BigDecimal(PyFloat.repr(lr)).movePointLeft(1).doubleValue();
  }

  /** {@code v} rounded down to one significant digit: 3.7e-05 becomes 3e-05. */
  static double oneDigit(double v) {
    BigDecimal b = new BigDecimal(v);
    int scale = b.precision() - b.scale() - 1;
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(scale);
    BigDecimal digit = b.divideToIntegralValue(unit);
    return digit.multiply(unit).doubleValue();
  }

  static String repr(double v) {
    return PyFloat.repr(v);
  }
}
