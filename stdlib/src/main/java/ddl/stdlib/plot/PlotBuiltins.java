package ddl.stdlib.plot;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Context;
import ddl.stdlib.Fn;
import ddl.stdlib.Opt;
import ddl.stdlib.Tensor;
import ddl.stdlib.learn.Fit;

/**
 * The plotting built-ins. Each returns a {@link Figure}, which the REPL draws inline and whose
 * methods ({@code .line}, {@code .path}, {@code .title}, {@code .labels}, {@code .legend}, {@code
 * .color}, {@code .label}, {@code .save}) add to it.
 */
public final class PlotBuiltins {
  private PlotBuiltins() {}

  @Builtin(
      doc = "a figure of the points (x, y), each a dot",
      example = "scatter([50, 70, 30], [900, 1200, 600]).line([100, 15])")
  public static Figure scatter(
      Object x, Object y, @Opt("None") Object color, @Opt("None") Object label) {
    return new Figure(null, false).scatter(x, y, color, label);
  }

  @Builtin(
      doc = "a figure of a line through the points (x, y) in order",
      example = "plot(linspace(0, 1, 50), linspace(0, 1, 50) ** 2)")
  public static Figure plot(
      Object x, Object y, @Opt("None") Object color, @Opt("None") Object label) {
    return new Figure(null, false).plot(x, y, color, label);
  }

  @Builtin(
      doc =
          "the loss per step of an iterative fit (its .history.loss), or of a loss vector;"
              + " log=true uses a log scale",
      example = "curve(gd(linear(), x, y, lr=1e-5, steps=100), log=true)")
  public static Figure curve(Object fit, @Opt("false") Object log, @Opt("None") Object color) {
    String label = "loss";
    Tensor loss;
    if (fit instanceof Fit) {
      Fit f = (Fit) fit;
      if (f.history() == null) {
        throw new IllegalArgumentException(
            "curve: the fit has no history (iterative fits such as gd have one)");
      }
      loss = f.history().loss();
      label = f.method();
    } else {
      loss = Args.tensor(fit, "fit");
    }
    double[] y = Figure.values(loss, "loss");
    double[] x = new double[y.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    Figure fig = new Figure(null, Args.toBool(log, "log"));
    fig.add(Series.Kind.LINE, x, y, color, null, label);
    return fig.labels("step", "loss");
  }

  @Builtin(
      doc =
          "a heat map of fn([p0, p1]) over the grids r0 (across) and r1 (up),"
              + " such as a loss over phi0 and phi1",
      example = "surface(loss, linspace(-10, 10, 41), linspace(0, 4, 41)).path(fit)")
  public static Figure surface(Context ctx, Object fn, Object r0, Object r1) {
    if (!(fn instanceof Fn)) {
      throw new IllegalArgumentException(
          "surface: fn must be a function of [p0, p1], found " + Args.describe(fn));
    }
    return new Figure(Surface.sample(ctx, (Fn) fn, r0, r1), false).labels("phi0", "phi1");
  }

  @Builtin(
      doc = "a histogram of the values of x in equal-width bins (as numpy.histogram)",
      example = "hist(randn(1000), bins=20)")
  public static Figure hist(Object x, @Opt("10") Object bins, @Opt("None") Object color) {
    double[] v = Args.tensor(x, "x").toDoubleArray();
    int n = Args.toInt(bins, "bins");
    if (n < 1) {
      throw new IllegalArgumentException("`bins` must be positive, when an integer");
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(
            "autodetected range of [" + lo + ", " + hi + "] is not finite");
      }
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
    }
    if (v.length == 0) {
      lo = 0;
      hi = 1;
    } else if (lo == hi) {
      // numpy widens an empty range by 0.5 on each side
      lo -= 0.5;
      hi += 0.5;
    }
    double[] edges = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      edges[i] = lo + (hi - lo) * i / n;
    }
    double[] counts = new double[n];
    for (double d : v) {
      // the last bin is closed on the right, as numpy's
      counts[Math.min(n - 1, (int) ((d - lo) / (hi - lo) * n))]++;
    }
    Figure fig = new Figure(null, false);
    fig.add(Series.Kind.BARS, edges, counts, color, null, "count");
    return fig;
  }

  @Builtin(
      doc = "draws a figure at the size and with the colours of the display",
      example = "show(scatter(x, y).line(phi))")
  public static void show(Context ctx, Object fig) {
    if (!(fig instanceof Figure)) {
      throw new IllegalArgumentException(
          "show: expected a figure (from scatter, plot, curve, surface or hist), found "
              + Args.describe(fig));
    }
    if (!ctx.figures().show(fig)) {
      ctx.out().println(((Figure) fig).render(ctx.display()));
    }
  }
}
