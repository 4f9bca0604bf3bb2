package ddl.stdlib.plot;

import java.awt.Color;

/** Bars painted as filled rectangles under the chart, with an outline in the bar colour. */
final class PngBars {
  private PngBars() {}

  /** The bars' outlines as one XChart line, a gap after each bar. */
  private static void outline(BarsLayer l, PngPanel p, Color edge) {
    int n = l.left().length;
    double[] x = new double[n * 6];
    double[] y = new double[n * 6];
    for (int i = 0; i < n; i++) {
      double[] xs = {l.left()[i], l.left()[i], l.right()[i], l.right()[i], l.left()[i], l.left()[i]};
      double[] ys = {l.bottom()[i], l.top()[i], l.top()[i], l.bottom()[i], l.bottom()[i], Double.NaN};
      System.arraycopy(xs, 0, x, i * 6, 6);
      System.arraycopy(ys, 0, y, i * 6, 6);
    }
    PngStyles.line(p.series(null, x, y), edge, Style.DEFAULT, 1f);
  }

  static void draw(BarsLayer l, PngPanel p) {
    Color fill = PngPanel.awt(l.style().color(), Double.isNaN(l.style().alpha()) ? 0.75 : l.style().alpha());
    Color edge = PngPanel.awt(l.style().color());
    for (int i = 0; i < l.left().length; i++) {
      for (int k = 0; k <= 4; k++) {
        double x = l.left()[i] + (l.right()[i] - l.left()[i]) * k / 4;
        p.occupySegment(x, l.bottom()[i], x, l.top()[i]);
      }
    }
    p.legendOnly(l.style().label(), fill, Layer.Mark.FILL, l.left()[0], l.bottom()[0]);
    outline(l, p, edge);
    p.under.add(
        g -> {
          for (int i = 0; i < l.left().length; i++) {
            double x0 = p.px(l.left()[i]);
            double x1 = p.px(l.right()[i]);
            double ya = p.py(l.top()[i]);
            double yb = p.py(l.bottom()[i]);
            if (Double.isNaN(yb)) {
              yb = p.area.bottom; // a log axis has no 0: bars start at its bottom
            }
            if (!(Double.isFinite(x0) && Double.isFinite(x1) && Double.isFinite(ya))) {
              continue;
            }
            int left = (int) Math.round(Math.min(x0, x1));
            int top = (int) Math.round(Math.min(ya, yb));
            int w = (int) Math.round(Math.abs(x1 - x0));
            int h = (int) Math.round(Math.abs(yb - ya));
            g.setColor(fill);
            g.fillRect(left, top, w, h);
          }
        });
  }
}
