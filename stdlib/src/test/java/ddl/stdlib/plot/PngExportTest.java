package ddl.stdlib.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.Tensor;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG files written through XChart and read back: size, ink in the plot area, series colours. */
class PngExportTest {
  @TempDir Path dir;

  @Test
  void scatterWithLinesHasTheLineColours() throws Exception {
    Figure fig =
        Lecture.data().line(Tensor.of(300.0, 10), "red").line(Tensor.of(100.0, 13), "green");
    String path = dir.resolve("lines.png").toString();
    assertEquals(path, fig.save(path));
    BufferedImage img = ImageIO.read(new File(path));
    assertEquals(800, img.getWidth());
    assertEquals(600, img.getHeight());
    assertTrue(inkInPlotArea(img) > 1000, "blank plot area");
    assertTrue(count(img, Colors.parse("red")) > 50, "no red line");
    assertTrue(count(img, Colors.parse("green")) > 50, "no green line");
    assertTrue(count(img, Colors.CYCLE.get(0)) > 20, "no blue points");
  }

  @Test
  void surfaceHasContoursAndThePath() throws Exception {
    String path = Lecture.surfacePath().save(dir.resolve("surface.png").toString(), 640L, 480L);
    BufferedImage img = ImageIO.read(new File(path));
    assertEquals(640, img.getWidth());
    assertEquals(480, img.getHeight());
    assertTrue(inkInPlotArea(img) > 1000);
    assertTrue(count(img, Colors.parse("red")) > 50, "no red path");
    assertTrue(count(img, Colors.RAMP.get(0)) > 10, "no lowest contour");
  }

  @Test
  void curveAndHistogramAreDrawn() throws Exception {
    for (Figure fig : new Figure[] {Lecture.lossCurve(), Lecture.histogram()}) {
      BufferedImage img = ImageIO.read(new File(fig.save(dir.resolve("f.png").toString())));
      assertTrue(inkInPlotArea(img) > 300, "blank plot area: " + fig.title());
      assertTrue(count(img, Colors.CYCLE.get(0)) > 50, "no series colour: " + fig.title());
    }
  }

  @Test
  void anEmptyFigureStillSaves() throws Exception {
    Figure fig = new Figure().title("nothing yet");
    assertTrue(ImageIO.read(new File(fig.save(dir.resolve("e.png").toString()))) != null);
  }

  @Test
  void onlyPng() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lecture.data().save("fig.svg"));
    assertEquals(
        "save: only PNG images can be written, found 'fig.svg' (use a name ending in .png)",
        e.getMessage());
  }

  /** Pixels that are not near-white in the middle half of the image, where the plot is. */
  static int inkInPlotArea(BufferedImage img) {
    int n = 0;
    for (int y = img.getHeight() / 4; y < img.getHeight() * 3 / 4; y++) {
      for (int x = img.getWidth() / 4; x < img.getWidth() * 3 / 4; x++) {
        int rgb = img.getRGB(x, y);
        if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 235) {
          n++;
        }
      }
    }
    return n;
  }

  /** Pixels within a small distance of a colour (antialiased edges are not counted). */
  static int count(BufferedImage img, Colors.Rgb c) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int dr = ((rgb >> 16) & 0xff) - c.r();
        int dg = ((rgb >> 8) & 0xff) - c.g();
        int db = (rgb & 0xff) - c.b();
        if (dr * dr + dg * dg + db * db < 12 * 12) {
          n++;
        }
      }
    }
    return n;
  }
}
