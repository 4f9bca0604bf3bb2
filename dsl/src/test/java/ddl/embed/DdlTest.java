package ddl.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.Ddl;
import ddl.engine.CompiledProgram;
import ddl.lang.DdlError;
import ddl.stdlib.Tensor;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DdlTest {
  private static final ByteArrayOutputStream BYTES = new ByteArrayOutputStream();
  private static Ddl ddl;

  @BeforeAll
  static void start() {
    ddl = Ddl.builder().out(new PrintStream(BYTES, true, StandardCharsets.UTF_8)).build();
  }

  @AfterAll
  static void stop() {
    ddl.close();
  }

  @Test
  void tensorsRoundTrip() {
    ddl.set("x", Tensor.of(1, 2, 3));
    Tensor y = ddl.eval("2 * x + 1", Tensor.class);
    assertArrayEquals(new long[] {3, 5, 7}, y.toLongArray());
    ddl.eval("z = x * 0.5");
    assertArrayEquals(new double[] {0.5, 1, 1.5}, ddl.get("z", double[].class));
  }

  @Test
  void aBigIntegerFromTheHostStaysExactAndResultsComeBackAsPythonsInts() {
    BigInteger big = new BigInteger("123456789012345678901234567890");
    ddl.set("n", big);
    assertEquals(big.multiply(big), ddl.eval("n * n"));
    assertEquals(big.add(BigInteger.ONE), ddl.eval("for i in range(1) { n = n + 1 }; n"));
    assertEquals(6L, ddl.eval("n - 123456789012345678901234567885"), "a result that fits is a Long");
    ddl.set("small", BigInteger.valueOf(7));
    assertEquals(49L, ddl.eval("small * small"));
    ddl.eval("def f(k) { p = 1; for i in range(k) { p = p * 3 }; return p }");
    assertEquals(BigInteger.valueOf(3).pow(50), ddl.eval("f(50)"));
    ddl.eval("long z = Long.MAX_VALUE + 1;");
    assertEquals(Long.MIN_VALUE, ddl.get("z"), "a Java line keeps Java's long arithmetic");
  }

  @Test
  void aTensorTheHostHoldsIsNeverWrittenByALaterAssignment() {
    // results of a rebinding are written into the variable's tensor only while nothing else holds it
    Tensor mine = Tensor.of(1.0, 2.0, 3.0);
    ddl.set("h1", mine);
    ddl.eval("h1 = h1 + 1; h1 = h1 + 1");
    assertArrayEquals(new double[] {1, 2, 3}, mine.toDoubleArray());
    assertArrayEquals(new double[] {3, 4, 5}, ddl.get("h1", double[].class));
    Tensor got = ddl.get("h1", Tensor.class);
    ddl.eval("h1 = h1 * 10");
    assertArrayEquals(new double[] {3, 4, 5}, got.toDoubleArray());
    assertArrayEquals(new double[] {30, 40, 50}, ddl.get("h1", double[].class));
    ddl.eval("h2 = arange(3.0) + 1");
    ddl.eval("h2"); // shown: it becomes _
    ddl.eval("h2 = h2 - 1");
    assertArrayEquals(new double[] {1, 2, 3}, ddl.eval("_", double[].class));
    assertArrayEquals(new double[] {0, 1, 2}, ddl.get("h2", double[].class));
  }

  @Test
  void aFailedAssignmentLeavesTheVariableAsItWas() {
    ddl.eval("f1 = arange(3.0) + 1");
    assertThrows(DdlError.class, () -> ddl.eval("f1 = f1 + ones(4)"));
    assertThrows(DdlError.class, () -> ddl.eval("f1 = 2 * f1 + nosuchname"));
    assertArrayEquals(new double[] {1, 2, 3}, ddl.get("f1", double[].class));
  }

  @Test
  void scalarsConvert() {
    ddl.set("n", 3);
    assertEquals(3L, ddl.get("n"));
    assertEquals(3.0, ddl.get("n", Double.class));
    assertEquals(3, ddl.get("n", int.class));
    ddl.set("h", 2.5f);
    assertEquals(2.5, ddl.get("h"));
    assertEquals(7.5, ddl.eval("n * h", Double.class));
    assertEquals(6L, ddl.eval("sum([1, 2, 3])", Long.class));
    assertEquals(true, ddl.eval("n > 2", Boolean.class));
    assertEquals(12.0, ddl.eval("sum([1.5, 2.5]) * n", double.class));
    assertThrows(ClassCastException.class, () -> ddl.get("h", Long.class));
  }

  @Test
  void javaObjectsPassThrough() {
    List<String> names = new java.util.ArrayList<>(List.of("a", "b"));
    ddl.set("names", names);
    assertEquals(2L, ddl.eval("names.size()", Long.class));
    ddl.eval("names.add(\"c\")");
    assertEquals(List.of("a", "b", "c"), names);
    assertSame(names, ddl.get("names"));
    ddl.set("matrix", new double[][] {{1, 2}, {3, 4}});
    assertEquals(10.0, ddl.eval("sum(matrix)", Double.class));
  }

  @Test
  void printGoesToTheInstanceStream() {
    BYTES.reset();
    ddl.eval("print(40 + 2)");
    assertEquals("42\n", BYTES.toString(StandardCharsets.UTF_8));
  }

  @Test
  void unknownNamesAndWrongTypesAreClear() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ddl.get("nope"));
    assertEquals("unknown name 'nope'", e.getMessage().replaceAll(" \\(did you mean.*", ""));
    ddl.set("word", "text");
    ClassCastException c =
        assertThrows(ClassCastException.class, () -> ddl.get("word", Tensor.class));
    assertTrue(c.getMessage().startsWith("'word' holds String"), c.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ddl.set("for", 1));
    assertThrows(IllegalArgumentException.class, () -> ddl.set("a b", 1));
    assertFalse(ddl.has("nope"));
  }

  @Test
  void errorsCarrySpans() {
    ddl.set("v", Tensor.of(1, 2, 3));
    DdlError e = assertThrows(DdlError.class, () -> ddl.eval("a = 1\nb = v + [1, 2]"));
    assertEquals(2, e.source().line(e.span().start()));
    assertEquals("operands could not be broadcast together with shapes (3,) (2,)", e.getMessage());
    String rendered = Ddl.render(e);
    assertTrue(rendered.startsWith("<eval>:2:"), rendered);
    assertTrue(rendered.contains("\nb = v + [1, 2]\n"), rendered);
    DdlError u = assertThrows(DdlError.class, () -> ddl.eval("1 + undefined_name"));
    assertEquals(DdlError.Kind.UNKNOWN_NAME, u.kind());
    assertEquals(4, u.span().start());
  }

  @Test
  void defsAreCalledFromJava() {
    ddl.eval("def scale(t, k=2) = t * k");
    assertEquals(8L, ddl.call("scale", 4));
    assertEquals(12L, ddl.call("scale", 4, 3));
    ddl.eval("def scale(t, k=2) = t * k + 1");
    assertEquals(9L, ddl.call("scale", 4));
    assertTrue(ddl.hasFunction("scale"));
    assertThrows(IllegalArgumentException.class, () -> ddl.call("missing"));
    ddl.eval("def fail(t) = t + [1, 2]");
    DdlError e = assertThrows(DdlError.class, () -> ddl.call("fail", Tensor.of(1, 2, 3)));
    assertEquals("<eval>", e.source().name());
    assertEquals("in fail", e.hint());
  }

  @Test
  void compiledProgramsRunAgainWithNewValues() {
    CompiledProgram p = ddl.compile("w = 2 * q + 1\nw");
    assertTrue(p.free().contains("q"));
    DdlError missing = assertThrows(DdlError.class, p::run);
    assertEquals("unknown name 'q'", missing.getMessage());
    ddl.set("q", Tensor.of(1, 2));
    assertArrayEquals(new long[] {3, 5}, ((Tensor) p.run()).toLongArray());
    ddl.set("q", 10);
    assertEquals(21L, p.run());
    assertEquals(21L, ddl.get("w"));
    ddl.set("q", Tensor.of(1, 2, 3));
    CompiledProgram bad = ddl.compile("q + [1, 2]");
    DdlError e = assertThrows(DdlError.class, bad::run);
    assertEquals("<compiled>", e.source().name());
    assertEquals(0, e.span().start());
  }

  @Test
  void javaLinesInACompiledProgramAreEvaluated() {
    ddl.set("count", 0);
    CompiledProgram p = ddl.compile("int unused = 1;\ncount = count + 1\ncount * 2");
    assertEquals(2L, p.run());
    assertEquals(4L, p.run());
  }

  @Test
  void closedInstancesRefuseCalls() {
    Ddl d = Ddl.create();
    d.set("a", 1);
    d.close();
    d.close();
    assertThrows(IllegalStateException.class, () -> d.get("a"));
    assertNull(null);
  }
}
