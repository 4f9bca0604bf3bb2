package ddl.stdlib.plot;

import org.knowm.xchart.style.Styler;

/**
 * Where a PNG legend goes: the first corner of the plot (upper right, upper left, lower right,
 * lower left, then top and bottom centre) whose box holds no ink, as matplotlib's "best"; outside
 * on the right when every corner is taken.
 */
final class LegendPlacement {
  private LegendPlacement() {}

  static Styler.LegendPosition choose(Figure p, boolean[][] ink, int width, int height) {
    int entries = 0;
    int longest = 0;
    for (Figure f : p.twin == null ? java.util.List.of(p) : java.util.List.of(p, p.twin)) {
      for (Layer l : f.layers) {
        if (l.style().label() != null) {
          entries++;
          longest = Math.max(longest, l.style().label().length());
        }
      }
    }
    // the plot area is about the chart less its axes and titles; the legend about 7 px a letter
    double plotW = Math.max(1, width - 90);
    double plotH = Math.max(1, height - 100);
    double fw = Math.min(1, (longest * 7.5 + 60) / plotW);
    double fh = Math.min(1, (entries * 19 + 16) / plotH);
    Object[][] corners = {
      {Styler.LegendPosition.InsideNE, 1 - fw, 1 - fh},
      {Styler.LegendPosition.InsideNW, 0.0, 1 - fh},
      {Styler.LegendPosition.InsideSE, 1 - fw, 0.0},
      {Styler.LegendPosition.InsideSW, 0.0, 0.0},
      {Styler.LegendPosition.InsideN, (1 - fw) / 2, 1 - fh},
      {Styler.LegendPosition.InsideS, (1 - fw) / 2, 0.0},
    };
    for (Object[] c : corners) {
      if (free(ink, (Double) c[1], (Double) c[2], fw, fh)) {
        return (Styler.LegendPosition) c[0];
      }
    }
    return Styler.LegendPosition.OutsideE;
  }

  /** No inked cell within the box (fractions of the plot area, from the bottom left). */
  private static boolean free(boolean[][] ink, double u, double v, double fw, double fh) {
    int n = ink.length;
    int c0 = Math.max(0, (int) Math.floor(u * n) - 1);
    int c1 = Math.min(n - 1, (int) Math.ceil((u + fw) * n));
    int r0 = Math.max(0, (int) Math.floor(v * n) - 1);
    int r1 = Math.min(n - 1, (int) Math.ceil((v + fh) * n));
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        if (ink[r][c]) {
          return false;
        }
      }
    }
    return true;
  }
}
