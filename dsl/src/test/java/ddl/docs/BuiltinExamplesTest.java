package ddl.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.ErrorRenderer;
import ddl.lang.Source;
import ddl.stdlib.Builtin;
import ddl.stdlib.Builtins;
import ddl.stdlib.Values;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the example of every built-in (what {@code help} and docs/builtins.md show), after only
 * lecture 1's data and loss are defined. Every line runs without an error, and a line that ends in
 * {@code # => text} prints that text: its output and the display of its value (or its error, when
 * the example shows one). One session runs them all, in the registry's order.
 */
class BuiltinExamplesTest {
  private static final String ARROW = "# =>";
  private static ByteArrayOutputStream bytes;
  private static PrintStream out;
  private static Engine engine;
  /** Whether the last {@link #run} ended in an error. */
  private static boolean failed;

  /**
   * The names lecture 1 defines, which the examples of its built-ins use as a student would
   * after its first steps ({@code gd(linear(), x, y)}, {@code grad(loss)}).
   */
  private static final String LECTURE = """
      x = [50, 70, 30, 120, 85, 40, 95, 60]
      y = [900.0, 1200, 600, 2000, 1450, 700, 1600, 1000]
      def loss(phi) = sum((phi[0] + phi[1] * x - y) ** 2)
      phi = [50.0, 16.0]
      fit = gd(linear(), x, y, lr=1e-5, steps=10)
      a = [1, 2, 3]
      p0 = linspace(-400, 600, 21)
      p1 = linspace(5, 25, 21)
      L = zeros(21, 21)
      for i in range(21) { for j in range(21) { L[j, i] = loss([p0[i], p1[j]]) } }
      """;

  @BeforeAll
  static void start() {
    bytes = new ByteArrayOutputStream();
    out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    engine = Engine.create(out, out, List.of());
    engine.eval(new Source("<lecture 1>", LECTURE), false);
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  @TestFactory
  Stream<DynamicTest> everyExampleRunsAndShowsWhatItSays() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Builtins.Info info : Builtins.all().values()) {
      Builtin b = info.method().getAnnotation(Builtin.class);
      boolean alias = !info.name().equals(b.name().isEmpty() ? info.method().getName() : b.name());
      if (alias || info.example() == null || info.example().isBlank()) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(info.name(), () -> check(info.name(), info.example().strip())));
    }
    return tests.stream();
  }

  /** numpy's default print options, set again before each example, since some change them. */
  private static final String DEFAULT_PRINT_OPTIONS =
      "set_printoptions(precision=8, suppress=false, linewidth=75, threshold=1000, edgeitems=3)";

  /**
   * Checks one example. A result is written after the code on its line ({@code sum(a)  # => 6})
   * or, when it takes several lines, on the lines after it: {@code # => [[1 2]} then
   * {@code #     [3 4]]}, each continuation line's text after the column where the first began.
   */
  private static void check(String name, String example) {
    // each example starts from lecture 1's names and numpy's print options, whatever ran before
    runs("lecture 1", LECTURE + DEFAULT_PRINT_OPTIONS);
    // the examples name files from the project's root, where ./ddl runs; the tests run in dsl/
    String[] lines = example.replace("\"examples/", "\"../examples/").replace("\"docs/", "\"../docs/")
        .split("\n");
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int mark = line.indexOf(ARROW);
      if (mark < 0) {
        code.append(line).append('\n');
        continue;
      }
      StringBuilder want = new StringBuilder(line.substring(mark + ARROW.length()).strip());
      String before = line.substring(0, mark);
      if (before.isBlank()) {
        // the result of the lines before, perhaps over several lines
        int column = mark + ARROW.length() + 1;
        while (i + 1 < lines.length && lines[i + 1].startsWith("#") && !lines[i + 1].contains(ARROW)) {
          String next = lines[++i];
          want.append('\n').append(next.length() > column ? next.substring(column) : "");
        }
        before = code.toString();
        code.setLength(0);
      } else if (code.length() > 0) {
        runs(name, code.toString());
        code.setLength(0);
      }
      String got = run(before).strip();
      assertEquals(want.toString().strip(), got, "the example of " + name + ": " + example);
    }
    if (code.length() > 0) {
      runs(name, code.toString());
    }
  }

  /** Runs lines that show no result: they must not fail. */
  private static void runs(String name, String code) {
    String shown = run(code);
    if (failed) {
      throw new AssertionError("the example of " + name + " fails:\n" + shown);
    }
  }

  /** What one input prints: its output, the display of a final value, or its error. */
  private static String run(String code) {
    bytes.reset();
    failed = false;
    PrintStream sysOut = System.out;
    System.setOut(out);
    try {
      Engine.Result r = engine.eval(new Source("<example>", code.strip()), true);
      if (r.hasValue() && r.value() != null) {
        out.println(Values.display(r.value(), engine.context().printOptions()));
      }
    } catch (DdlError err) {
      failed = true;
      out.println(ErrorRenderer.render(err));
    } finally {
      System.setOut(sysOut);
    }
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
