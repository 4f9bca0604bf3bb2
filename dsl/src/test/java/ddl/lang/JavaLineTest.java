package ddl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.lang.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java-or-ddl rule: Java only when a statement starts with a form ddl does not have. */
class JavaLineTest {

  private static List<Stmt> parse(String text) {
    return Trees.parse(text).statements();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "int n = 3;",
        "double[] a = {1, 2};",
        "String s = \"x\";",
        "java.util.List<String> xs = new java.util.ArrayList<>();",
        "java.util.Map<String, java.util.List<Integer>> m = null;",
        "var q = 3;",
        "int[][] grid = new int[3][4];",
        "for (int i = 0; i < 3; i++) {}",
        "class P { int x; }",
        "record Point(double x, double y) {}",
        "enum Color { RED, GREEN }",
        "interface Shape { double area(); }",
        "import java.util.List;",
        "public static int twice(int x) { return 2 * x; }",
        "static final double G = 9.81;",
        "@FunctionalInterface interface F { int f(int x); }",
        "java.util.function.Function<?, ?> id = o -> o;",
        "void hello() { System.out.println(\"hi\"); }",
      })
  void javaStatements(String line) {
    List<Stmt> statements = parse(line);
    assertEquals(1, statements.size());
    Stmt.Java java = (Stmt.Java) statements.get(0);
    assertEquals(line, java.code());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "n = 3",
        "for i in range(3) {}",
        "A.T",
        "Math.sin(1.0)",
        "new java.util.Random(1)",
        "x.getClass()",
        "record = 3",
        "x < y",
        "a[0] = 1",
        "print(x)",
        "return_value = 1",
        "not x",
        "x and y",
      })
  void ddlStatements(String line) {
    assertFalse(parse(line).get(0) instanceof Stmt.Java, line);
  }

  @Test
  void javaStatementEndsAtItsSemicolon() {
    List<Stmt> statements = parse("int n = 3; x = n + 1\ny = 2");
    assertEquals("int n = 3;", ((Stmt.Java) statements.get(0)).code());
    assertTrue(statements.get(1) instanceof Stmt.Assign);
    assertEquals(3, statements.size());
  }

  @Test
  void semicolonsInsideStringsCommentsAndBracesDoNotEndIt() {
    String code =
        """
        class P {
          // a comment with a ; and a quote: don't
          String s = "a;b}";
          char c = ';';
          /* } ; */
          int f() { return 1; }
        }""";
    List<Stmt> statements = parse(code + "\nx = 1");
    assertEquals(code, ((Stmt.Java) statements.get(0)).code());
    assertTrue(statements.get(1) instanceof Stmt.Assign);
  }

  @Test
  void javaWithoutSemicolonEndsAtTheLine() {
    List<Stmt> statements = parse("int n = 3\nx = n");
    assertEquals("int n = 3", ((Stmt.Java) statements.get(0)).code());
    assertTrue(statements.get(1) instanceof Stmt.Assign);
  }

  @Test
  void javaLineInsideADdlBlock() {
    List<Stmt> statements = parse("for i in range(3) { int k = i * 2; print(k) }");
    Stmt.For loop = (Stmt.For) statements.get(0);
    assertEquals("int k = i * 2;", ((Stmt.Java) loop.body().get(0)).code());
    assertTrue(loop.body().get(1) instanceof Stmt.Expression);
    Stmt.For bare = (Stmt.For) parse("for i in range(3) { int k = i }").get(0);
    assertEquals("int k = i", ((Stmt.Java) bare.body().get(0)).code());
  }

  @Test
  void javaSpan() {
    Stmt.Java java = (Stmt.Java) parse("x = 1\nint n = 3;").get(1);
    assertEquals(new Span(6, 16), java.span());
  }

  @Test
  void arrayInitializerThenSemicolon() {
    List<Stmt> statements = parse("double[] a = {1, 2}; b = 1");
    assertEquals("double[] a = {1, 2};", ((Stmt.Java) statements.get(0)).code());
    assertEquals(2, statements.size());
  }

  @Test
  void anonymousClassContinuesAfterItsBrace() {
    String code = "Runnable r = new Runnable() { public void run() {} };";
    assertEquals(code, ((Stmt.Java) parse(code).get(0)).code());
  }
}
