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

  private static void check(String name, String example) {
    runs("set_printoptions", DEFAULT_PRINT_OPTIONS);
    // the examples name files from the project's root, where ./ddl runs; the tests run in dsl/
    String[] lines = example.replace("\"examples/", "\"../examples/").split("\n");
    StringBuilder before = new StringBuilder();
    for (String line : lines) {
      int mark = line.indexOf(ARROW);
      if (mark < 0) {
        before.append(line).append('\n');
        continue;
      }
      if (before.length() > 0) {
        runs(name, before.toString());
        before.setLength(0);
      }
      String want = line.substring(mark + ARROW.length()).strip();
      String got = run(line.substring(0, mark)).strip();
      assertEquals(want, got, "the example of " + name + ": " + line.strip());
    }
    if (before.length() > 0) {
      runs(name, before.toString());
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
