package ddl.stdlib.plot;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * An image or heat map painted under the chart: one pixel per cell in a small image, scaled to the
 * cells' place on the plot without smoothing (as matplotlib's "nearest").
 */
final class PngImage {
  private PngImage() {}

  static void draw(ImageLayer l, PngPanel p) {
    p.occupyAll();
    BufferedImage img = new BufferedImage(l.w(), l.h(), BufferedImage.TYPE_INT_ARGB);
    for (int i = 0; i < l.h(); i++) {
      for (int j = 0; j < l.w(); j++) {
        Colors.Rgb c = l.color(i, j);
        img.setRGB(j, i, c == null ? 0 : 0xff000000 | (c.r() << 16) | (c.g() << 8) | c.b());
      }
    }
    p.under.add(
        g -> {
          double xa = p.px(l.x0());
          double xb = p.px(l.x1());
          double ya = p.py(l.y0()); // the pixel row where image row 0 starts
          double yb = p.py(l.y1());
          g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
          g.drawImage(img, (int) Math.round(xa), (int) Math.round(ya), (int) Math.round(xb),
              (int) Math.round(yb), 0, 0, l.w(), l.h(), null);
        });
  }
}
