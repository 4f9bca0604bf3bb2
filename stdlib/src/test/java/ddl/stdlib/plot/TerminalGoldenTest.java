package ddl.stdlib.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The terminal renderings of the lecture figures at 72×22, in Unicode and ASCII, with and without
 * colour, against {@code src/test/resources/plot/<figure>.<mode>.txt}. Run with {@code
 * -Dgolden.update=true} to rewrite the files, then review the diff.
 */
class TerminalGoldenTest {
  static final Path DIR = Path.of("src/test/resources/plot");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static final Map<String, Supplier<Figure>> FIGURES =
      Map.of(
          "scatter-lines", Lecture::candidates,
          "surface-path", Lecture::surfacePath,
          "loss-curve", Lecture::lossCurve,
          "hist", Lecture::histogram);

  static final Map<String, Context.Display> MODES =
      Map.of(
          "unicode", new Context.Display(72, 22, false, true),
          "unicode-color", new Context.Display(72, 22, true, true),
          "ascii", new Context.Display(72, 22, false, false),
          "ascii-color", new Context.Display(72, 22, true, false));

  @TestFactory
  List<DynamicTest> goldenRenderings() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String fig : new java.util.TreeSet<>(FIGURES.keySet())) {
      for (String mode : new java.util.TreeSet<>(MODES.keySet())) {
        String name = fig + "." + mode + ".txt";
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  String actual = FIGURES.get(fig).get().render(MODES.get(mode)) + "\n";
                  Path file = DIR.resolve(name);
                  if (UPDATE) {
                    Files.createDirectories(DIR);
                    Files.writeString(file, actual, StandardCharsets.UTF_8);
                  }
                  assertTrue(
                      Files.exists(file), "missing " + file + ": run with -Dgolden.update=true");
                  assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual);
                }));
      }
    }
    return tests;
  }

  /** Every figure fits the display exactly: the given number of lines, none wider than allowed. */
  @TestFactory
  List<DynamicTest> fitsTheDisplay() {
    List<DynamicTest> tests = new ArrayList<>();
    int[][] sizes = {{80, 24}, {40, 12}, {120, 40}, {30, 8}, {20, 6}};
    for (String fig : new java.util.TreeSet<>(FIGURES.keySet())) {
      for (int[] s : sizes) {
        for (boolean color : new boolean[] {false, true}) {
          for (boolean unicode : new boolean[] {false, true}) {
            Context.Display d = new Context.Display(s[0], s[1], color, unicode);
            tests.add(
                DynamicTest.dynamicTest(
                    fig + " " + d,
                    () -> {
                      String[] lines = FIGURES.get(fig).get().render(d).split("\n", -1);
                      assertEquals(s[1], lines.length);
                      for (String l : lines) {
                        String visible = l.replaceAll("\u001b\\[[0-9;]*m", "");
                        assertTrue(visible.length() <= s[0], "too wide: '" + visible + "'");
                        if (!unicode) {
                          assertTrue(visible.chars().allMatch(c -> c < 128), "not ASCII: " + l);
                        }
                        if (!color) {
                          assertTrue(l.indexOf('\u001b') < 0, "escape without colour: " + l);
                        }
                      }
                    }));
          }
        }
      }
    }
    return tests;
  }

  static String read(String name) throws IOException {
    return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
  }
}
