package ddl.stdlib.plot;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Context;
import ddl.stdlib.Fn;
import ddl.stdlib.Opt;
import ddl.stdlib.Tensor;
import ddl.stdlib.learn.Fit;

/**
 * The plotting built-ins. Each drawing function makes a new {@link Figure} and is also a method of
 * figures that adds to one (axhline, axvline, axvspan and axhspan are methods only, as on
 * matplotlib's axes, so that typing "ax" in a call still completes its axis= keyword) ({@code plot(x, y).plot(x, z)}); each takes the figure's settings as
 * keywords ({@code title=}, {@code xlabel=}, {@code ylabel=}, {@code xlim=}, {@code ylim=}, {@code
 * logx=}, {@code logy=}, {@code legend=}), which are methods too ({@code .title("loss")}).
 */
public final class PlotBuiltins {
  private PlotBuiltins() {}

  @Builtin(
      doc = "lines through the points (x, y), one per column of a 2-D y; plot(y) against the index;"
          + " fmt as matplotlib's (\"r--\", \"o\", \"g:\")",
      example = "plot(linspace(0, 1, 50), linspace(0, 1, 50) ** 2, \"r--\", label=\"x^2\")")
  public static Figure plot(Object x, @Opt("None") Object y, @Opt("None") Object fmt,
      @Opt("None") Object color, @Opt("None") Object label, @Opt("None") Object linewidth,
      @Opt("None") Object linestyle, @Opt("None") Object marker, @Opt("None") Object title,
      @Opt("None") Object xlabel, @Opt("None") Object ylabel, @Opt("None") Object xlim,
      @Opt("None") Object ylim, @Opt("None") Object logx, @Opt("None") Object logy,
      @Opt("None") Object legend) {
    return new Figure().plot(x, y, fmt, color, label, linewidth, linestyle, marker)
        .settings(title, xlabel, ylabel, xlim, ylim, logx, logy, legend);
  }

  @Builtin(
      doc = "a figure of the points (x, y), each a dot (marker=\"s\", \"^\", ...: another mark)",
      example = "scatter([50, 70, 30], [900, 1200, 600]).line([100, 15])")
  public static Figure scatter(Object x, Object y, @Opt("None") Object color,
      @Opt("None") Object label, @Opt("None") Object marker, @Opt("None") Object title,
      @Opt("None") Object xlabel, @Opt("None") Object ylabel, @Opt("None") Object xlim,
      @Opt("None") Object ylim, @Opt("None") Object logx, @Opt("None") Object logy,
      @Opt("None") Object legend) {
    return new Figure().scatter(x, y, color, label, marker)
        .settings(title, xlabel, ylabel, xlim, ylim, logx, logy, legend);
  }

  @Builtin(
      doc = "the loss per step of an iterative fit (its .history.loss), or of a loss vector;"
          + " log=true uses a log scale",
      example = "curve(gd(linear(), x, y, lr=1e-5, steps=100), log=true)")
  public static Figure curve(Object fit, @Opt("false") Object log, @Opt("None") Object color,
      @Opt("None") Object label, @Opt("None") Object title) {
    String name = "loss";
    Tensor loss;
    if (fit instanceof Fit) {
      Fit f = (Fit) fit;
      if (f.history() == null) {
        throw new IllegalArgumentException(
            "curve: the fit has no history (iterative fits such as gd have one)");
      }
      loss = f.history().loss();
      name = f.method();
    } else {
      loss = Args.tensor(fit, "fit");
    }
    Figure fig = new Figure().plot(loss, null, null, color, label == null ? name : label, null, null, null);
    return fig.labels("step", "loss").logy(Args.toBool(log, "log")).title(title);
  }

  @Builtin(
      doc = "a heat map of fn([p0, p1]) over the grids r0 (across) and r1 (up), with a colour bar,"
          + " such as a loss over phi0 and phi1",
      example = "surface(loss, linspace(-10, 10, 41), linspace(0, 4, 41)).path(fit)")
  public static Figure surface(Context ctx, Object fn, Object r0, Object r1,
      @Opt("None") Object cmap) {
    if (!(fn instanceof Fn)) {
      throw new IllegalArgumentException(
          "surface: fn must be a function of [p0, p1], found " + Args.describe(fn));
    }
    double[] a = grid(r0, "r0");
    double[] b = grid(r1, "r1");
    double[] z = new double[a.length * b.length];
    for (int j = 0; j < b.length; j++) {
      if (ctx != null) {
        ctx.check(); // Ctrl-C stops a long evaluation
      }
      for (int i = 0; i < a.length; i++) {
        z[j * a.length + i] = Args.toDouble(((Fn) fn).call(Tensor.of(a[i], b[j])), "surface: fn([p0, p1])");
      }
    }
    double da = (a[a.length - 1] - a[0]) / (a.length - 1) / 2;
    double db = (b[b.length - 1] - b[0]) / (b.length - 1) / 2;
    Tensor extent = Tensor.of(a[0] - da, a[a.length - 1] + da, b[0] - db, b[b.length - 1] + db);
    return new Figure()
        .heatmap(Tensor.wrap(z, b.length, a.length), cmap, null, null, extent, "lower", null)
        .labels("phi0", "phi1");
  }

  private static double[] grid(Object r, String name) {
    Tensor t = Args.tensor(r, name);
    if (t.ndim() != 1 || t.size() < 2) {
      throw new IllegalArgumentException(
          "surface: " + name + " must be a 1-D grid of at least 2 values, found shape " + t.shapeString());
    }
    double[] d = t.toDoubleArray();
    for (int i = 1; i < d.length; i++) {
      if (!(d[i] > d[i - 1])) {
        throw new IllegalArgumentException(
            "surface: " + name + " must be increasing, as linspace(a, b, n) is");
      }
    }
    return d;
  }

  @Builtin(
      doc = "a histogram of the values of x in equal-width bins, or between the edges given (as"
          + " numpy.histogram)",
      example = "hist(randn(1000), bins=20)")
  public static Figure hist(Object x, @Opt("10") Object bins, @Opt("None") Object color,
      @Opt("None") Object label, @Opt("None") Object title, @Opt("None") Object xlabel,
      @Opt("None") Object ylabel, @Opt("None") Object logy) {
    return new Figure().hist(x, bins, color, label)
        .settings(title, xlabel, ylabel, null, null, null, logy, null);
  }

  @Builtin(doc = "bars of the given heights centred on x", example = "bar([1, 2, 3], [5, 2, 4])")
  public static Figure bar(Object x, Object height, @Opt("0.8") Object width,
      @Opt("0") Object bottom, @Opt("None") Object color, @Opt("None") Object label,
      @Opt("None") Object title, @Opt("None") Object xlabel, @Opt("None") Object ylabel) {
    return new Figure().bar(x, height, width, bottom, color, label)
        .settings(title, xlabel, ylabel, null, null, null, null, null);
  }

  @Builtin(
      doc = "the band between y1 and y2 over x (a ±2σ band); alpha for its opacity",
      example = "fill_between(x, y - 2, y + 2, alpha=0.3).plot(x, y)")
  public static Figure fill_between(Object x, Object y1, @Opt("0") Object y2,
      @Opt("None") Object color, @Opt("None") Object alpha, @Opt("None") Object label) {
    return new Figure().fill_between(x, y1, y2, color, alpha, label);
  }

  @Builtin(doc = "text whose left end is at the data point (x, y)", example = "scatter(x, y).text(120, 2000, \"largest\")")
  public static Figure text(Object x, Object y, Object s, @Opt("None") Object color) {
    return new Figure().text(x, y, s, color);
  }

  @Builtin(
      doc = "contour lines of Z (h, w) over the grid X (w,), Y (h,) or their meshgrid; contour(Z)"
          + " over the indices; levels an integer or the levels",
      example = "contour(p0, p1, L, levels=10).path(fit)")
  public static Figure contour(Object X, @Opt("None") Object Y, @Opt("None") Object Z,
      @Opt("None") Object levels, @Opt("None") Object cmap, @Opt("None") Object colors,
      @Opt("None") Object title, @Opt("None") Object xlabel, @Opt("None") Object ylabel) {
    return new Figure().contour(X, Y, Z, levels, cmap, colors)
        .settings(title, xlabel, ylabel, null, null, null, null, null);
  }

  @Builtin(
      doc = "filled contours: the bands between levels of Z over X, Y in the colormap's colours",
      example = "contourf(p0, p1, L, levels=10).colorbar()")
  public static Figure contourf(Object X, @Opt("None") Object Y, @Opt("None") Object Z,
      @Opt("None") Object levels, @Opt("None") Object cmap, @Opt("None") Object title,
      @Opt("None") Object xlabel, @Opt("None") Object ylabel) {
    return new Figure().contourf(X, Y, Z, levels, cmap)
        .settings(title, xlabel, ylabel, null, null, null, null, null);
  }

  @Builtin(
      doc = "an (h, w) array through a colormap, or an (h, w, 3) image; row 0 at the top unless"
          + " origin=\"lower\"; extent=(left, right, bottom, top) in data units",
      example = "imshow(reshape(arange(16), 4, 4), cmap=\"gray\")")
  public static Figure imshow(Object Z, @Opt("None") Object cmap, @Opt("None") Object vmin,
      @Opt("None") Object vmax, @Opt("None") Object extent, @Opt("None") Object origin,
      @Opt("false") Object colorbar, @Opt("None") Object title, @Opt("None") Object xlabel,
      @Opt("None") Object ylabel) {
    return new Figure().imshow(Z, cmap, vmin, vmax, extent, origin, colorbar)
        .settings(title, xlabel, ylabel, null, null, null, null, null);
  }

  @Builtin(
      doc = "a heat map of an (h, w) array with a colour bar (imshow with colorbar=true)",
      example = "heatmap(L, extent=(-400, 600, 5, 25), origin=\"lower\").path(fit)")
  public static Figure heatmap(Object Z, @Opt("None") Object cmap, @Opt("None") Object vmin,
      @Opt("None") Object vmax, @Opt("None") Object extent, @Opt("None") Object origin,
      @Opt("true") Object colorbar, @Opt("None") Object title, @Opt("None") Object xlabel,
      @Opt("None") Object ylabel) {
    return new Figure().heatmap(Z, cmap, vmin, vmax, extent, origin, colorbar)
        .settings(title, xlabel, ylabel, null, null, null, null, null);
  }

  @Builtin(
      doc = "a grid of rows × cols empty panels, fig[i, j], drawn and saved as one figure",
      example = "fig = subplots(2, 2); fig[0, 1].plot(x, y)")
  public static Figure subplots(@Opt("1") Object rows, @Opt("1") Object cols, @Opt("None") Object title) {
    return Figure.grid(Args.toInt(rows, "nrows"), Args.toInt(cols, "ncols")).title(title);
  }

  @Builtin(
      doc = "a PNG (or JPEG) file as a float64 array of shape (h, w, 3), or (h, w, 4) with"
          + " transparency, values in [0, 1] as matplotlib's imread",
      example = "imshow(imread(\"docs/plots/hist.png\"))")
  public static Tensor imread(Object fname) {
    return Images.read(String.valueOf(fname));
  }

  @Builtin(
      doc = "draws a figure at the size and with the colours of the display",
      example = "show(scatter(x, y).line(phi))")
  public static void show(Context ctx, Object fig) {
    if (!(fig instanceof Figure)) {
      throw new IllegalArgumentException(
          "show: expected a figure (from plot, scatter, hist, imshow, subplots, ...), found "
              + Args.describe(fig));
    }
    if (!ctx.figures().show(fig)) {
      ctx.out().println(((Figure) fig).render(ctx.display()));
    }
  }
}
