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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in's example that shows its result ({@code sqrt([1, 4, 9])  # => [1. 2. 3.]}) prints
 * that result in ddl: the lines before it run first, then the commented line's output and the
 * display of its value are compared with the text after {@code # =>}. One session runs them all,
 * in the registry's order.
 */
class BuiltinExamplesTest {

  @TestFactory
  Stream<DynamicTest> examplesPrintWhatTheySay() {
    List<DynamicTest> tests = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Engine engine = Engine.create(out, out, List.of())) {
      for (Builtins.Info info : Builtins.all().values()) {
        Builtin b = info.method().getAnnotation(Builtin.class);
        if (!info.name().equals(b.name().isEmpty() ? info.method().getName() : b.name())
            || !info.example().contains("# =>")) {
          continue; // an alias, or an example without a result to check
        }
        // examples name files from the repository's root; the tests run in dsl/
        String[] lines = info.example().replace("\"examples/", "\"../examples/").split("\n");
        StringBuilder before = new StringBuilder();
        for (String line : lines) {
          int mark = line.indexOf("# =>");
          if (mark < 0) {
            before.append(line).append('\n');
            continue;
          }
          if (before.length() > 0) {
            run(engine, bytes, out, before.toString());
            before.setLength(0);
          }
          String want = line.substring(mark + 4).strip();
          String got = run(engine, bytes, out, line.substring(0, mark)).strip();
          tests.add(DynamicTest.dynamicTest(info.name() + ": " + line.strip(),
              () -> assertEquals(want, got, "the example of " + info.name())));
        }
        if (before.length() > 0) {
          run(engine, bytes, out, before.toString());
        }
      }
    }
    return tests.stream();
  }

  /** What one input prints: its output, the display of a final value, or its error. */
  private static String run(Engine engine, ByteArrayOutputStream bytes, PrintStream out, String code) {
    bytes.reset();
    try {
      Engine.Result r = engine.eval(new Source("<example>", code.strip()), true);
      if (r.hasValue() && r.value() != null) {
        out.println(Values.display(r.value(), engine.context().printOptions()));
      }
    } catch (DdlError err) {
      out.println(ErrorRenderer.render(err));
    }
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
