package ddl.stdlib.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The PNGs of the course's figures: their size, the colours of pixels where the plot is known to
 * lie, and a small perceptual comparison (a tolerance, not bytes) against the references in
 * {@code src/test/resources/plot/png/} (rewritten with {@code -Dgolden.update=true}).
 */
class PngFiguresTest {
  static final Path DIR = Path.of("src/test/resources/plot/png");
  static final int W = 400;
  static final int H = 300;

  static BufferedImage image(Figure f, int w, int h) throws Exception {
    byte[] png = f.png((long) w, (long) h);
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  @TestFactory
  List<DynamicTest> closeToTheReferences() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Supplier<Figure>> e : CourseGoldenTest.figures().entrySet()) {
      tests.add(
          DynamicTest.dynamicTest(
              e.getKey(),
              () -> {
                BufferedImage img = image(e.getValue().get(), W, H);
                assertEquals(W, img.getWidth());
                assertEquals(H, img.getHeight());
                File ref = DIR.resolve(e.getKey() + ".png").toFile();
                if (TerminalGoldenTest.UPDATE) {
                  Files.createDirectories(DIR);
                  ImageIO.write(img, "png", ref);
                }
                assertTrue(ref.exists(), "missing " + ref + ": run with -Dgolden.update=true");
                double d = difference(img, ImageIO.read(ref));
                // fonts differ a little between machines; a changed plot moves far more
                assertTrue(d < 4.0, e.getKey() + ": mean difference " + d + " of 255 per channel");
              }));
    }
    return tests;
  }

  /** The mean absolute difference per channel of the two images blurred over 4×4 blocks. */
  static double difference(BufferedImage a, BufferedImage b) {
    assertEquals(a.getWidth(), b.getWidth());
    assertEquals(a.getHeight(), b.getHeight());
    double sum = 0;
    int n = 0;
    for (int y = 0; y + 4 <= a.getHeight(); y += 4) {
      for (int x = 0; x + 4 <= a.getWidth(); x += 4) {
        int[] ma = mean(a, x, y);
        int[] mb = mean(b, x, y);
        for (int c = 0; c < 3; c++) {
          sum += Math.abs(ma[c] - mb[c]);
          n++;
        }
      }
    }
    return sum / n;
  }

  private static int[] mean(BufferedImage img, int x0, int y0) {
    int[] m = new int[3];
    for (int y = y0; y < y0 + 4; y++) {
      for (int x = x0; x < x0 + 4; x++) {
        int rgb = img.getRGB(x, y);
        m[0] += (rgb >> 16) & 0xff;
        m[1] += (rgb >> 8) & 0xff;
        m[2] += rgb & 0xff;
      }
    }
    for (int c = 0; c < 3; c++) {
      m[c] /= 16;
    }
    return m;
  }

  static Colors.Rgb at(BufferedImage img, int x, int y) {
    int rgb = img.getRGB(x, y);
    return new Colors.Rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
  }

  static boolean near(Colors.Rgb a, Colors.Rgb b, int tol) {
    return Math.abs(a.r() - b.r()) <= tol && Math.abs(a.g() - b.g()) <= tol && Math.abs(a.b() - b.b()) <= tol;
  }

  @Test
  void maxPoolCellsHaveTheirGreys() throws Exception {
    // one panel alone: 0 is black, the maximum white, through the gray colormap
    Figure f = new Figure().imshow(Course.IMAGE, "gray", null, null, null, null, null);
    BufferedImage img = image(f, W, H);
    PngPanel.Area a = area(f);
    double cw = (a.right - a.left) / 4;
    double ch = (a.bottom - a.top) / 4;
    // row 0, column 2 holds 0; row 2, column 2 holds 9 (the maximum); row 1, column 1 holds 8
    assertTrue(near(at(img, (int) (a.left + 2.5 * cw), (int) (a.top + 0.5 * ch)), new Colors.Rgb(0, 0, 0), 3));
    assertTrue(near(at(img, (int) (a.left + 2.5 * cw), (int) (a.top + 2.5 * ch)), new Colors.Rgb(255, 255, 255), 3));
    Colors.Rgb eight = at(img, (int) (a.left + 1.5 * cw), (int) (a.top + 1.5 * ch));
    assertTrue(near(eight, Colormap.of("gray").at(8 / 9.0), 3), eight.toString());
  }

  @Test
  void heatMapCornersHaveTheColormapsEnds() throws Exception {
    // a 2×2 ramp, origin lower: the bottom left is the lowest value (dark purple), top right yellow
    Figure f = new Figure().heatmap(List.of(List.of(0.0, 1.0), List.of(2.0, 3.0)), null, null, null, null, "lower", null);
    BufferedImage img = image(f, W, H);
    PngPanel.Area a = area(f);
    Colors.Rgb low = at(img, (int) a.left + 10, (int) a.bottom - 10);
    Colors.Rgb high = at(img, (int) a.right - 10, (int) a.top + 10);
    assertTrue(near(low, Colormap.VIRIDIS.at(0), 3), low.toString());
    assertTrue(near(high, Colormap.VIRIDIS.at(1), 3), high.toString());
    // the colour bar beside the plot runs from the same purple to the same yellow
    int barX = W - 90 + 20;
    assertTrue(near(at(img, barX, (int) a.top + 3), Colormap.VIRIDIS.at(1), 12));
    assertTrue(near(at(img, barX, (int) a.bottom - 3), Colormap.VIRIDIS.at(0), 12));
  }

  @Test
  void aLegendDoesNotHideThePointAtTheTopRight() throws Exception {
    // the lecture's figure: the point (120, 2000) is the top right; the legend goes elsewhere
    Figure f = new Figure().scatter(ddl.stdlib.Tensor.of(50.0, 70, 30, 120, 85, 40, 95, 60),
            ddl.stdlib.Tensor.of(900.0, 1200, 600, 2000, 1450, 700, 1600, 1000), null, "flats", null)
        .line(ddl.stdlib.Tensor.of(50.0, 16), "green", "good", null, null)
        .line(ddl.stdlib.Tensor.of(800.0, 2), "red", "bad", null, null);
    BufferedImage img = image(f, 800, 600);
    PngPanel.Area a = area(f, 800, 600);
    PngPanel p = probe(f, 800, 600);
    int x = (int) Math.round(p.px(120));
    int y = (int) Math.round(p.py(2000));
    assertTrue(near(at(img, x, y), Colors.CYCLE.get(0), 30), "the point is covered: " + at(img, x, y));
    assertTrue(a.right > a.left);
  }

  @Test
  void bandAndLinesHaveTheirColours() throws Exception {
    BufferedImage img = image(Course.band(), W, H);
    PngPanel p = probe(Course.band(), W, H);
    // above the model line by 0.3, inside the band: the band's blue at 0.3 over white
    Colors.Rgb in = at(img, (int) p.px(0.5), (int) p.py(1.25 + 0.3));
    assertTrue(near(in, Colors.over(Colors.CYCLE.get(0), new Colors.Rgb(255, 255, 255), 0.3), 6), in.toString());
    Colors.Rgb out = at(img, (int) p.px(0.5), (int) p.py(1.25 + 0.6));
    assertTrue(near(out, new Colors.Rgb(255, 255, 255), 3), out.toString());
  }

  @Test
  void aGridIsOneImage() throws Exception {
    BufferedImage img = image(Course.grid(), 900, 700);
    assertEquals(900, img.getWidth());
    int blue = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        blue += near(at(img, x, y), Colors.CYCLE.get(0), 10) ? 1 : 0;
      }
    }
    assertTrue(blue > 9 * 100, "nine panels of blue lines, found " + blue + " blue pixels");
  }

  /** The plot area of a single-panel figure as laid out at that size. */
  static PngPanel.Area area(Figure f) {
    return area(f, W, H);
  }

  static PngPanel.Area area(Figure f, int w, int h) {
    return probe(f, w, h).area;
  }

  static PngPanel probe(Figure f, int w, int h) {
    return PngRenderer.layout(f, w, h);
  }
}
