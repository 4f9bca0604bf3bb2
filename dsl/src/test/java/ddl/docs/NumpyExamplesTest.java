package ddl.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.Source;
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
 * The examples of the products and linalg built-ins run, and show what their {@code # =>} says: the
 * value of the line before it, as the REPL shows it ({@code # => first line}, further lines as
 * {@code #    line}).
 */
class NumpyExamplesTest {
  private static final Set<String> CLASSES = Set.of("ProductBuiltins", "LinalgBuiltins");

  @TestFactory
  Stream<DynamicTest> examples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Builtins.Info info : Builtins.all().values()) {
      if (CLASSES.contains(info.method().getDeclaringClass().getSimpleName())
          && info.example() != null && !info.example().isBlank()) {
        tests.add(DynamicTest.dynamicTest(info.name(), () -> check(info.example())));
      }
    }
    return tests.stream();
  }

  /** The examples of docs/linalg.md, as DocsTest runs those of language.md. */
  @TestFactory
  Stream<DynamicTest> linalgPage() throws java.io.IOException {
    java.nio.file.Path page = DocsTest.DOCS.resolve("linalg.md");
    String markdown = java.nio.file.Files.readString(page, StandardCharsets.UTF_8);
    List<DynamicTest> tests = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Engine engine = Engine.create(out, out, List.of())) {
      for (DocsTest.Example e : DocsTest.examples(markdown)) {
        bytes.reset();
        PrintStream sysOut = System.out;
        System.setOut(out);
        try {
          Engine.Result r = engine.eval(new Source("<input>", e.code().strip()), true);
          if (r.hasValue() && r.value() != null) {
            out.println(Values.display(r.value(), engine.context().printOptions()));
          }
        } catch (DdlError err) {
          out.println(ddl.lang.ErrorRenderer.render(err));
        } finally {
          System.setOut(sysOut);
        }
        String got = bytes.toString(StandardCharsets.UTF_8);
        String want = e.output() == null ? "" : e.output();
        tests.add(DynamicTest.dynamicTest("linalg.md:" + e.line(), page.toUri(),
            () -> assertEquals(want, got, "output of the example at linalg.md:" + e.line())));
      }
    }
    return tests.stream();
  }

  private static void check(String example) {
    StringBuilder code = new StringBuilder();
    StringBuilder want = new StringBuilder();
    for (String line : example.split("\n")) {
      int at = line.indexOf("# => ");
      if (at >= 0) {
        code.append(line, 0, at).append('\n');
        want.append(line.substring(at + 5));
      } else if (line.startsWith("#    ")) {
        want.append('\n').append(line.substring(5));
      } else {
        code.append(line).append('\n');
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Engine engine = Engine.create(out, out, List.of())) {
      Engine.Result r = engine.eval(new Source("<example>", code.toString().strip()), true);
      if (want.length() > 0) {
        assertEquals(want.toString(), Values.display(r.value(), engine.context().printOptions()));
      }
    } catch (DdlError e) {
      fail(example + ": " + e.getMessage());
    }
  }
}
