package ddl.stdlib.plot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Saves figures as PNG through XChart. Only PNG: XChart's SVG and PDF export need jars under
 * licences ddl does not ship. The chart itself is built by {@link Charts}, a separate class so that
 * no AWT class is loaded before headless mode is set.
 */
final class PngExport {
  private PngExport() {}

  /**
   * Writes {@code fig} to {@code path} as a PNG of {@code width × height} pixels.
   *
   * @return the path written
   * @throws IllegalArgumentException when the name does not end in .png or the size is not positive
   * @throws UncheckedIOException when the file cannot be written
   */
  static String save(Figure fig, String path, int width, int height) {
    if (!path.toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw new IllegalArgumentException(
          "save: only PNG images can be written, found '" + path + "' (use a name ending in .png)");
    }
    if (width < 50 || height < 50) {
      throw new IllegalArgumentException(
          "save: the image must be at least 50×50 pixels, found " + width + "×" + height);
    }
    // AWT reads this once, when it first loads: drawing offscreen must not need a display. It is
    // the JVM's global switch; a figure is never shown in a window, so it is always what ddl wants.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Path p = Path.of(path);
    try {
      if (p.toAbsolutePath().getParent() != null) {
        Files.createDirectories(p.toAbsolutePath().getParent());
      }
      try (OutputStream out = Files.newOutputStream(p)) {
        // the stream form of saveBitmap: the file-name form would append its own extension
        Charts.writePng(fig, width, height, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("save: cannot write '" + path + "': " + e.getMessage(), e);
    }
    return path;
  }
}
