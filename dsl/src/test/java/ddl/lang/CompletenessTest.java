package ddl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a REPL should do with a buffer: run it, read another line, or show the error. */
class CompletenessTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "# only a comment",
        "x = 1",
        "x = 1;",
        "print(x)\n",
        "def f(x) = x + 1",
        "def f(x) {\n  return x\n}",
        "if c { x } else { y }",
        "for i in range(3) { print(i) }",
        "int n = 3;",
        "class P {\n  int x;\n}",
        "y = 2 *\n 3",
      })
  void complete(String text) {
    assertEquals(Completeness.COMPLETE, Completeness.of(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x = ",
        "x =",
        "y = 2 *",
        "f(1, 2",
        "A[0, ",
        "[1, 2,\n 3",
        "def loss(phi) {",
        "def loss(phi) {\n  r = f(x, phi) - y\n",
        "for i in range(3) {\n  if i > 1 {\n",
        "x = a and",
        "x = A.",
        "for i in",
        "class P {\n  int x;",
        "class P {\n  /* a comment",
        "String s = \"\"\"\n  text block",
        "int f(int x) {",
      })
  void incomplete(String text) {
    assertEquals(Completeness.INCOMPLETE, Completeness.of(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ")",
        "x = 1)",
        "}",
        "2 +* 3",
        "x = [1, 2)",
        "return 1",
        "break",
        "def f(x)",
        "for i in range(3)",
        "s = \"abc",
        "x = 1 2",
        "f(x) = 1",
      })
  void invalid(String text) {
    assertEquals(Completeness.INVALID, Completeness.of(text));
  }
}
