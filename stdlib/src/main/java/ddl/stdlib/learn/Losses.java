package ddl.stdlib.learn;

import ddl.stdlib.Args;
import ddl.stdlib.Ops;
import ddl.stdlib.Overloaded;
import ddl.stdlib.Tensor;
import ddl.stdlib.builtins.MathBuiltins;

/**
 * The square losses and R². Plain tensors are summed in one loop; values traced by automatic
 * differentiation go through the language's operators so that the tracer sees every step.
 */
final class Losses {
  private Losses() {}

  /** {@code sum((pred - y) ** 2)}: a Double, or a traced value. */
  static Object sse(Object pred, Object y) {
    if (pred instanceof Overloaded || y instanceof Overloaded) {
      Object r = Ops.sub(pred, y);
      return MathBuiltins.sum(Ops.mul(r, r), null, false);
    }
    return sumSquares(residuals(pred, y));
  }

  /** {@code mean((pred - y) ** 2)} */
  static Object mse(Object pred, Object y) {
    if (pred instanceof Overloaded || y instanceof Overloaded) {
      Object r = Ops.sub(pred, y);
      return MathBuiltins.mean(Ops.mul(r, r), null, false);
    }
    Tensor r = residuals(pred, y);
    return sumSquares(r) / r.size();
  }

  /** {@code 1 - sse / sum((y - mean(y)) ** 2)} */
  static Object r2(Object pred, Object y) {
    if (y instanceof Overloaded) {
      throw new IllegalArgumentException("r2: y must be data, not a traced value");
    }
    double[] ys = Args.tensor(y, "y").toDoubleArray();
    double total = totalSquares(ys);
    if (pred instanceof Overloaded) {
      return Ops.sub(1.0, Ops.div(sse(pred, y), total));
    }
    return 1 - sumSquares(residuals(pred, y)) / total;
  }

  static double totalSquares(double[] ys) {
    double mean = 0;
    for (double v : ys) {
      mean += v;
    }
    mean /= ys.length;
    double s = 0;
    for (double v : ys) {
      s += (v - mean) * (v - mean);
    }
    return s;
  }

  /** {@code pred - y} with numpy's broadcasting and its error for mismatched shapes. */
  private static Tensor residuals(Object pred, Object y) {
    return Args.tensor(Ops.sub(Args.tensor(pred, "pred"), Args.tensor(y, "y")), "pred - y");
  }

  private static double sumSquares(Tensor r) {
    double s = 0;
    int n = r.size();
    if (r.doubleStorage() != null && r.isContiguous()) {
      double[] d = r.doubleStorage();
      for (int i = r.offset(), end = r.offset() + n; i < end; i++) {
        s += d[i] * d[i];
      }
      return s;
    }
    for (int i = 0; i < n; i++) {
      double v = r.getDouble(i);
      s += v * v;
    }
    return s;
  }
}
