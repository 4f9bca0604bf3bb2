package ddl.stdlib.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a surface as a heat map of character cells, one grid value per cell (the nearest grid point
 * to the cell's centre), with a colour bar on the right and the figure's series (the
 * gradient-descent path) drawn over it in braille. Levels are linear between the smallest and
 * largest finite value: coloured cell backgrounds (viridis) with colour, the shades {@code ░▒▓█}
 * without, and the ramp {@code " .:-=+*#%@"} in ASCII.
 */
final class HeatMap {
  static final String SHADES = " ░▒▓█";
  static final String ASCII_RAMP = " .:-=+*#%@";

  /** Overlay symbols in ASCII: none of them is on the ramp. */
  private static final String OVERLAY_SYMBOLS = "ox&$";

  /** Default overlay colours (terminal and PNG): warm colours that stand out on viridis. */
  static final List<Colors.Rgb> OVERLAY_COLORS =
      List.of(
          Colors.parse("red"), Colors.parse("orange"), Colors.parse("pink"), Colors.parse("cyan"));

  private HeatMap() {}

  static void draw(Figure fig, Grid grid, boolean unicode, boolean color) {
    Surface s = fig.surface();
    double[] zr = s.range();
    String[] barLabels = {
      Ticks.compact(zr[1]), Ticks.compact((zr[0] + zr[1]) / 2), Ticks.compact(zr[0])
    };
    int labelWidth = 0;
    for (String l : barLabels) {
      labelWidth = Math.max(labelWidth, l.length());
    }
    List<Series> over = fig.series();
    List<XYPlot.Style> styles = new ArrayList<>();
    List<Frame.Entry> legend = new ArrayList<>();
    for (int i = 0; i < over.size(); i++) {
      Series o = over.get(i);
      Colors.Rgb c = o.color() != null ? o.color() : OVERLAY_COLORS.get(i % OVERLAY_COLORS.size());
      char sym = OVERLAY_SYMBOLS.charAt(i % OVERLAY_SYMBOLS.length());
      String marker = unicode ? (o.kind() == Series.Kind.POINTS ? "•" : "──") : "" + sym + sym;
      styles.add(new XYPlot.Style(c, sym, 0, marker));
      if (fig.showLegend()) {
        legend.add(new Frame.Entry(marker, c, o.label()));
      }
    }
    double[] a = s.p0();
    double[] b = s.p1();
    Frame f =
        Frame.draw(
            grid,
            unicode,
            fig.title(),
            fig.xlabel(),
            fig.ylabel(),
            legend,
            labelWidth + 4,
            n -> Ticks.linear(a[0], a[a.length - 1], n, false),
            n -> Ticks.linear(b[0], b[b.length - 1], n, false));
    for (int r = 0; r < f.rows; r++) {
      double yv = f.y.hi() - (r + 0.5) / f.rows * (f.y.hi() - f.y.lo());
      int j = Surface.nearest(b, yv);
      for (int c = 0; c < f.cols; c++) {
        double xv = f.x.lo() + (c + 0.5) / f.cols * (f.x.hi() - f.x.lo());
        double z = s.z()[Surface.nearest(a, xv)][j];
        cell(grid, f.left + c, f.top + r, level(z, zr), unicode, color);
      }
    }
    int barCol = f.left + f.cols + 1;
    for (int r = 0; r < f.rows; r++) {
      double t = 1 - (r + 0.5) / f.rows;
      cell(grid, barCol, f.top + r, t, unicode, color);
      cell(grid, barCol + 1, f.top + r, t, unicode, color);
    }
    grid.text(barCol + 3, f.top, barLabels[0], null);
    if (f.rows >= 5) {
      grid.text(barCol + 3, f.top + f.rows / 2, barLabels[1], null);
    }
    grid.text(barCol + 3, f.top + f.rows - 1, barLabels[2], null);
    Canvas canvas = new Canvas(f.cols, f.rows);
    XYPlot.drawAll(canvas, f, over, styles, false);
    canvas.drawTo(grid, f.left, f.top, unicode);
  }

  /** The level in [0, 1] of a value; +inf is the top and NaN is -1 (drawn as a blank). */
  static double level(double z, double[] range) {
    if (Double.isNaN(z)) {
      return -1;
    }
    if (range[1] == range[0]) {
      return 0.5;
    }
    return Math.max(0, Math.min(1, (z - range[0]) / (range[1] - range[0])));
  }

  private static void cell(Grid g, int col, int row, double t, boolean unicode, boolean color) {
    if (t < 0) {
      g.put(col, row, ' ', null);
    } else if (color) {
      g.put(col, row, ' ', null);
      g.background(col, row, Colors.ramp(t));
    } else {
      String ramp = unicode ? SHADES : ASCII_RAMP;
      g.put(col, row, ramp.charAt(Math.min(ramp.length() - 1, (int) (t * ramp.length()))), null);
    }
  }
}
