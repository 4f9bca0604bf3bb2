package ddl.stdlib.plot;

import ddl.stdlib.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Figure} holds besides its drawing methods: its layers, the settings of its axes
 * (title, labels, limits, log scales, legend), a second y-axis ({@link #twinx}), and for a grid of
 * panels the panels themselves ({@code fig[i, j]}). Every setting is a method that returns the
 * figure, and a keyword of the functions that make figures.
 */
public abstract class FigureSettings {
  final int rows;
  final int cols;
  final Figure[] panels;
  final List<Layer> layers = new ArrayList<>();
  String title;
  String xlabel;
  String ylabel;
  double[] xlim;
  double[] ylim;
  boolean logx;
  boolean logy;
  boolean yinverted;
  Boolean legend;
  Figure twin;
  private int cycled;

  FigureSettings(int rows, int cols) {
    this.rows = rows;
    this.cols = cols;
    this.panels = rows == 0 ? null : new Figure[rows * cols];
  }

  abstract Figure self();

  abstract Figure blank();

  abstract Figure blankGrid(int r, int c);

  /** The title (of the whole grid, for subplots). */
  public Figure title(Object text) {
    title = text == null ? null : text.toString();
    return self();
  }

  public Figure xlabel(Object text) {
    panel("xlabel").xlabel = text == null ? null : text.toString();
    return self();
  }

  public Figure ylabel(Object text) {
    panel("ylabel").ylabel = text == null ? null : text.toString();
    return self();
  }

  /** Both axis labels. */
  public Figure labels(Object x, Object y) {
    return xlabel(x).ylabel(y);
  }

  /** The x axis from lo to hi: {@code .xlim(0, 2)} or {@code .xlim([0, 2])}. */
  public Figure xlim(Object lo, Object hi) {
    panel("xlim").xlim = Layers.pair(lo, hi, "xlim");
    return self();
  }

  public Figure xlim(Object range) {
    return xlim(range, null);
  }

  public Figure ylim(Object lo, Object hi) {
    panel("ylim").ylim = Layers.pair(lo, hi, "ylim");
    return self();
  }

  public Figure ylim(Object range) {
    return ylim(range, null);
  }

  /** A log10 x axis; non-positive values are left out, as matplotlib does. */
  public Figure logx() {
    return logx(true);
  }

  public Figure logx(Object on) {
    panel("logx").logx = Args.toBool(on, "logx");
    return self();
  }

  /** A log10 y axis. */
  public Figure logy() {
    return logy(true);
  }

  public Figure logy(Object on) {
    panel("logy").logy = Args.toBool(on, "logy");
    return self();
  }

  /** Shows the legend even for a single labelled layer. */
  public Figure legend() {
    return legend(true);
  }

  /** Shows ({@code true}) or hides ({@code false}) the legend; left alone, it shows from two. */
  public Figure legend(Object on) {
    panel("legend").legend = Args.toBool(on, "legend");
    return self();
  }

  /** Colours the layer added last. */
  public Figure color(Object name) {
    Layer l = last("color");
    replaceLast(l.restyle(l.style().withColor(Colors.parse(String.valueOf(name)))));
    return self();
  }

  /** Names the layer added last in the legend. */
  public Figure label(Object text) {
    Layer l = last("label");
    replaceLast(l.restyle(l.style().withLabel(String.valueOf(text))));
    return self();
  }

  /**
   * A second y axis on the right sharing this panel's x axis; drawing methods on the value it
   * returns draw against it. In a terminal too narrow for two axes it is drawn as a panel below.
   */
  public Figure twinx() {
    FigureSettings p = panel("twinx");
    if (p.twin == null) {
      p.twin = blank();
    }
    return p.twin;
  }

  /** Panel i of a one-row or one-column grid: {@code fig[i]}. */
  public Figure get(Object i) {
    if (panels == null) {
      throw new IllegalArgumentException("'Figure' object is not subscriptable: it has one panel (make a grid with subplots(rows, cols))");
    }
    if (rows > 1 && cols > 1) {
      throw new IllegalArgumentException(
          "a grid of " + rows + "×" + cols + " panels takes two indices: fig[i, j]");
    }
    return panels[index(i, panels.length, 0)];
  }

  /** Panel (i, j) of a grid made by {@code subplots}: {@code fig[i, j]}. */
  public Figure get(Object i, Object j) {
    if (panels == null) {
      throw new IllegalArgumentException("'Figure' object is not subscriptable: it has one panel (make a grid with subplots(rows, cols))");
    }
    return panels[index(i, rows, 0) * cols + index(j, cols, 1)];
  }

  private static int index(Object v, int n, int axis) {
    int i = Args.toInt(v, "index");
    if (i < -n || i >= n) {
      throw new IndexOutOfBoundsException(
          "index " + i + " is out of bounds for axis " + axis + " with size " + n);
    }
    return i < 0 ? i + n : i;
  }

  /** An independent copy of this figure (and its panels). */
  public Figure copy() {
    Figure f = panels == null ? blank() : blankGrid(rows, cols);
    if (panels != null) {
      for (int i = 0; i < panels.length; i++) {
        f.panels[i] = panels[i].copy();
      }
    }
    f.layers.addAll(layers);
    f.title = title;
    f.xlabel = xlabel;
    f.ylabel = ylabel;
    f.xlim = xlim;
    f.ylim = ylim;
    f.logx = logx;
    f.logy = logy;
    f.yinverted = yinverted;
    f.legend = legend;
    f.twin = twin == null ? null : twin.copy();
    ((FigureSettings) f).cycled = cycled;
    return f;
  }

  /** Applies the settings given as keywords to a function that makes a figure (None: unset). */
  Figure settings(
      Object title, Object xlabel, Object ylabel, Object xlim, Object ylim, Object logx,
      Object logy, Object legend) {
    if (title != null) {
      title(title);
    }
    if (xlabel != null) {
      xlabel(xlabel);
    }
    if (ylabel != null) {
      ylabel(ylabel);
    }
    if (xlim != null) {
      xlim(xlim);
    }
    if (ylim != null) {
      ylim(ylim);
    }
    if (logx != null) {
      logx(logx);
    }
    if (logy != null) {
      logy(logy);
    }
    if (legend != null) {
      legend(legend);
    }
    return self();
  }

  /**
   * Adds a layer, giving it the next colour of the cycle when it has none (over an image, the warm
   * colours that stand out on viridis).
   */
  Figure add(Layer l) {
    FigureSettings p = panel("plot");
    if (l.cycles() && l.style().color() == null) {
      boolean overImage = p.layers.stream().anyMatch(x -> x.order() == Layer.RASTER);
      List<Colors.Rgb> cycle = overImage ? Colors.OVERLAY : Colors.CYCLE;
      l = l.restyle(l.style().withColor(cycle.get(p.cycled++ % cycle.size())));
    }
    p.layers.add(l);
    return self();
  }

  /** This figure as a panel to draw on: a grid has none of its own. */
  FigureSettings panel(String what) {
    if (panels != null) {
      throw new IllegalArgumentException(
          what + ": this figure is a grid of " + rows + "×" + cols
              + " panels: draw on one of them, fig[i, j]." + what + "(...)");
    }
    return this;
  }

  boolean isGrid() {
    return panels != null;
  }

  List<Layer> layers() {
    return layers;
  }

  String title() {
    return title;
  }

  /** Whether the legend is drawn: as asked, or when two layers or more have labels. */
  boolean showLegend() {
    if (legend != null) {
      return legend;
    }
    long n = layers.stream().filter(l -> l.style().label() != null).count();
    if (twin != null) {
      n += twin.layers.stream().filter(l -> l.style().label() != null).count();
    }
    return n > 1;
  }

  private Layer last(String what) {
    List<Layer> ls = panel(what).layers;
    if (ls.isEmpty()) {
      throw new IllegalArgumentException(what + ": the figure has nothing drawn yet");
    }
    return ls.get(ls.size() - 1);
  }

  private void replaceLast(Layer l) {
    layers.set(layers.size() - 1, l);
  }
}
