package ddl.stdlib.learn;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Context;
import ddl.stdlib.Fn;
import ddl.stdlib.Opt;
import ddl.stdlib.Rest;
import ddl.stdlib.Tensor;

/**
 * The built-ins of lecture 1 (SPEC §4): the linear model, the square losses, gradient descent,
 * exact least squares and the comparison table.
 */
public final class LearnBuiltins {
  private LearnBuiltins() {}

  @Builtin(
      doc =
          "the linear model phi0 + phi1 * x (phi0 + X @ phi[1:] for an (n, k) X); linear() is the"
              + " model as a function value, for gd",
      example = "linear([1, 2, 3], [0.5, 2])  # => [2.5 4.5 6.5]")
  public static Object linear(@Opt("None") Object x, @Opt("None") Object phi) {
    if (x == null && phi == null) {
      return Linear.MODEL;
    }
    if (x == null || phi == null) {
      throw new IllegalArgumentException(
          "linear: give both x and phi (linear(x, phi)), or neither for the model as a value");
    }
    return Linear.apply(x, phi);
  }

  @Builtin(
      doc = "the total square loss sum((pred - y) ** 2), as a float",
      example = "sse([1, 2, 3], [1, 2, 5])  # => 4.0")
  public static Object sse(Object pred, Object y) {
    return Losses.sse(pred, y);
  }

  @Builtin(
      doc = "the mean square loss mean((pred - y) ** 2)",
      example = "mse([1, 2, 3], [1, 2, 5])  # => 1.3333333333333333")
  public static Object mse(Object pred, Object y) {
    return Losses.mse(pred, y);
  }

  @Builtin(
      doc = "the coefficient of determination 1 - sse(pred, y) / sum((y - mean(y)) ** 2)",
      example = "r2([1, 2, 3], [1, 2, 4])  # => 0.7857142857142857")
  public static Object r2(Object pred, Object y) {
    return Losses.r2(pred, y);
  }

  @Builtin(
      doc =
          "gradient descent: gd(model, x, y) minimises the total square loss sse(model(x, phi), y);"
              + " gd(fn, phi0) minimises any scalar function of phi. steps=1000; phi0 defaults to"
              + " zeros (intercept and one slope per column of x); lr defaults to 1/L for linear()"
              + " (L the largest curvature of the loss, a rate that always converges) and 1e-3"
              + " otherwise. Returns a fit: .phi .loss .history.phi .history.loss .predict(x)",
      example = "fit = gd(linear(), x, y, lr=1e-5, steps=500); fit.phi")
  public static Fit gd(
      Context ctx,
      Object model,
      @Opt("None") Object x,
      @Opt("None") Object y,
      @Opt("None") Object lr,
      @Opt("1000") Object steps,
      @Opt("None") Object phi0) {
    long t0 = System.nanoTime();
    if (!(model instanceof Fn)) {
      throw new IllegalArgumentException(
          "gd: expected a model such as linear() or a function, found " + Args.describe(model));
    }
    Fn fn = (Fn) model;
    int n = Args.toInt(steps, "steps");
    Fit fit;
    if (y == null) {
      if (x != null && phi0 != null) {
        throw new IllegalArgumentException("gd: phi0 given twice (gd(fn, phi0) takes it second)");
      }
      Object start = x != null ? x : phi0;
      if (start == null) {
        throw new IllegalArgumentException(
            "gd: give data, gd(model, x, y), or a starting point, gd(fn, phi0)");
      }
      fit = Gd.function(ctx, fn, start, lr, n);
    } else {
      if (x == null) {
        throw new IllegalArgumentException("gd: y given without x: gd(model, x, y)");
      }
      fit = Gd.model(ctx, fn, x, y, lr, n, phi0);
    }
    return fit.withSeconds((System.nanoTime() - t0) * 1e-9);
  }

  @Builtin(
      doc =
          "the exact least-squares phi (intercept first, float64) of y on x, by Householder QR of"
              + " [1, x]; x is (n,) or (n, k)",
      example = "lstsq([1, 2, 3], [3, 5, 7])  # => [1. 2.]")
  public static Tensor lstsq(Object x, Object y) {
    double[] phi = LeastSquares.solve(Design.of(x, y, "lstsq"));
    return Tensor.wrap(phi, phi.length);
  }

  @Builtin(
      doc =
          "prints a table comparing fits (or phis of the linear model) on x and y: method, phi,"
              + " loss (sse), R² and training time; time=false leaves the time out",
      example = "compare(x, y, gd(linear(), x, y), lstsq(x, y), baseline(x, y), time=false)")
  public static void compare(
      Context ctx, Object x, Object y, @Rest Object[] fits, @Opt("true") Object time) {
    String table = Comparison.table(x, y, fits, Args.toBool(time, "time"));
    (ctx == null ? System.out : ctx.out()).print(table);
  }
}
