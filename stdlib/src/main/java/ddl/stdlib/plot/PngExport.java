package ddl.stdlib.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Writes figures as PNG. Only PNG: XChart's SVG and PDF export need jars under licences ddl does
 * not ship. The image is drawn by {@link PngRenderer}, a separate class so that no AWT class is
 * loaded before headless mode is set.
 */
final class PngExport {
  private PngExport() {}

  /**
   * The figure as PNG bytes of {@code width × height} pixels.
   *
   * @throws IllegalArgumentException when the size is below 50×50
   */
  static byte[] bytes(Figure fig, int width, int height) {
    if (width < 50 || height < 50) {
      throw new IllegalArgumentException(
          "save: the image must be at least 50×50 pixels, found " + width + "×" + height);
    }
    // AWT reads this once, when it first loads: drawing offscreen must not need a display. It is
    // the JVM's global switch; a figure is never shown in a window, so it is always what ddl wants.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(PngRenderer.image(fig, width, height), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes {@code fig} to {@code path} as a PNG of {@code width × height} pixels.
   *
   * @return the path written
   * @throws IllegalArgumentException when the name does not end in .png or the size is too small
   * @throws UncheckedIOException when the file cannot be written
   */
  static String save(Figure fig, String path, int width, int height) {
    if (!path.toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw new IllegalArgumentException(
          "save: only PNG images can be written, found '" + path + "' (use a name ending in .png)");
    }
    byte[] png = bytes(fig, width, height);
    Path p = Path.of(path);
    try {
      if (p.toAbsolutePath().getParent() != null) {
        Files.createDirectories(p.toAbsolutePath().getParent());
      }
      Files.write(p, png);
    } catch (IOException e) {
      throw new UncheckedIOException("save: cannot write '" + path + "': " + e.getMessage(), e);
    }
    return path;
  }
}
