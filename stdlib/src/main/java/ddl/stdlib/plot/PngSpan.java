package ddl.stdlib.plot;

import java.awt.Color;

/** A span painted as a rectangle across the plot area, under the chart. */
final class PngSpan {
  private PngSpan() {}

  static void draw(SpanLayer l, PngPanel p) {
    Color c = PngPanel.awt(l.style().color(), Double.isNaN(l.style().alpha()) ? 0.3 : l.style().alpha());
    p.legendOnly(l.style().label(), c, Layer.Mark.FILL, l.vertical() ? l.from() : p.sx.invert(p.ax0), l.vertical() ? p.sy.invert(p.ay0) : l.from());
    p.under.add(
        g -> {
          g.setColor(c);
          if (l.vertical()) {
            double a = p.px(l.from());
            double b = p.px(l.to());
            g.fillRect((int) Math.round(Math.min(a, b)), (int) p.area.top,
                (int) Math.round(Math.abs(b - a)), (int) (p.area.bottom - p.area.top));
          } else {
            double a = p.py(l.from());
            double b = p.py(l.to());
            g.fillRect((int) p.area.left, (int) Math.round(Math.min(a, b)),
                (int) (p.area.right - p.area.left), (int) Math.round(Math.abs(b - a)));
          }
        });
  }
}
