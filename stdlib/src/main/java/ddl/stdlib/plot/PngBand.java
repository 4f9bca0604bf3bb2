package ddl.stdlib.plot;

import java.awt.Color;
import java.awt.geom.Path2D;

/** A band painted as a filled polygon under the chart: along the upper curve, back along the lower. */
final class PngBand {
  private PngBand() {}

  static void draw(BandLayer l, PngPanel p) {
    Color c = PngPanel.awt(l.style().color(), Double.isNaN(l.style().alpha()) ? 1 : l.style().alpha());
    double[] x = l.x();
    int stride = Math.max(1, x.length / 500);
    for (int i = 0; i < x.length; i += stride) {
      p.occupySegment(x[i], l.lo()[i], x[i], l.hi()[i]);
    }
    p.legendOnly(l.style().label(), c, Layer.Mark.FILL, x[0], l.lo()[0]);
    // its edges as XChart lines, in the band's colour, as matplotlib outlines a fill
    PngStyles.line(p.series(null, x, l.lo()), c, Style.DEFAULT, 1f);
    PngStyles.line(p.series(null, x, l.hi()), c, Style.DEFAULT, 1f);
    p.under.add(
        g -> {
          Path2D.Double path = new Path2D.Double();
          boolean open = false;
          int start = 0;
          // a non-finite value splits the band, as matplotlib leaves a gap
          for (int i = 0; i <= x.length; i++) {
            boolean ok = i < x.length && finite(p, x[i], l.lo()[i], l.hi()[i]);
            if (ok && !open) {
              start = i;
              open = true;
            } else if (!ok && open) {
              path.moveTo(p.px(x[start]), p.py(l.hi()[start]));
              for (int k = start + 1; k < i; k++) {
                path.lineTo(p.px(x[k]), p.py(l.hi()[k]));
              }
              for (int k = i - 1; k >= start; k--) {
                path.lineTo(p.px(x[k]), p.py(l.lo()[k]));
              }
              path.closePath();
              open = false;
            }
          }
          g.setColor(c);
          g.fill(path);
        });
  }

  private static boolean finite(PngPanel p, double x, double lo, double hi) {
    return Double.isFinite(p.px(x)) && Double.isFinite(p.py(lo)) && Double.isFinite(p.py(hi));
  }
}
