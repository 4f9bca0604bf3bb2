package ddl.stdlib.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a figure's series over x–y axes on a braille canvas: points as single dots, lines by
 * Bresenham, bars filled. Without colour, lines after the first are dashed and ASCII figures give
 * each series its own symbol, so that series stay apart in plain text.
 */
final class XYPlot {
  private static final String POINT_SYMBOLS = "*ox+";
  private static final String LINE_SYMBOLS = ".:~=";
  private static final String[] DASH_MARKERS = {"──", "╌╌", "┄┄", "┈┈"};

  private XYPlot() {}

  static void draw(Figure fig, Grid grid, boolean unicode, boolean color) {
    List<Series> all = fig.series();
    boolean bars = all.stream().anyMatch(s -> s.kind() == Series.Kind.BARS);
    double[] xr = xRange(all);
    Ticks.Axis x0 = Ticks.linear(xr[0], xr[1], Math.max(2, Math.min(10, grid.width() / 10)), !bars);
    double[] yr = yRange(all, x0, fig.logY(), bars);
    List<Style> styles = styles(all, unicode, color);
    List<Frame.Entry> legend = new ArrayList<>();
    if (fig.showLegend()) {
      for (int i = 0; i < all.size(); i++) {
        Style st = styles.get(i);
        legend.add(new Frame.Entry(st.marker, st.color, all.get(i).label()));
      }
    }
    Frame f =
        Frame.draw(
            grid,
            unicode,
            fig.title(),
            fig.xlabel(),
            fig.ylabel(),
            legend,
            0,
            n -> n >= x0.values().length ? x0 : Ticks.linear(x0.lo(), x0.hi(), n, false),
            n -> fig.logY() ? Ticks.log(yr[0], yr[1], n) : Ticks.linear(yr[0], yr[1], n, true));
    Canvas canvas = new Canvas(f.cols, f.rows);
    drawAll(canvas, f, all, styles, fig.logY());
    canvas.drawTo(grid, f.left, f.top, unicode);
  }

  /** How one series looks: colour, ASCII symbol, dash length and legend marker. */
  record Style(Colors.Rgb color, char symbol, int dash, String marker) {}

  static List<Style> styles(List<Series> all, boolean unicode, boolean color) {
    List<Style> out = new ArrayList<>();
    int points = 0;
    int lines = 0;
    for (int i = 0; i < all.size(); i++) {
      Series s = all.get(i);
      Colors.Rgb c = s.color() != null ? s.color() : Colors.CYCLE.get(i % Colors.CYCLE.size());
      char sym;
      int dash = 0;
      String marker;
      if (s.kind() == Series.Kind.BARS) {
        sym = '#';
        marker = unicode ? "██" : "##";
      } else if (s.kind() == Series.Kind.POINTS) {
        sym = POINT_SYMBOLS.charAt(points++ % POINT_SYMBOLS.length());
        marker = unicode ? "•" : String.valueOf(sym);
      } else {
        sym = LINE_SYMBOLS.charAt(lines % LINE_SYMBOLS.length());
        dash = unicode && !color ? lines % DASH_MARKERS.length : 0;
        marker = unicode ? DASH_MARKERS[dash] : "" + sym + sym;
        lines++;
      }
      out.add(new Style(c, sym, dash, marker));
    }
    return out;
  }

  /** Draws points after bars and lines, so that lines through the data never hide it. */
  static void drawAll(Canvas c, Frame f, List<Series> all, List<Style> styles, boolean logY) {
    for (boolean points : new boolean[] {false, true}) {
      for (int i = 0; i < all.size(); i++) {
        if ((all.get(i).kind() == Series.Kind.POINTS) == points) {
          drawSeries(c, f, all.get(i), styles.get(i), logY);
        }
      }
    }
  }

  static void drawSeries(Canvas c, Frame f, Series s, Style st, boolean logY) {
    double[] x = s.x();
    double[] y = s.y();
    switch (s.kind()) {
      case POINTS:
        for (int i = 0; i < x.length; i++) {
          double yy = logY ? log(y[i]) : y[i];
          if (Double.isFinite(x[i]) && Double.isFinite(yy)) {
            point(c, f.dotX(x[i]), f.dotY(yy), st);
          }
        }
        break;
      case LINE:
      case PATH:
        for (int i = 1; i < x.length; i++) {
          segment(c, f, x[i - 1], ty(y[i - 1], logY), x[i], ty(y[i], logY), st);
        }
        if (x.length == 1) {
          c.dot(f.dotX(x[0]), f.dotY(ty(y[0], logY)), st.symbol, st.color);
        }
        break;
      case MODEL:
        double lo = f.x.lo();
        double hi = f.x.hi();
        segment(c, f, lo, ty(s.model(lo), logY), hi, ty(s.model(hi), logY), st);
        break;
      case BARS:
        int base = f.dotY(Math.max(0, f.y.lo()));
        for (int i = 0; i < y.length; i++) {
          int d0 = f.dotX(x[i]);
          int d1 = f.dotX(x[i + 1]);
          // a one-dot gap between bars wide enough to spare it
          int end = d1 - d0 >= 4 && i < y.length - 1 ? d1 - 2 : d1 - 1;
          int top = y[i] > 0 ? f.dotY(y[i]) : base + 1;
          for (int dx = d0; dx <= end; dx++) {
            for (int dy = top; dy <= base; dy++) {
              c.dot(dx, dy, st.symbol, st.color);
            }
          }
        }
        break;
      default:
        throw new AssertionError(s.kind());
    }
  }

  /**
   * A data point as a square of 2×2 dots (one dot alone is hard to see), kept inside the canvas so
   * that points on the axis limits are whole.
   */
  static void point(Canvas c, int x, int y, Style st) {
    int x0 = Math.max(0, Math.min(c.dotsX() - 2, x));
    int y0 = Math.max(0, Math.min(c.dotsY() - 2, y));
    for (int dx = 0; dx < 2; dx++) {
      for (int dy = 0; dy < 2; dy++) {
        c.dot(x0 + dx, y0 + dy, st.symbol, st.color);
      }
    }
  }

  /** A segment in data coordinates, clipped to the canvas (Liang–Barsky) before rasterising. */
  static void segment(Canvas c, Frame f, double x0, double y0, double x1, double y1, Style st) {
    if (!(Double.isFinite(x0)
        && Double.isFinite(y0)
        && Double.isFinite(x1)
        && Double.isFinite(y1))) {
      return;
    }
    double ax = (x0 - f.x.lo()) / (f.x.hi() - f.x.lo()) * (c.dotsX() - 1);
    double ay = (f.y.hi() - y0) / (f.y.hi() - f.y.lo()) * (c.dotsY() - 1);
    double bx = (x1 - f.x.lo()) / (f.x.hi() - f.x.lo()) * (c.dotsX() - 1);
    double by = (f.y.hi() - y1) / (f.y.hi() - f.y.lo()) * (c.dotsY() - 1);
    double t0 = 0;
    double t1 = 1;
    double dx = bx - ax;
    double dy = by - ay;
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {ax + 0.5, c.dotsX() - 0.5 - ax, ay + 0.5, c.dotsY() - 0.5 - ay};
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return;
        }
      } else {
        double t = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
      }
    }
    if (t0 > t1) {
      return;
    }
    c.line(
        (int) Math.round(ax + t0 * dx),
        (int) Math.round(ay + t0 * dy),
        (int) Math.round(ax + t1 * dx),
        (int) Math.round(ay + t1 * dy),
        st.dash,
        st.symbol,
        st.color);
  }

  private static double ty(double v, boolean logY) {
    return logY ? log(v) : v;
  }

  private static double log(double v) {
    return v > 0 ? Math.log10(v) : Double.NaN;
  }

  private static double[] xRange(List<Series> all) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : all) {
      for (double v : s.x()) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
  }

  private static double[] yRange(List<Series> all, Ticks.Axis x, boolean logY, boolean bars) {
    double lo = bars ? 0 : Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : all) {
      double[] ys =
          s.kind() == Series.Kind.MODEL ? new double[] {s.model(x.lo()), s.model(x.hi())} : s.y();
      for (double v : ys) {
        double t = logY ? log(v) : v;
        if (Double.isFinite(t)) {
          lo = Math.min(lo, t);
          hi = Math.max(hi, t);
        }
      }
    }
    return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
  }
}
