package ddl.stdlib.plot;

import ddl.stdlib.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a figure as text: each panel's frame (ticks, labels, the legend above the plot, where it
 * hides nothing), then its layers in order through their terminal artists, then its colour bar or
 * right-hand axis. A grid of panels is drawn panel by panel into its share of the screen.
 */
final class TerminalRenderer {
  private static final String POINT_SYMBOLS = "*ox+";
  private static final String LINE_SYMBOLS = ".:~=";
  private static final String OVERLAY_SYMBOLS = "ox&$";
  private static final String[] DASH_MARKERS = {"──", "╌╌", "┄┄", "┈┈"};

  /** Below this width a second y axis is drawn as a panel of its own. */
  static final int TWIN_MIN_WIDTH = 60;

  private TerminalRenderer() {}

  static String render(Figure fig, Context.Display d) {
    Grid g = new Grid(Math.max(20, d.width()), Math.max(6, d.height()));
    draw(fig, g, d.unicode(), d.color());
    return g.print(d.color());
  }

  static void draw(Figure fig, Grid g, boolean unicode, boolean color) {
    if (!fig.isGrid()) {
      panel(fig, g, unicode, color, fig.title());
      return;
    }
    int top = 0;
    if (fig.title() != null && g.height() >= fig.rows * 6 + 1) {
      String t = fig.title();
      g.text(Math.max(0, (g.width() - t.length()) / 2), 0, t, null);
      top = 1;
    }
    int h = (g.height() - top) / fig.rows;
    int w = g.width() / fig.cols;
    for (int i = 0; i < fig.rows; i++) {
      for (int j = 0; j < fig.cols; j++) {
        Figure p = fig.panels[i * fig.cols + j];
        // the last row and column take what the division leaves over
        int ph = i == fig.rows - 1 ? g.height() - top - h * i : h;
        int pw = j == fig.cols - 1 ? g.width() - w * j : w;
        Grid sub = new Grid(Math.max(1, pw - (j == fig.cols - 1 ? 0 : 1)), Math.max(1, ph));
        if (sub.width() >= 8 && sub.height() >= 4) {
          panel(p, sub, unicode, color, p.title());
        }
        g.place(sub, w * j, top + h * i);
      }
    }
  }

  /** One panel and its twin: beside it on a wide screen, below it on a narrow one. */
  private static void panel(Figure p, Grid g, boolean unicode, boolean color, String title) {
    if (p.twin != null && g.width() < TWIN_MIN_WIDTH) {
      int h = g.height() / 2;
      Grid a = new Grid(g.width(), h);
      Grid b = new Grid(g.width(), g.height() - h);
      axes(p, null, a, unicode, color, title);
      Figure below = p.twin.copy();
      below.xlim = p.xlim != null ? p.xlim : AxesView.pinsX(p) ? null : null;
      below.xlabel = p.xlabel;
      axes(below, null, b, unicode, color, null);
      g.place(a, 0, 0);
      g.place(b, 0, h);
      return;
    }
    axes(p, p.twin, g, unicode, color, title);
  }

  private static void axes(Figure p, Figure twin, Grid g, boolean unicode, boolean color, String title) {
    Scale sx = AxesView.xScale(p);
    Scale sy = AxesView.yScale(p);
    double[] xr = AxesView.xRange(twin == null ? withoutTwin(p) : p, sx);
    boolean pinX = AxesView.pinsX(p);
    Ticks.Axis x0 = xTicks(sx, xr, Math.max(2, Math.min(10, g.width() / 10)), !pinX);
    double[] yr = AxesView.yRange(p, sx, sy, x0.lo(), x0.hi());
    boolean pinY = AxesView.pinsY(p);
    boolean hasImage = p.layers.stream().anyMatch(l -> l.order() == Layer.RASTER);

    List<Layer> all = new ArrayList<>(p.layers);
    // a twin's lines are styled with the panel's, so that no two share a dash
    List<Layer> both = new ArrayList<>(p.layers);
    if (twin != null) {
      both.addAll(twin.layers);
    }
    List<TermPanel.TermStyle> styled = styles(both, unicode, color, hasImage);
    List<TermPanel.TermStyle> styles = styled.subList(0, p.layers.size());
    List<TermPanel.TermStyle> twinStyles = styled.subList(p.layers.size(), styled.size());
    List<Frame.Entry> legend = new ArrayList<>();
    if (p.showLegend()) {
      entries(p.layers, styles, legend);
      if (twin != null) {
        entries(twin.layers, twinStyles, legend);
      }
    }
    Layer.ColorBar bar = AxesView.colorBar(p);
    String[] barLabels = bar == null ? null : barLabels(bar);
    Ticks.Axis twinAxis = null;
    int reserve = 0;
    if (barLabels != null) {
      reserve = Math.max(barLabels[0].length(), Math.max(barLabels[1].length(), barLabels[2].length())) + 4;
    } else if (twin != null) {
      Scale ty = AxesView.yScale(twin);
      double[] tr = AxesView.yRange(twin, sx, ty, x0.lo(), x0.hi());
      twinAxis = yTicks(ty, tr, 5, true);
      for (String s : twinAxis.labels()) {
        reserve = Math.max(reserve, s.length() + 1);
      }
    }
    Frame f =
        Frame.draw(
            g,
            unicode,
            title,
            p.xlabel,
            p.ylabel,
            legend,
            reserve,
            n -> pinX ? xTicks(sx, new double[] {x0.lo(), x0.hi()}, n, false)
                : n >= x0.values().length ? x0 : xTicks(sx, new double[] {x0.lo(), x0.hi()}, n, false),
            n -> yTicks(sy, yr, n, !pinY));
    TermPanel tp = TermPanel.of(g, f, unicode, color, sx, sy);
    for (int i = 0; i < all.size(); i++) {
      tp.setStyle(all.get(i), styles.get(i));
    }
    all.sort(Comparator.comparingInt(Layer::order));
    for (Layer l : all) {
      l.terminal().draw(tp);
    }
    if (twin != null && twinAxis != null) {
      Scale ty = AxesView.yScale(twin);
      double[] tr = AxesView.yRange(twin, sx, ty, x0.lo(), x0.hi());
      Frame tf = f.withY(yTicks(ty, tr, f.y.values().length, true));
      TermPanel tt = tp.withY(tf, ty);
      List<Layer> tl = new ArrayList<>(twin.layers);
      for (int i = 0; i < tl.size(); i++) {
        tt.setStyle(tl.get(i), twinStyles.get(i));
      }
      tl.sort(Comparator.comparingInt(Layer::order));
      for (Layer l : tl) {
        l.terminal().draw(tt);
      }
      tf.rightAxis(g, unicode);
    }
    tp.finish();
    if (bar != null) {
      colorBar(tp, bar, barLabels);
    }
  }

  private static Figure withoutTwin(Figure p) {
    if (p.twin == null) {
      return p;
    }
    Figure c = p.copy();
    c.twin = null;
    return c;
  }

  static Ticks.Axis xTicks(Scale s, double[] r, int n, boolean extend) {
    return s == Scale.LOG ? Ticks.log(r[0], r[1], n) : Ticks.linear(r[0], r[1], n, extend);
  }

  static Ticks.Axis yTicks(Scale s, double[] r, int n, boolean extend) {
    if (s == Scale.LOG) {
      return Ticks.log(r[0], r[1], n);
    }
    Ticks.Axis a = Ticks.linear(r[0], r[1], n, extend);
    return s == Scale.INVERTED ? Ticks.negated(a) : a;
  }

  /**
   * The look of each layer: its colour; without colour, lines after the first dashed, and in
   * ASCII a symbol per layer, so that layers stay apart in plain text. A line style asked for is
   * drawn as asked.
   */
  private static List<TermPanel.TermStyle> styles(
      List<Layer> layers, boolean unicode, boolean color, boolean overImage) {
    List<TermPanel.TermStyle> out = new ArrayList<>();
    int points = 0;
    int lines = 0;
    // dashes asked for are not given again to lines left to the default
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (Layer l : layers) {
      String ls = l.style().linestyle();
      if (l.mark() == Layer.Mark.LINE && ls != null && !ls.isEmpty()) {
        taken.add(dash(ls));
      }
    }
    int auto = 0;
    for (int i = 0; i < layers.size(); i++) {
      Layer l = layers.get(i);
      Style s = l.style();
      Colors.Rgb c = s.color() != null ? s.color() : Colors.parse("black");
      char sym;
      int dash = 0;
      String marker;
      if (l.mark() == Layer.Mark.FILL) {
        boolean bars = l instanceof BarsLayer;
        sym = '#';
        marker = bars ? (unicode ? "██" : "##") : unicode ? (color ? "██" : "░░") : ";;";
      } else if (l.mark() == Layer.Mark.POINT) {
        sym = overImage ? OVERLAY_SYMBOLS.charAt(i % 4) : POINT_SYMBOLS.charAt(points++ % POINT_SYMBOLS.length());
        marker = unicode ? "•" : String.valueOf(sym);
      } else {
        sym = overImage ? OVERLAY_SYMBOLS.charAt(i % 4) : LINE_SYMBOLS.charAt(lines % LINE_SYMBOLS.length());
        String ls = s.linestyle();
        if (ls != null && !ls.isEmpty()) {
          dash = dash(ls);
        } else if (ls == null && !overImage && s.label() != null && unicode && !color) {
          while (taken.contains(auto % DASH_MARKERS.length) && auto < 8) {
            auto++;
          }
          dash = auto++ % DASH_MARKERS.length;
        }
        marker = unicode ? DASH_MARKERS[dash % DASH_MARKERS.length] : "" + sym + sym;
        lines++;
      }
      out.add(new TermPanel.TermStyle(c, sym, dash, marker));
    }
    return out;
  }

  private static int dash(String linestyle) {
    return linestyle.equals("--") ? 1 : linestyle.equals("-.") ? 2 : linestyle.equals(":") ? 3 : 0;
  }

  private static void entries(List<Layer> layers, List<TermPanel.TermStyle> styles, List<Frame.Entry> out) {
    for (int i = 0; i < layers.size(); i++) {
      String label = layers.get(i).style().label();
      if (label != null) {
        out.add(new Frame.Entry(styles.get(i).marker(), styles.get(i).color(), label));
      }
    }
  }

  private static String[] barLabels(Layer.ColorBar b) {
    return new String[] {
      Ticks.compact(b.hi()), Ticks.compact((b.lo() + b.hi()) / 2), Ticks.compact(b.lo())
    };
  }

  /** The colour bar: two columns of the colormap, high at the top, with three values beside. */
  private static void colorBar(TermPanel p, Layer.ColorBar b, String[] labels) {
    Frame f = p.frame;
    int col = f.left + f.cols + 1;
    for (int r = 0; r < f.rows; r++) {
      double t0 = 1 - (r + 0.25) / f.rows;
      double t1 = 1 - (r + 0.75) / f.rows;
      for (int k = 0; k < 2; k++) {
        if (p.color) {
          p.grid.put(col + k, f.top + r, p.unicode ? '▀' : ' ', p.unicode ? b.cmap().at(t0) : null);
          p.grid.background(col + k, f.top + r, b.cmap().at(p.unicode ? t1 : (t0 + t1) / 2));
        } else {
          String ramp = p.unicode ? TermPanel.SHADES : TermPanel.ASCII_RAMP;
          double t = 1 - (r + 0.5) / f.rows;
          p.grid.put(col + k, f.top + r, ramp.charAt(Math.min(ramp.length() - 1, (int) (t * ramp.length()))), null);
        }
      }
    }
    p.grid.text(col + 3, f.top, labels[0], null);
    if (f.rows >= 5) {
      p.grid.text(col + 3, f.top + f.rows / 2, labels[1], null);
    }
    p.grid.text(col + 3, f.top + f.rows - 1, labels[2], null);
  }
}
