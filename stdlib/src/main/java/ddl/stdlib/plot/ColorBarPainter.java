package ddl.stdlib.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/** The colour bar of a PNG: the colormap from low (bottom) to high (top), with five values. */
final class ColorBarPainter {
  private ColorBarPainter() {}

  static void paint(Graphics2D g, Layer.ColorBar bar, int left, double top, double bottom) {
    int w = 16;
    int t = (int) Math.round(top);
    int b = (int) Math.round(bottom);
    for (int y = t; y <= b; y++) {
      double v = 1 - (double) (y - t) / Math.max(1, b - t);
      if (bar.levels() != null) {
        // filled contours: one colour per band
        double z = bar.lo() + v * (bar.hi() - bar.lo());
        int k = 0;
        while (k < bar.levels().length - 2 && z > bar.levels()[k + 1]) {
          k++;
        }
        g.setColor(PngPanel.awt(bar.cmap().level(k, bar.levels().length - 1)));
      } else {
        g.setColor(PngPanel.awt(bar.cmap().at(v)));
      }
      g.drawLine(left, y, left + w, y);
    }
    g.setColor(Color.DARK_GRAY);
    g.drawRect(left, t, w, b - t);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    FontMetrics fm = g.getFontMetrics();
    for (int k = 0; k <= 4; k++) {
      double v = bar.lo() + (bar.hi() - bar.lo()) * k / 4;
      int y = (int) Math.round(b - (b - t) * k / 4.0);
      g.drawLine(left + w, y, left + w + 3, y);
      g.drawString(Ticks.compact(v), left + w + 6, y + fm.getAscent() / 2 - 1);
    }
  }
}
