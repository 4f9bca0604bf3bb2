package ddl.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.engine.Engine;
import ddl.lang.Source;
import ddl.stdlib.Builtin;
import ddl.stdlib.Builtins;
import ddl.stdlib.Values;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of the statistics, sorting, array manipulation and convolution built-ins run, and
 * one written {@code code  # => result} shows that result (the display of its last expression).
 */
class NumpyExamplesTest {
  private static final Set<String> CLASSES =
      Set.of("ReduceBuiltins", "OrderBuiltins", "ShapeBuiltins", "SignalBuiltins");

  @TestFactory
  Stream<DynamicTest> examples() {
    List<DynamicTest> tests = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Engine engine = Engine.create(out, out, List.of())) {
      for (Builtins.Info info : Builtins.all().values()) {
        if (!CLASSES.contains(info.method().getDeclaringClass().getSimpleName())) {
          continue;
        }
        String example = info.method().getAnnotation(Builtin.class).example();
        int arrow = example.indexOf("# =>");
        String code = arrow < 0 ? example : example.substring(0, arrow);
        String want = arrow < 0 ? null : example.substring(arrow + 4).strip();
        String got;
        try {
          Engine.Result r = engine.eval(new Source("<example>", code.strip()), true);
          got = r.hasValue() ? Values.display(r.value(), engine.context().printOptions()).strip() : "";
        } catch (RuntimeException e) {
          got = "error: " + e.getMessage();
        }
        String shown = got;
        tests.add(DynamicTest.dynamicTest(info.name() + ": " + example, () -> {
          if (want != null || shown.startsWith("error: ")) {
            assertEquals(want, shown, "the example of " + info.name());
          }
        }));
      }
    }
    return tests.stream();
  }
}
