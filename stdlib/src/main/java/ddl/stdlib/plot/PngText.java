package ddl.stdlib.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;

/** Text painted over the chart, its baseline's left end at the data point, as matplotlib's. */
final class PngText {
  private PngText() {}

  static void draw(TextLayer l, PngPanel p) {
    Color c = l.style().color() == null ? Color.BLACK : PngPanel.awt(l.style().color());
    p.occupy(l.x(), l.y());
    p.over.add(
        g -> {
          g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
          g.setColor(c);
          g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
          g.drawString(l.text(), (float) p.px(l.x()), (float) p.py(l.y()));
        });
  }
}
