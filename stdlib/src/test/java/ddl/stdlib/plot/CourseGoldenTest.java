package ddl.stdlib.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.Context;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The terminal drawings of the course's figures at 80×24 and 120×40, with and without colour,
 * against {@code src/test/resources/plot/course/<figure>.<size>[-color].txt}. Run with {@code
 * -Dgolden.update=true} to rewrite the files, then review the diff.
 */
class CourseGoldenTest {
  static final Path DIR = Path.of("src/test/resources/plot/course");

  static Map<String, Supplier<Figure>> figures() {
    Map<String, Supplier<Figure>> m = new TreeMap<>();
    m.put("candidates", Lecture::candidates);
    m.put("surface-path", Lecture::surfacePath);
    m.put("heatmap", Course::heatmap);
    m.put("contour", Course::contour);
    m.put("grid", Course::grid);
    m.put("band", Course::band);
    m.put("maxpool", Course::maxPool);
    m.put("training-curve", Course::trainingCurve);
    m.put("twinx", Course::twin);
    return m;
  }

  @TestFactory
  List<DynamicTest> golden() {
    List<DynamicTest> tests = new ArrayList<>();
    int[][] sizes = {{80, 24}, {120, 40}};
    for (Map.Entry<String, Supplier<Figure>> e : figures().entrySet()) {
      for (int[] s : sizes) {
        for (boolean color : new boolean[] {false, true}) {
          String name = e.getKey() + "." + s[0] + "x" + s[1] + (color ? "-color" : "") + ".txt";
          Context.Display d = new Context.Display(s[0], s[1], color, true);
          tests.add(
              DynamicTest.dynamicTest(
                  name,
                  () -> {
                    String actual = e.getValue().get().render(d) + "\n";
                    Path file = DIR.resolve(name);
                    if (TerminalGoldenTest.UPDATE) {
                      Files.createDirectories(DIR);
                      Files.writeString(file, actual, StandardCharsets.UTF_8);
                    }
                    assertTrue(Files.exists(file), "missing " + file + ": run with -Dgolden.update=true");
                    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual);
                    String[] lines = actual.split("\n");
                    assertEquals(s[1], lines.length);
                    for (String l : lines) {
                      assertTrue(l.replaceAll("\u001b\\[[0-9;]*m", "").length() <= s[0], l);
                    }
                  }));
        }
      }
    }
    return tests;
  }
}
