package ddl.stdlib.plot;

import ddl.stdlib.Tensor;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Image files read into arrays, as matplotlib's imread: channels as floats in [0, 1]. */
final class Images {
  private Images() {}

  static Tensor read(String name) {
    File f = new File(name);
    if (!f.isFile()) {
      throw new IllegalArgumentException("[Errno 2] No such file or directory: '" + name + "'");
    }
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    BufferedImage img;
    try {
      img = ImageIO.read(f);
    } catch (IOException e) {
      throw new UncheckedIOException("imread: cannot read '" + name + "': " + e.getMessage(), e);
    }
    if (img == null) {
      throw new IllegalArgumentException("imread: '" + name + "' is not an image ddl can read (PNG, JPEG, GIF, BMP)");
    }
    int h = img.getHeight();
    int w = img.getWidth();
    int ch = img.getColorModel().hasAlpha() ? 4 : 3;
    double[] d = new double[h * w * ch];
    for (int i = 0; i < h; i++) {
      for (int j = 0; j < w; j++) {
        int argb = img.getRGB(j, i);
        int k = (i * w + j) * ch;
        d[k] = ((argb >> 16) & 0xff) / 255.0;
        d[k + 1] = ((argb >> 8) & 0xff) / 255.0;
        d[k + 2] = (argb & 0xff) / 255.0;
        if (ch == 4) {
          d[k + 3] = ((argb >>> 24) & 0xff) / 255.0;
        }
      }
    }
    return Tensor.wrap(d, h, w, ch);
  }
}
