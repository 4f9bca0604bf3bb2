package ddl.stdlib.plot;

import ddl.stdlib.Args;
import ddl.stdlib.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure: one panel of layers (lines, points, bars, bands, reference lines and spans, text,
 * images, contours) over x–y axes with its title, labels, limits and legend; or a grid of such
 * panels ({@code subplots}), reached as {@code fig[i, j]}. Every drawing method adds a layer and
 * returns the figure, so that calls chain: {@code scatter(x, y).line(phi).title("rent")}. The
 * methods change the figure itself, as matplotlib's do ({@link #copy()} makes an independent one).
 *
 * <p>It is drawn from this one description by two renderers: {@link #render} in the terminal and
 * {@link #png} / {@link #save} as a PNG image. Each method takes its arguments by position or by
 * the keyword of its parameter's name: {@code fig.plot(x, y, "r--", label="fit")}.
 */
public final class Figure extends FigureSettings {
  Figure() {
    super(0, 0);
  }

  private Figure(int rows, int cols) {
    super(rows, cols);
  }

  /** A grid of {@code rows × cols} empty panels: {@code subplots(rows, cols)}. */
  static Figure grid(int rows, int cols) {
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException(
          "Number of rows and columns must be positive integers, not " + rows + " and " + cols);
    }
    Figure f = new Figure(rows, cols);
    for (int i = 0; i < rows * cols; i++) {
      f.panels[i] = new Figure();
    }
    return f;
  }

  @Override
  Figure self() {
    return this;
  }

  @Override
  Figure blank() {
    return new Figure();
  }

  @Override
  Figure blankGrid(int r, int c) {
    return new Figure(r, c);
  }

  /** {@code plot(y)}, {@code plot(x, y)}, {@code plot(x, y, "r--")}: lines through the points. */
  public Figure plot(Object... a) {
    check("plot", a, 8);
    return plot(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4), at(a, 5), at(a, 6), at(a, 7));
  }

  /**
   * A line through the points (x, y) in order, one per column of a 2-D y; y alone is drawn over
   * its index. {@code fmt} is matplotlib's format ({@code "r--"}, {@code "o"}, {@code "g:"}).
   */
  public Figure plot(
      Object x, Object y, Object fmt, Object color, Object label, Object linewidth,
      Object linestyle, Object marker) {
    if (y instanceof String && fmt == null) {
      fmt = y; // plot(y, "r--")
      y = null;
    }
    Style st = Style.of(fmt, color, null, linewidth, linestyle, marker);
    for (Layer l : Layers.plot(x, y, st, Layers.labels(label))) {
      add(l);
    }
    return this;
  }

  public Figure scatter(Object... a) {
    check("scatter", a, 5);
    return scatter(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4));
  }

  /** The points (x, y), each a dot (or the marker given), labelled "data" unless told. */
  public Figure scatter(Object x, Object y, Object color, Object label, Object marker) {
    Style st = Style.of(null, color, label == null ? "data" : label, null, "", marker == null ? "o" : marker);
    double[] xs = Layers.values(x, "x");
    double[] ys = Layers.values(y, "y");
    if (xs.length != ys.length) {
      throw new IllegalArgumentException("x and y must be the same size, found " + xs.length + " and " + ys.length);
    }
    return add(new XYLayer(xs, ys, st));
  }

  public Figure line(Object... a) {
    check("line", a, 5);
    return line(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4));
  }

  /**
   * The model line {@code phi0 + phi1·x} across the x axis; phi is two numbers, intercept first, or
   * a fit (its {@code .phi}). Labelled {@code phi=[phi0, phi1]} (a fit: its method) unless told.
   */
  public Figure line(Object phi, Object color, Object label, Object linestyle, Object linewidth) {
    return add(Layers.line(phi, Style.of(null, color, label, linewidth, linestyle, null)));
  }

  public Figure path(Object... a) {
    check("path", a, 3);
    return path(at(a, 0), at(a, 1), at(a, 2));
  }

  /** The descent path: columns 0 and 1 of a fit's {@code .history.phi}, or of an (n, 2) array. */
  public Figure path(Object fit, Object color, Object label) {
    return add(Layers.path(fit, Style.of(null, color, label, null, null, null)));
  }

  public Figure hist(Object... a) {
    check("hist", a, 4);
    return hist(at(a, 0), at(a, 1), at(a, 2), at(a, 3));
  }

  /** A histogram of x in {@code bins} equal-width bins (or between given edges), as numpy's. */
  public Figure hist(Object x, Object bins, Object color, Object label) {
    return add(Layers.hist(x, bins == null ? 10L : bins, Style.of(null, color, label, null, null, null)));
  }

  public Figure bar(Object... a) {
    check("bar", a, 6);
    return bar(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4), at(a, 5));
  }

  /** Bars of the given heights centred on x, {@code width} wide (0.8), from {@code bottom} (0). */
  public Figure bar(Object x, Object height, Object width, Object bottom, Object color, Object label) {
    return add(Layers.bar(x, height, width, bottom, Style.of(null, color, label, null, null, null)));
  }

  public Figure fill_between(Object... a) {
    check("fill_between", a, 6);
    return fill_between(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4), at(a, 5));
  }

  /** The band between y1 and y2 (default 0) over x: a ±2σ band, a confidence region. */
  public Figure fill_between(
      Object x, Object y1, Object y2, Object color, Object alpha, Object label) {
    return add(Layers.band(x, y1, y2, fill(color, alpha, label)));
  }

  public Figure axhline(Object... a) {
    check("axhline", a, 5);
    return axhline(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4));
  }

  /** A horizontal line across the plot at y (default 0). */
  public Figure axhline(Object y, Object color, Object linestyle, Object linewidth, Object label) {
    return add(new RefLineLayer(false, y == null ? 0 : Args.toDouble(y, "y"),
        Style.of(null, color, label, linewidth, linestyle, null)));
  }

  public Figure axvline(Object... a) {
    check("axvline", a, 5);
    return axvline(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4));
  }

  /** A vertical line across the plot at x (default 0). */
  public Figure axvline(Object x, Object color, Object linestyle, Object linewidth, Object label) {
    return add(new RefLineLayer(true, x == null ? 0 : Args.toDouble(x, "x"),
        Style.of(null, color, label, linewidth, linestyle, null)));
  }

  public Figure axvspan(Object... a) {
    check("axvspan", a, 5);
    return axvspan(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4));
  }

  /** A vertical band across the plot from xmin to xmax. */
  public Figure axvspan(Object xmin, Object xmax, Object color, Object alpha, Object label) {
    return add(new SpanLayer(true, Args.toDouble(xmin, "xmin"), Args.toDouble(xmax, "xmax"),
        fill(color, alpha, label)));
  }

  public Figure axhspan(Object... a) {
    check("axhspan", a, 5);
    return axhspan(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4));
  }

  /** A horizontal band across the plot from ymin to ymax. */
  public Figure axhspan(Object ymin, Object ymax, Object color, Object alpha, Object label) {
    return add(new SpanLayer(false, Args.toDouble(ymin, "ymin"), Args.toDouble(ymax, "ymax"),
        fill(color, alpha, label)));
  }

  public Figure text(Object... a) {
    check("text", a, 4);
    return text(at(a, 0), at(a, 1), at(a, 2), at(a, 3));
  }

  /** Text starting at the data point (x, y). */
  public Figure text(Object x, Object y, Object s, Object color) {
    Style st = Style.of(null, color, null, null, null, null); // no colour: the terminal's own
    return add(new TextLayer(Args.toDouble(x, "x"), Args.toDouble(y, "y"), String.valueOf(s), st));
  }

  public Figure contour(Object... a) {
    check("contour", a, 6);
    return contour(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4), at(a, 5));
  }

  /**
   * Contour lines of Z over the grid X, Y (1-D, or 2-D from meshgrid; left out: the indices):
   * {@code levels} an integer (about that many round levels) or the levels themselves.
   */
  public Figure contour(Object X, Object Y, Object Z, Object levels, Object cmap, Object colors) {
    return add(contours(X, Y, Z, levels, cmap, colors, false));
  }

  public Figure contourf(Object... a) {
    check("contourf", a, 5);
    return contourf(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4));
  }

  /** Filled contours: the bands between consecutive levels in the colormap's colours. */
  public Figure contourf(Object X, Object Y, Object Z, Object levels, Object cmap) {
    return add(contours(X, Y, Z, levels, cmap, null, true));
  }

  public Figure imshow(Object... a) {
    check("imshow", a, 7);
    return imshow(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4), at(a, 5), at(a, 6));
  }

  /**
   * An (h, w) array through a colormap (viridis), or an (h, w, 3) image; row 0 at the top unless
   * {@code origin="lower"}; {@code extent} (left, right, bottom, top) places it in data units.
   */
  public Figure imshow(
      Object Z, Object cmap, Object vmin, Object vmax, Object extent, Object origin, Object colorbar) {
    return image("imshow", Z, cmap, vmin, vmax, extent, origin, colorbar != null && Args.toBool(colorbar, "colorbar"));
  }

  public Figure heatmap(Object... a) {
    check("heatmap", a, 7);
    return heatmap(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4), at(a, 5), at(a, 6));
  }

  /** imshow with a colour bar: a heat map of an (h, w) array. */
  public Figure heatmap(
      Object Z, Object cmap, Object vmin, Object vmax, Object extent, Object origin, Object colorbar) {
    return image("heatmap", Z, cmap, vmin, vmax, extent, origin, colorbar == null || Args.toBool(colorbar, "colorbar"));
  }

  /** Shows the colour bar of the image or contours added last. */
  public Figure colorbar() {
    List<Layer> ls = panel("colorbar").layers;
    for (int i = ls.size() - 1; i >= 0; i--) {
      Layer l = ls.get(i).withColorBar();
      if (l.colorBar() != null) {
        ls.set(i, l);
        return this;
      }
    }
    throw new IllegalArgumentException(
        "No mappable was found to use for colorbar creation: draw an image or contours first");
  }

  private Figure image(
      String fn, Object Z, Object cmap, Object vmin, Object vmax, Object extent, Object origin, boolean bar) {
    String o = origin == null ? "upper" : origin.toString();
    if (!o.equals("upper") && !o.equals("lower")) {
      throw new IllegalArgumentException(
          "'" + o + "' is not a valid value for origin; supported values are 'upper', 'lower'");
    }
    ImageLayer l = Layers.image(Z, cmap, vmin, vmax, extent, o.equals("upper"), bar, fn);
    if (l.y0() < l.y1() == o.equals("upper")) {
      panel(fn).yinverted = true; // row 0 at the top with y growing downwards, as matplotlib shows it
    }
    return add(l);
  }

  private static ContourLayer contours(
      Object X, Object Y, Object Z, Object levels, Object cmap, Object colors, boolean filled) {
    String fn = filled ? "contourf" : "contour";
    if (Z == null && Y == null) {
      Z = X; // contour(Z)
      X = null;
    } else if (Z == null) {
      throw new IllegalArgumentException(fn + "() takes 1 or 3 positional arguments but 2 were given");
    }
    Field f = Field.of(X, Y, Z, fn);
    double[] lv;
    if (levels == null || levels instanceof Number) {
      lv = f.levels(levels == null ? 7 : Args.toInt(levels, "levels"), filled);
    } else {
      lv = Layers.values(levels, "levels").clone();
      java.util.Arrays.sort(lv);
      if (filled && lv.length < 2) {
        throw new IllegalArgumentException("Filled contours require at least 2 levels.");
      }
    }
    Style st = colors == null ? Style.DEFAULT : Style.DEFAULT.withColor(Colors.parse(colors.toString()));
    return new ContourLayer(f, lv, filled, Colormap.of(cmap), false, st);
  }

  private static Style fill(Object color, Object alpha, Object label) {
    Style s = Style.of(null, color, label, null, null, null);
    double a = alpha == null ? Double.NaN : Args.toDouble(alpha, "alpha");
    if (a < 0 || a > 1) {
      throw new IllegalArgumentException("alpha (" + a + ") is outside 0-1 range");
    }
    return new Style(s.color(), s.linestyle(), s.linewidth(), s.marker(), a, s.label());
  }

  private static Object at(Object[] a, int i) {
    return i < a.length ? a[i] : null;
  }

  private static void check(String name, Object[] a, int max) {
    if (a.length > max) {
      throw new IllegalArgumentException(
          name + "() takes at most " + max + " positional arguments but " + a.length + " were given");
    }
  }

  /** The figure drawn as text for a display of the given size and capabilities. */
  public String render(Context.Display display) {
    return TerminalRenderer.render(this, display);
  }

  /** The figure drawn for no terminal: 80×24 characters, Unicode, no colour. */
  @Override
  public String toString() {
    return render(Context.Display.PLAIN);
  }

  /** The figure as the bytes of a PNG image of 800×600 pixels. */
  public byte[] png() {
    return PngExport.bytes(this, 800, 600);
  }

  /** The figure as the bytes of a PNG image of the given size in pixels. */
  public byte[] png(Object width, Object height) {
    return PngExport.bytes(this, Args.toInt(width, "width"), Args.toInt(height, "height"));
  }

  /**
   * Writes the figure as a PNG image of 800×600 pixels and returns the path written.
   *
   * @throws IllegalArgumentException when the name does not end in {@code .png}
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public String save(Object path) {
    return PngExport.save(this, String.valueOf(path), 800, 600);
  }

  /** Writes the figure as a PNG image of the given size in pixels and returns the path written. */
  public String save(Object path, Object width, Object height) {
    return PngExport.save(
        this, String.valueOf(path), Args.toInt(width, "width"), Args.toInt(height, "height"));
  }
}
