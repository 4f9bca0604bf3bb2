package ddl.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad input of the language's issue: each gives one clear, positioned error, and the session
 * that saw it keeps every variable (one engine evaluates each bad line, then a line using earlier
 * variables). The rendered errors of whole scripts are golden cases under {@code golden/errors}.
 */
class BadInputTest {
  private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
  private static Engine engine;

  @BeforeAll
  static void start() {
    PrintStream ps = new PrintStream(OUT, true, StandardCharsets.UTF_8);
    engine = Engine.create(ps, ps, java.util.List.of());
    engine.eval(new Source("<setup>", "keep = [7, 8]; n = 2; A = ones(2, 3)"), false);
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  // input | first line of the rendered error (position LINE:COL in the input, then the message)
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          `x = (1, 2`             | <input>:1:5: unclosed '(' at end of input
          `x = [1, 2`             | <input>:1:5: unclosed '[' at end of input
          `def f() {`             | <input>:1:9: unclosed '{' at end of input
          `x = `                  | <input>:1:5: expected an expression after '='
          `2 +* 3`                | <input>:1:4: expected an expression, found '*'
          `linspce(0, 1)`         | <input>:1:1: unknown name 'linspce'
          `sum(A, axes=1)`        | <input>:1:8: sum() got an unexpected keyword argument 'axes'
          `[1, 2, 3] + [1, 2]`    | <input>:1:1: operands could not be broadcast together with shapes (3,) (2,)
          `A @ A`                 | <input>:1:1: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)
          `keep[2]`               | <input>:1:1: index 2 is out of bounds for axis 0 with size 2
          `keep[-3] = 1`          | <input>:1:1: index -3 is out of bounds for axis 0 with size 2
          `return 1`              | <input>:1:1: 'return' outside a function
          `zeros("a")`            | <input>:1:1: shape: expected an integer, found a string ("a")
          `if [1, 2] > 0 { n = 5 }` | <input>:1:4: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()
          `def r(k) = r(k + 1); r(0)` | <input>:1:14: maximum recursion depth exceeded
          `keep + [1, 2, 3]`      | <input>:1:1: operands could not be broadcast together with shapes (2,) (3,)
          `keep = "lost"; nosuch`     | <input>:1:16: unknown name 'nosuch'
          `n[0]`                  | <input>:1:1: 'int' object is not subscriptable
          `b = true; b[0]`        | <input>:1:11: 'bool' object is not subscriptable
          `f = 1.5; f[0]`         | <input>:1:10: 'float' object is not subscriptable
          `n[0] = 1`              | <input>:1:1: 'int' object does not support item assignment
          `s = "ab"; s[0] = "x"`  | <input>:1:11: 'str' object does not support item assignment
          `sum(A, axis=[0])`      | <input>:1:1: 'list' object cannot be interpreted as an integer
          `mean(A, axis=[0, 1])`  | <input>:1:1: 'list' object cannot be interpreted as an integer
          `max(A, axis=[1])`      | <input>:1:1: 'list' object cannot be interpreted as an integer
          `min(A, axis=([0],))`   | <input>:1:1: 'list' object cannot be interpreted as an integer
          `argmax(A, axis=[0])`   | <input>:1:1: 'list' object cannot be interpreted as an integer
          `argmin(A, axis=(0,))`  | <input>:1:1: 'tuple' object cannot be interpreted as an integer
          `std(A, axis=[0])`      | <input>:1:1: 'list' object cannot be interpreted as an integer
          `any(A, axis=[0])`      | <input>:1:1: 'list' object cannot be interpreted as an integer
          `sum(A, axis=1.0)`      | <input>:1:1: 'float' object cannot be interpreted as an integer
          `concatenate([A, A], axis=[0])` | <input>:1:1: 'list' object cannot be interpreted as an integer
          """)
  void errorIsPositionedAndSessionKept(String input, String expected) {
    DdlError e = assertThrows(DdlError.class, () -> engine.eval(new Source("<input>", input), true));
    String rendered = ErrorRenderer.render(e);
    assertEquals(expected, rendered.lines().findFirst().orElse(""), rendered);
    assertTrue(rendered.contains("\n" + input.lines().findFirst().orElse("") + "\n"), rendered);
    assertTrue(rendered.contains("^"), rendered);
    Engine.Result r = engine.eval(new Source("<input>", "keep * n"), true);
    assertEquals("[14 16]", Values.display(r.value(), engine.context().printOptions()));
  }

  @Test
  void tuplesOfAxesStayAccepted() {
    Engine.Result r = engine.eval(new Source("<input>", "(sum(A, axis=(0,)), mean(A, axis=(0, 1)))"), true);
    assertEquals("(array([2., 2., 2.]), 1.0)", Values.display(r.value(), engine.context().printOptions()));
  }

  @Test
  void suggestsTheClosestName() {
    DdlError e = assertThrows(DdlError.class, () -> engine.eval("linspce(0, 1)", true));
    assertEquals("did you mean 'linspace'?", e.hint());
    DdlError k = assertThrows(DdlError.class, () -> engine.eval("sum(A, axes=1)", true));
    assertEquals("did you mean 'axis'?", k.hint());
  }

  @Test
  void errorInsideADefShowsTheChainOfCalls() {
    engine.eval("def inner(v) = v + \"a\"\ndef outer(v) = inner(v)", false);
    DdlError e = assertThrows(DdlError.class, () -> engine.eval("\nouter(1)", true));
    assertTrue(e.hint().startsWith("in inner, called from line 2 (in outer), called from "), e.hint());
  }

  @Test
  void emptyFileRunsWithNoOutput(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("empty.ddl"), "");
    assertEquals(new Capture("", "", 0), Capture.runFile(f));
  }

  @Test
  void missingFile(@TempDir Path dir) {
    Capture c = Capture.runFile(dir.resolve("nope.ddl"));
    assertEquals(new Capture("", "ddl: nope.ddl: no such file\n", 1), c);
  }

  @Test
  void fileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("latin1.ddl");
    Files.write(f, "print(\"caf\u00e9\")\n".getBytes(StandardCharsets.ISO_8859_1));
    Capture c = Capture.runFile(f);
    assertEquals(new Capture("", "ddl: latin1.ddl: not a UTF-8 text file\n", 1), c);
  }

  @Test
  void readcsvOfABinaryFile(@TempDir Path dir) throws IOException {
    Path f = Files.write(dir.resolve("file.bin"), new byte[] {'x', '\n', (byte) 0x89, 'P', 'N'});
    String input = "readcsv(\"" + f.toString().replace("\\", "/") + "\")";
    DdlError e = assertThrows(DdlError.class, () -> engine.eval(new Source("<input>", input), true));
    assertEquals(
        "<input>:1:1: readcsv: '" + f.toString().replace("\\", "/")
            + "' is not a UTF-8 text file (invalid byte 0x89 at offset 2)",
        ErrorRenderer.render(e).lines().findFirst().orElse(""));
  }

  @Test
  void byteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("bom.ddl"), "\uFEFFprint(1)\nx = y\n");
    assertEquals(
        new Capture("1\n", "bom.ddl:2:5: unknown name 'y'\nx = y\n    ^\n", 1), Capture.runFile(f));
    assertEquals(new Capture("2\n", "", 0), Capture.runCode("\uFEFFprint(2)"));
  }

  @Test
  void utf8FileRuns(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("utf8.ddl"), "# caf\u00e9 \u03c6\nprint(\"\u03c6 = \", 1)\n");
    assertEquals(new Capture("\u03c6 =  1\n", "", 0), Capture.runFile(f));
  }
}
