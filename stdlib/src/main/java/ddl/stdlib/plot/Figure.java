package ddl.stdlib.plot;

import ddl.stdlib.Args;
import ddl.stdlib.Context;
import ddl.stdlib.Tensor;
import ddl.stdlib.learn.Fit;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure: series drawn over x–y axes, or over the heat map of a surface, with a title, axis
 * labels and a legend. Made by {@code scatter}, {@code plot}, {@code curve}, {@code hist} and
 * {@code surface}; its methods add to it and return it, so that calls chain:
 *
 * <pre>
 * scatter(x, y).line([1, 2]).line([0, 3], "green").title("rent").labels("m2", "rent")
 * </pre>
 *
 * <p>The methods change the figure itself, as matplotlib's do ({@link #copy()} makes an independent
 * one). It draws in the terminal ({@link #render}, {@link #toString()}) and saves as PNG ({@link
 * #save}) from the same data. The legend is shown by itself once there are two series or more;
 * {@link #legend()} shows it always, {@code legend(false)} never.
 */
public final class Figure {
  private final List<Series> series = new ArrayList<>();
  private final Surface surface;
  private final boolean logY;
  private String title;
  private String xlabel;
  private String ylabel;
  private Boolean legend;

  Figure(Surface surface, boolean logY) {
    this.surface = surface;
    this.logY = logY;
  }

  /** Adds data points (x, y), each drawn as a dot. */
  public Figure scatter(Object x, Object y) {
    return scatter(x, y, null, null);
  }

  /** Adds data points in a colour given by name ({@code "red"}) or code ({@code "#ff8800"}). */
  public Figure scatter(Object x, Object y, Object color) {
    return scatter(x, y, color, null);
  }

  /** Adds data points with a colour (None: the next of the cycle) and a legend label. */
  public Figure scatter(Object x, Object y, Object color, Object label) {
    return xy(Series.Kind.POINTS, x, y, color, label, "data");
  }

  /** Adds a line through the points (x, y) in order. */
  public Figure plot(Object x, Object y) {
    return plot(x, y, null, null);
  }

  /** Adds a line through the points, in a colour. */
  public Figure plot(Object x, Object y, Object color) {
    return plot(x, y, color, null);
  }

  /** Adds a line through the points, with a colour and a legend label. */
  public Figure plot(Object x, Object y, Object color, Object label) {
    return xy(Series.Kind.LINE, x, y, color, label, "y");
  }

  /**
   * Adds the model line {@code phi0 + phi1·x} across the figure's x range; phi is a vector of two
   * numbers, intercept first, or a fit (its {@code .phi}). Labelled {@code phi=[phi0, phi1]}.
   */
  public Figure line(Object phi) {
    return line(phi, null, null);
  }

  /** Adds the model line in a colour. */
  public Figure line(Object phi, Object color) {
    return line(phi, color, null);
  }

  /** Adds the model line with a colour and a legend label. */
  public Figure line(Object phi, Object color, Object label) {
    String name = null;
    if (phi instanceof Fit) {
      name = ((Fit) phi).method();
      phi = ((Fit) phi).phi();
      if (phi == null) {
        throw new IllegalArgumentException("line: the fit has no phi (it is not a linear model)");
      }
    }
    double[] p = Args.tensor(phi, "phi").toDoubleArray();
    if (p.length < 1 || p.length > 2) {
      throw new IllegalArgumentException(
          "line: phi must hold 2 values (intercept, slope), found " + p.length);
    }
    String auto =
        "phi=[" + Ticks.compact(p[0]) + (p.length > 1 ? ", " + Ticks.compact(p[1]) : "") + "]";
    return add(Series.Kind.MODEL, new double[0], p, color, label, name == null ? auto : name);
  }

  /**
   * Adds the path of gradient descent over a surface: columns 0 and 1 of the fit's {@code
   * .history.phi}, or of an (n, 2) tensor of iterates.
   */
  public Figure path(Object fit) {
    return path(fit, null, null);
  }

  /** Adds the path in a colour. */
  public Figure path(Object fit, Object color) {
    return path(fit, color, null);
  }

  /** Adds the path with a colour and a legend label. */
  public Figure path(Object fit, Object color, Object label) {
    String name = "path";
    Tensor h;
    if (fit instanceof Fit) {
      Fit f = (Fit) fit;
      if (f.history() == null) {
        throw new IllegalArgumentException(
            "path: the fit has no history (iterative fits such as gd have one)");
      }
      h = f.history().phi();
      name = f.method();
    } else {
      h = Args.tensor(fit, "fit");
    }
    if (h.ndim() != 2 || h.shape(1) < 2) {
      throw new IllegalArgumentException(
          "path: expected iterates of shape (n, 2) or more columns, found " + h.shapeString());
    }
    int n = h.shape(0);
    int k = h.shape(1);
    double[] all = h.toDoubleArray();
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = all[i * k];
      b[i] = all[i * k + 1];
    }
    return add(Series.Kind.PATH, a, b, color, label, name);
  }

  /** Sets the title. */
  public Figure title(Object text) {
    title = text == null ? null : text.toString();
    return this;
  }

  /** Sets the x and y axis labels. */
  public Figure labels(Object x, Object y) {
    xlabel = x == null ? null : x.toString();
    ylabel = y == null ? null : y.toString();
    return this;
  }

  /** Sets the x axis label. */
  public Figure xlabel(Object text) {
    xlabel = text == null ? null : text.toString();
    return this;
  }

  /** Sets the y axis label. */
  public Figure ylabel(Object text) {
    ylabel = text == null ? null : text.toString();
    return this;
  }

  /** Shows the legend even for a single series. */
  public Figure legend() {
    return legend(true);
  }

  /** Shows ({@code true}) or hides ({@code false}) the legend. */
  public Figure legend(Object on) {
    legend = Args.toBool(on, "on");
    return this;
  }

  /** Colours the series added last. */
  public Figure color(Object name) {
    Series s = last("color");
    series.set(series.size() - 1, s.withColor(parseColor(name)));
    return this;
  }

  /** Names the series added last in the legend. */
  public Figure label(Object text) {
    Series s = last("label");
    series.set(series.size() - 1, s.withLabel(String.valueOf(text)));
    return this;
  }

  /** An independent copy of this figure. */
  public Figure copy() {
    Figure f = new Figure(surface, logY);
    f.series.addAll(series);
    f.title = title;
    f.xlabel = xlabel;
    f.ylabel = ylabel;
    f.legend = legend;
    return f;
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

  /** The figure drawn as text for a display of the given size and capabilities. */
  public String render(Context.Display display) {
    Grid g = new Grid(Math.max(20, display.width()), Math.max(6, display.height()));
    if (surface != null) {
      HeatMap.draw(this, g, display.unicode(), display.color());
    } else {
      XYPlot.draw(this, g, display.unicode(), display.color());
    }
    return g.print(display.color());
  }

  /** The figure drawn for no terminal: 80×24 characters, Unicode, no colour. */
  @Override
  public String toString() {
    return render(Context.Display.PLAIN);
  }

  List<Series> series() {
    return series;
  }

  Surface surface() {
    return surface;
  }

  boolean logY() {
    return logY;
  }

  String title() {
    return title;
  }

  String xlabel() {
    return xlabel;
  }

  String ylabel() {
    return ylabel;
  }

  /** Whether the legend is drawn: as asked, or when there are several series. */
  boolean showLegend() {
    return legend != null ? legend : series.size() > 1;
  }

  /** The legend as asked: true, false, or null when left to {@link #showLegend()}. */
  Boolean legendChoice() {
    return legend;
  }

  Figure add(Series.Kind kind, double[] x, double[] y, Object color, Object label, String auto) {
    series.add(
        new Series(kind, x, y, parseColor(color), label == null ? auto : String.valueOf(label)));
    return this;
  }

  private Figure xy(Series.Kind kind, Object x, Object y, Object color, Object label, String auto) {
    double[] a = values(x, "x");
    double[] b = values(y, "y");
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "x and y must be the same size, found " + a.length + " and " + b.length);
    }
    return add(kind, a, b, color, label, auto);
  }

  /** The values of a vector, also of an (n, 1) or (1, n) column or row. */
  static double[] values(Object v, String name) {
    Tensor t = Args.tensor(v, name);
    int big = 0;
    for (int d : t.shape()) {
      big += d > 1 ? 1 : 0;
    }
    if (big > 1) {
      throw new IllegalArgumentException(name + " must be 1-D, found shape " + t.shapeString());
    }
    return t.toDoubleArray();
  }

  private static Colors.Rgb parseColor(Object c) {
    return c == null ? null : Colors.parse(c.toString());
  }

  private Series last(String what) {
    if (series.isEmpty()) {
      throw new IllegalArgumentException(what + ": the figure has no series yet");
    }
    return series.get(series.size() - 1);
  }
}
