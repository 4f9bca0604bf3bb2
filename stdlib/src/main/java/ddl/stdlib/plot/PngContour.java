package ddl.stdlib.plot;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Contours in a PNG: each level's marching-squares segments as one XChart line (gaps between
 * segments); filled contours painted under the chart, pixel by pixel, from the bilinear
 * interpolation of the field.
 */
final class PngContour {
  private PngContour() {}

  static void draw(ContourLayer l, PngPanel p) {
    Field f = l.field();
    if (l.filled()) {
      p.occupyAll();
      p.under.add(
          g -> {
            int x0 = (int) Math.floor(Math.min(p.px(f.xs()[0]), p.px(f.xs()[f.xs().length - 1])));
            int x1 = (int) Math.ceil(Math.max(p.px(f.xs()[0]), p.px(f.xs()[f.xs().length - 1])));
            int y0 = (int) Math.floor(Math.min(p.py(f.ys()[0]), p.py(f.ys()[f.ys().length - 1])));
            int y1 = (int) Math.ceil(Math.max(p.py(f.ys()[0]), p.py(f.ys()[f.ys().length - 1])));
            int w = Math.max(1, x1 - x0);
            int h = Math.max(1, y1 - y0);
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            for (int r = 0; r < h; r++) {
              double y = p.dataY(y0 + r + 0.5);
              for (int c = 0; c < w; c++) {
                int band = l.band(f.interpolate(p.dataX(x0 + c + 0.5), y));
                if (band >= 0) {
                  Colors.Rgb rgb = l.levelColor(band);
                  img.setRGB(c, r, 0xff000000 | (rgb.r() << 16) | (rgb.g() << 8) | rgb.b());
                }
              }
            }
            g.drawImage(img, x0, y0, null);
          });
      return;
    }
    double[] levels = l.levels();
    for (int k = 0; k < levels.length; k++) {
      List<double[]> segs = f.segments(levels[k]);
      if (segs.isEmpty()) {
        continue;
      }
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (double[] s : segs) {
        xs.add(s[0]);
        ys.add(s[1]);
        xs.add(s[2]);
        ys.add(s[3]);
        xs.add(s[2]);
        ys.add(Double.NaN);
        p.occupySegment(s[0], s[1], s[2], s[3]);
      }
      double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
      double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
      PngStyles.line(p.series(null, x, y), PngPanel.awt(l.levelColor(k)), l.style(), 1.5f);
    }
  }
}
