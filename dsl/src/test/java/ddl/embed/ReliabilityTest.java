package ddl.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.Ddl;
import ddl.lang.DdlError;
import ddl.stdlib.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inputs that used to do nothing silently or break the session: each gives a value or one
 * positioned error, and the session goes on with its variables as they were.
 */
class ReliabilityTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Ddl ddl;

  @BeforeEach
  void start() {
    ddl = Ddl.builder()
        .out(new PrintStream(out, true, StandardCharsets.UTF_8))
        .err(new PrintStream(err, true, StandardCharsets.UTF_8))
        .build();
    ddl.eval("keep = [7, 8]");
  }

  @AfterEach
  void stop() {
    ddl.close();
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private void assertSessionAlive() {
    assertArrayEquals(new long[] {7, 8}, ddl.get("keep", long[].class));
    assertEquals(3L, ddl.eval("1 + 2"));
    ddl.eval("fresh = 5");
    assertEquals(5L, ddl.get("fresh"));
  }

  @Test
  void stringLiteralsBeyondJavasConstantLimitWork() {
    for (String s : new String[] {"a".repeat(65_535), "a".repeat(65_536), "é".repeat(33_000)}) {
      ddl.eval("s = \"" + s + "\"");
      assertEquals(s, ddl.get("s"));
      assertEquals((long) s.length() + 1, ddl.eval("len(s + \"!\")"));
    }
    assertSessionAlive();
  }

  @Test
  void largeArrayLiteralsAreBuiltFromData() {
    String numbers = IntStream.range(0, 9000).mapToObj(i -> i * 0.5 + "").collect(Collectors.joining(", "));
    ddl.eval("print(\"before\")\ndata = [" + numbers + "]\nprint(len(data))");
    assertEquals("before\n9000\n", printed());
    assertEquals(4499.5, ddl.eval("data[-1]"));
    String rows = IntStream.range(0, 100).mapToObj(i -> "[" + i + ", -" + i + ", true]")
        .collect(Collectors.joining(", "));
    Tensor m = ddl.eval("[" + rows + "]", Tensor.class);
    assertArrayEquals(new int[] {100, 3}, m.shape());
    assertArrayEquals(new long[] {99, -99, 1}, ddl.eval("[" + rows + "][99]", Tensor.class).toLongArray());
    // each evaluation of a literal is a tensor of its own
    ddl.eval("def f() = [" + numbers + "]; a = f(); a[0] = 99.0; b = f()");
    assertEquals(0.0, ddl.eval("b[0]"));
    assertSessionAlive();
  }

  @Test
  void anInputTooLargeForOneMethodIsAnErrorThatRunsNothing() {
    String names = IntStream.range(0, 9000).mapToObj(i -> "keep").collect(Collectors.joining(", "));
    DdlError e = assertThrows(DdlError.class,
        () -> ddl.eval("print(\"before\")\ndata = [" + names + "]\nprint(len(data))"));
    assertTrue(e.getMessage().contains("too large to compile"), e.getMessage());
    assertEquals("", printed());
    assertFalse(ddl.has("data"));
    assertSessionAlive();
  }

  @Test
  void aJavaLineThatFailsLeavesEveryVariableAsItWas() {
    ddl.eval("x = [1, 2, 3]");
    assertThrows(DdlError.class, () -> ddl.eval("Strng x = \"a\";"));
    assertThrows(DdlError.class, () -> ddl.eval("Strng x;"));
    assertArrayEquals(new long[] {1, 2, 3}, ddl.get("x", long[].class));
    ddl.eval("x = 4");
    assertEquals(4L, ddl.get("x"));
    ddl.eval("int k = 5;");
    DdlError e = assertThrows(DdlError.class, () -> ddl.eval("String k = 3;"));
    assertTrue(e.getMessage().contains("incompatible types"), e.getMessage());
    assertEquals(6L, ddl.eval("k + 1"));
    assertSessionAlive();
  }

  @Test
  void aCompileErrorInAJavaLineRunsNothingOfTheInput() {
    DdlError e = assertThrows(DdlError.class,
        () -> ddl.eval("print(\"ran first line\")\nx1 = 1\nint m = \"a\";"));
    assertEquals(3, e.source().line(e.span().start()));
    assertEquals("", printed());
    assertFalse(ddl.has("x1"));
    assertFalse(ddl.has("m"));
    // a last Java statement may leave out its ';', as JShell allows
    assertThrows(DdlError.class, () -> ddl.eval("print(\"ran first line\"); int m2 = \"a\""));
    assertEquals("", printed());
    assertSessionAlive();
  }

  @Test
  void aFailedAssignmentLeavesTheNameUndefined() {
    assertThrows(DdlError.class, () -> ddl.eval("nv = 1 // 0"));
    assertFalse(ddl.has("nv"));
    DdlError e = assertThrows(DdlError.class, () -> ddl.eval("nv"));
    assertEquals(DdlError.Kind.UNKNOWN_NAME, e.kind());
    assertThrows(DdlError.class, () -> ddl.eval("a1 = 1; b1 = 1 // 0; c1 = 3"));
    assertEquals(1L, ddl.get("a1"));
    assertFalse(ddl.has("b1"));
    assertFalse(ddl.has("c1"));
    ddl.eval("nv = 2");
    assertEquals(2L, ddl.get("nv"));
  }

  @Test
  void deepNestingIsOnePositionedErrorEvenOnASmallStack() throws Exception {
    String[] deep = {
      "[".repeat(200) + "1" + "]".repeat(200),
      "(".repeat(1000) + "1" + ")".repeat(1000),
      "(".repeat(10_000) + "1" + ")".repeat(10_000),
      "abs(".repeat(300) + "1" + ")".repeat(300),
      "2" + " ** 1".repeat(300),
      "keep" + ".T".repeat(300),
      "keep" + "[0:]".repeat(300),
      "-".repeat(500) + "1",
      "1" + " + 1".repeat(5000),
    };
    PrintStream processErr = System.err;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
    try {
      for (String code : deep) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        // a host thread with a small stack, as an application server's worker may have
        Thread t = new Thread(null, () -> {
          try {
            ddl.eval("y = " + code);
          } catch (Throwable x) {
            thrown.set(x);
          }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        Throwable x = thrown.get();
        assertTrue(x instanceof DdlError, code.substring(0, 20) + ": " + x);
        assertTrue(x.getMessage().contains("nested too deeply"), x.getMessage());
        DdlError d = (DdlError) x;
        assertEquals(1, d.source().line(d.span().start()));
      }
    } finally {
      System.setErr(processErr);
    }
    assertEquals("", stray.toString(StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertSessionAlive();
  }

  @Test
  void nestingJustBelowTheLimitRuns() {
    assertEquals(199L, ddl.eval("[".repeat(199) + "1" + "]".repeat(199) + ".ndim"));
    assertEquals(101L, ddl.eval("1" + " + 1".repeat(100)));
    assertEquals(2L, ddl.eval("2" + " ** 1".repeat(150)));
    assertArrayEquals(new long[] {7, 8}, ddl.eval("keep" + ".T".repeat(150), long[].class));
  }

  @Test
  void blocksNestedTooDeeplyAreAnError() {
    String code = "if true { ".repeat(150) + "z = 1" + " }".repeat(150);
    DdlError e = assertThrows(DdlError.class, () -> ddl.eval(code));
    assertTrue(e.getMessage().contains("blocks nested too deeply"), e.getMessage());
    ddl.eval("if true { ".repeat(50) + "z = 1" + " }".repeat(50));
    assertEquals(1L, ddl.get("z"));
  }

  @Test
  void errorsSpeakOfWhatTheUserWrote() {
    DdlError typo = assertThrows(DdlError.class, () -> ddl.eval("for i in range(3) { brea k }"));
    assertEquals("invalid syntax", typo.message());
    assertEquals("did you mean 'break'?", typo.hint());
    ddl.eval("pair = (1, 2)");
    DdlError java = assertThrows(DdlError.class, () -> ddl.eval("int q = pair;"));
    assertEquals("java: incompatible types: tuple cannot be converted to int", java.message());
    ddl.eval("class Foo {}");
    DdlError cls = assertThrows(DdlError.class, () -> ddl.eval("int r = new Foo();"));
    assertEquals("java: incompatible types: Foo cannot be converted to int", cls.message());
    assertSessionAlive();
  }

  @Test
  void aCallThatReturnsNothingStillRunsWhenUsedAsAValue() {
    ddl.eval("def f(x) = print(x)\nf(1)\nv = print(2)\ndef g() { w = print(3); return w }\ng()");
    assertEquals("1\n2\n3\n", printed());
    assertEquals(null, ddl.get("v"));
  }

  @Test
  void javaMethodsTakeDdlValuesAndMayReturnNothing() {
    ddl.eval("int twice(int k) { return 2 * k; }");
    ddl.eval("void say(String w, double z) { System.out.print(\"\"); }");
    assertEquals(8, ((Number) ddl.eval("twice(4)")).intValue());
    ddl.eval("n = 5; f = twice; g = say");
    assertEquals(10, ((Number) ddl.eval("twice(n)")).intValue());
    assertEquals(12, ((Number) ddl.eval("f(6)")).intValue());
    assertEquals(null, ddl.eval("g(\"a\", 2)"));
    DdlError e = assertThrows(DdlError.class, () -> ddl.eval("twice(\"a\")"));
    assertEquals("expected an integer, found a string (\"a\")", e.message());
    DdlError big = assertThrows(DdlError.class, () -> ddl.eval("twice(2 ** 40)"));
    assertEquals("Python int too large to convert to C int", big.message());
  }

  @Test
  void largeLiteralsOfStatementsThatRanAreNotKeptButThoseOfDefsAre() {
    String numbers = IntStream.range(0, 5000).mapToObj(i -> i + ".5").collect(Collectors.joining(", "));
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 300; i++) { // 300 x 5000 doubles kept would be 12 MB and more
      ddl.eval("d = [" + numbers + "]; s = \"" + "x".repeat(10_000) + "\"");
    }
    ddl.eval("def big(k=[" + numbers + "]) = k[-1] + len(\"" + "y".repeat(5000) + "\")");
    ddl.eval("g = big");
    ddl.eval("junk = [" + numbers + "]");
    assertEquals(9999.5, ddl.eval("big()"));
    assertEquals(9999.5, ddl.eval("g()"));
    assertEquals(4999.5, ddl.eval("d[-1]"));
  }
}
