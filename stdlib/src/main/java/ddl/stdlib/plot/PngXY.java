package ddl.stdlib.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import org.knowm.xchart.XYSeries;

/**
 * Lines and points as XChart series; a scatter of many points is painted directly (a filled
 * square per point), which XChart's per-marker shapes would take seconds over.
 */
final class PngXY {
  /** From this many points a scatter is painted rather than given to XChart. */
  static final int PAINTED = 20_000;

  private PngXY() {}

  static void draw(XYLayer l, PngPanel p) {
    Style st = l.style();
    Color c = PngPanel.awt(st.color());
    double[] x = l.x();
    double[] y = l.y();
    int stride = Math.max(1, x.length / 4000);
    for (int i = 0; i < x.length; i += stride) {
      if (st.hasLine() && i + stride < x.length) {
        p.occupySegment(x[i], y[i], x[i + stride], y[i + stride]);
      } else {
        p.occupy(x[i], y[i]);
      }
    }
    if (!st.hasLine() && x.length >= PAINTED) {
      p.legendOnly(st.label(), c, Layer.Mark.POINT, x[0], y[0]);
      p.under.add(g -> paint(g, l, p, c));
      return;
    }
    XYSeries s = p.series(st.label(), x, y);
    if (st.hasLine()) {
      PngStyles.line(s, c, st, 2.2f);
      if (st.marker() != 0 && x.length <= 200) {
        s.setMarker(PngStyles.marker(st.marker()));
        s.setMarkerColor(c);
      }
    } else {
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(PngStyles.marker(st.marker()));
      s.setMarkerColor(c);
    }
  }

  private static void paint(Graphics2D g, XYLayer l, PngPanel p, Color c) {
    g.setColor(c);
    double[] x = l.x();
    double[] y = l.y();
    for (int i = 0; i < x.length; i++) {
      double u = p.px(x[i]);
      double v = p.py(y[i]);
      if (Double.isFinite(u) && Double.isFinite(v)) {
        g.fillRect((int) u - 1, (int) v - 1, 3, 3);
      }
    }
  }
}
