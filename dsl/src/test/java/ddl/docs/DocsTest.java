package ddl.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.ErrorRenderer;
import ddl.lang.Source;
import ddl.stdlib.Values;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the examples of {@code docs/language.md}: every {@code ```ddl} block followed by a
 * {@code ```text} block prints that text: what it prints, then the display of a final bare
 * expression, then a rendered error if it fails. Every {@code ```ddl} block runs, in page order in
 * one session, each as one input typed into the REPL; one without an output block must print
 * nothing.
 * {@code -Dgolden.update=true} rewrites the output blocks with what the examples print.
 */
class DocsTest {
  static final Path DOCS = Path.of(System.getProperty("user.dir")).resolve("../docs").normalize();
  private static final Pattern EXAMPLE =
      Pattern.compile("```ddl\\n(.*?)```(\\s*\\n```text\\n(.*?)```)?", Pattern.DOTALL);

  record Example(int line, String code, String output, int outStart, int outEnd) {}

  static List<Example> examples(String markdown) {
    List<Example> l = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(markdown);
    while (m.find()) {
      int line = (int) markdown.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      l.add(new Example(line, m.group(1), m.group(3), m.start(3), m.end(3)));
    }
    return l;
  }

  @TestFactory
  Stream<DynamicTest> languageReference() throws IOException {
    Path page = DOCS.resolve("language.md");
    String markdown = Files.readString(page, StandardCharsets.UTF_8);
    List<Example> examples = examples(markdown);
    List<String> outputs = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Engine engine = Engine.create(out, out, List.of())) {
      for (Example e : examples) {
        outputs.add(run(engine, bytes, out, e.code()));
      }
    }
    if (Boolean.getBoolean("golden.update")) {
      StringBuilder sb = new StringBuilder(markdown);
      for (int i = examples.size() - 1; i >= 0; i--) {
        if (examples.get(i).output() != null) {
          sb.replace(examples.get(i).outStart(), examples.get(i).outEnd(), outputs.get(i));
        }
      }
      Files.writeString(page, sb.toString(), StandardCharsets.UTF_8);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      String got = outputs.get(i);
      String want = e.output() == null ? "" : e.output();
      tests.add(DynamicTest.dynamicTest("language.md:" + e.line(), page.toUri(),
          () -> assertEquals(want, got, "output of the example at language.md:" + e.line())));
    }
    return tests.stream();
  }

  private static String run(Engine engine, ByteArrayOutputStream bytes, PrintStream out,
      String code) {
    bytes.reset();
    PrintStream sysOut = System.out;
    System.setOut(out);
    try {
      Engine.Result r = engine.eval(new Source("<input>", code.strip()), true);
      if (r.hasValue() && r.value() != null) {
        out.println(Values.display(r.value(), engine.context().printOptions()));
      }
    } catch (DdlError err) {
      out.println(ErrorRenderer.render(err));
    } finally {
      System.setOut(sysOut);
    }
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
