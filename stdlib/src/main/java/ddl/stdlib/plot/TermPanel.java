package ddl.stdlib.plot;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a terminal artist draws on: the plot area of one panel laid out by {@link Frame}, a braille
 * {@link Canvas} over it for lines and points, and its character cells for images, fills and text.
 * It maps data values to dots and cells through the panel's scales and axes.
 */
final class TermPanel {
  /** How one layer looks in the terminal: colour, ASCII symbol, dash length, legend marker. */
  record TermStyle(Colors.Rgb color, char symbol, int dash, String marker) {}

  static final String SHADES = " ░▒▓█";
  static final String ASCII_RAMP = " .:-=+*#%@";

  final Grid grid;
  final Frame frame;
  final Canvas canvas;
  final boolean unicode;
  final boolean color;
  final Scale sx;
  final Scale sy;
  private final Map<Layer, TermStyle> styles;
  private final List<Runnable> later;

  TermPanel(
      Grid grid,
      Frame frame,
      Canvas canvas,
      boolean unicode,
      boolean color,
      Scale sx,
      Scale sy,
      Map<Layer, TermStyle> styles,
      List<Runnable> later) {
    this.grid = grid;
    this.frame = frame;
    this.canvas = canvas;
    this.unicode = unicode;
    this.color = color;
    this.sx = sx;
    this.sy = sy;
    this.styles = styles;
    this.later = later;
  }

  static TermPanel of(Grid g, Frame f, boolean unicode, boolean color, Scale sx, Scale sy) {
    return new TermPanel(
        g, f, new Canvas(f.cols, f.rows), unicode, color, sx, sy, new IdentityHashMap<>(),
        new ArrayList<>());
  }

  /** The same plot area and canvas with another y axis: the right-hand axis of {@code twinx}. */
  TermPanel withY(Frame f, Scale y) {
    return new TermPanel(grid, f, canvas, unicode, color, sx, y, styles, later);
  }

  TermStyle style(Layer l) {
    return styles.get(l);
  }

  void setStyle(Layer l, TermStyle s) {
    styles.put(l, s);
  }

  /** Runs {@code r} once the canvas is on the grid: text goes over lines and points. */
  void later(Runnable r) {
    later.add(r);
  }

  /** Puts the canvas on the grid and runs what was left for later. */
  void finish() {
    canvas.drawTo(grid, frame.left, frame.top, unicode);
    later.forEach(Runnable::run);
    later.clear();
  }

  int cols() {
    return frame.cols;
  }

  int rows() {
    return frame.rows;
  }

  /** The data x at the centre of plot column {@code col}. */
  double cellX(int col) {
    return sx.invert(frame.x.lo() + (col + 0.5) / frame.cols * (frame.x.hi() - frame.x.lo()));
  }

  /** The data y at the centre of part {@code k} of {@code parts} of plot row {@code row}. */
  double cellY(int row, int k, int parts) {
    double t = (row + (k + 0.5) / parts) / frame.rows;
    return sy.invert(frame.y.hi() - t * (frame.y.hi() - frame.y.lo()));
  }

  /** The plot column of a data x (may lie outside the plot). */
  int col(double x) {
    return (int) Math.floor((sx.apply(x) - frame.x.lo()) / (frame.x.hi() - frame.x.lo()) * frame.cols);
  }

  int row(double y) {
    return (int) Math.floor((frame.y.hi() - sy.apply(y)) / (frame.y.hi() - frame.y.lo()) * frame.rows);
  }

  /** The canvas dot column of a data x, rounded. */
  int dotX(double x) {
    return frame.dotX(sx.apply(x));
  }

  int dotY(double y) {
    return frame.dotY(sy.apply(y));
  }

  /**
   * One image cell: with colour an upper-half block in the top colour over the bottom colour;
   * without, the shade of {@code level} (in [0, 1], NaN blank).
   */
  void cell(int col, int row, Colors.Rgb top, Colors.Rgb bottom, double level) {
    int c = frame.left + col;
    int r = frame.top + row;
    if (color) {
      if (top == null && bottom == null) {
        return;
      }
      if (top == null) {
        grid.put(c, r, unicode ? '▄' : ' ', unicode ? bottom : null);
        grid.background(c, r, unicode ? null : bottom);
      } else {
        grid.put(c, r, unicode ? '▀' : ' ', unicode ? top : null);
        grid.background(c, r, unicode ? bottom : top);
      }
    } else if (!Double.isNaN(level)) {
      String ramp = unicode ? SHADES : ASCII_RAMP;
      grid.put(c, r, ramp.charAt(Math.min(ramp.length() - 1, (int) (level * ramp.length()))), null);
    }
  }

  /** A filled cell of a band or span: a tint of its colour, or a light shade without colour. */
  void tint(int col, int row, Colors.Rgb c) {
    if (col < 0 || row < 0 || col >= frame.cols || row >= frame.rows) {
      return;
    }
    if (color) {
      grid.background(frame.left + col, frame.top + row, Colors.over(c, Colors.parse("black"), 0.45));
    } else {
      grid.put(frame.left + col, frame.top + row, unicode ? '░' : ';', null);
    }
  }

  /**
   * A data point as a square of 2×2 dots (one dot alone is hard to see), kept inside the canvas so
   * that points on the axis limits are whole.
   */
  void point(double x, double y, TermStyle st) {
    double u = sx.apply(x);
    double v = sy.apply(y);
    if (!Double.isFinite(u) || !Double.isFinite(v)) {
      return;
    }
    int x0 = Math.max(0, Math.min(canvas.dotsX() - 2, frame.dotX(u)));
    int y0 = Math.max(0, Math.min(canvas.dotsY() - 2, frame.dotY(v)));
    for (int dx = 0; dx < 2; dx++) {
      for (int dy = 0; dy < 2; dy++) {
        canvas.dot(x0 + dx, y0 + dy, st.symbol(), st.color());
      }
    }
  }

  /** A segment between data points, clipped to the canvas (Liang–Barsky) before rasterising. */
  void segment(double x0, double y0, double x1, double y1, TermStyle st) {
    segmentAxis(sx.apply(x0), sy.apply(y0), sx.apply(x1), sy.apply(y1), st);
  }

  /** A segment between points given in axis coordinates. */
  void segmentAxis(double u0, double v0, double u1, double v1, TermStyle st) {
    if (!(Double.isFinite(u0) && Double.isFinite(v0) && Double.isFinite(u1) && Double.isFinite(v1))) {
      return;
    }
    Frame f = frame;
    Canvas c = canvas;
    double ax = (u0 - f.x.lo()) / (f.x.hi() - f.x.lo()) * (c.dotsX() - 1);
    double ay = (f.y.hi() - v0) / (f.y.hi() - f.y.lo()) * (c.dotsY() - 1);
    double bx = (u1 - f.x.lo()) / (f.x.hi() - f.x.lo()) * (c.dotsX() - 1);
    double by = (f.y.hi() - v1) / (f.y.hi() - f.y.lo()) * (c.dotsY() - 1);
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
        st.dash(),
        st.symbol(),
        st.color());
  }
}
