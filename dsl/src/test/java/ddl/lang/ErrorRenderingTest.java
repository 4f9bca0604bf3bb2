package ddl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every parse error is positioned and rendered as FILE:LINE:COL, source line and caret. */
class ErrorRenderingTest {

  private static void assertError(String source, String expected) {
    assertEquals(expected.stripTrailing(), Trees.error(source));
  }

  @Test
  void unclosedParenPointsAtTheOpener() {
    assertError(
        "y = 1\nx = f(1, (2 + 3)",
        """
        test.ddl:2:6: unclosed '(' at end of input
        x = f(1, (2 + 3)
             ^
        """);
  }

  @Test
  void unclosedBracketAndBrace() {
    assertError(
        "a = [1, 2",
        """
        test.ddl:1:5: unclosed '[' at end of input
        a = [1, 2
            ^
        """);
    assertError(
        "def f(x) {\n  return x\n",
        """
        test.ddl:1:10: unclosed '{' at end of input
        def f(x) {
                 ^
        """);
  }

  @Test
  void nothingAfterEquals() {
    assertError(
        "x = ",
        """
        test.ddl:1:5: expected an expression after '='
        x =\s
            ^
        """);
  }

  @Test
  void nothingAfterEqualsInAFileWithTrailingNewline() {
    assertError(
        "x =\n",
        """
        test.ddl:1:4: expected an expression after '='
        x =
           ^
        """);
  }

  @Test
  void operatorWhereAnExpressionIsExpected() {
    assertError(
        "y = 2 +* 3",
        """
        test.ddl:1:8: expected an expression, found '*'
        y = 2 +* 3
               ^
        """);
  }

  @Test
  void unterminatedString() {
    assertError(
        "print(\"rent)\nx = 1",
        """
        test.ddl:1:7: unterminated string
        print("rent)
              ^~~~~~
        hint: a string ends on the line it starts on, with the same quote
        """);
  }

  @Test
  void unexpectedCharacter() {
    assertError(
        "x = 2 $ 3",
        """
        test.ddl:1:7: unexpected character '$'
        x = 2 $ 3
              ^
        """);
  }

  @Test
  void returnOutsideAFunction() {
    assertError(
        "x = 1\nreturn x",
        """
        test.ddl:2:1: 'return' outside a function
        return x
        ^~~~~~
        """);
  }

  @Test
  void breakAndContinueOutsideALoop() {
    assertError(
        "if x { break }",
        """
        test.ddl:1:8: 'break' outside a loop
        if x { break }
               ^~~~~
        """);
    assertError(
        "for i in range(3) { def f() { continue } }",
        """
        test.ddl:1:31: 'continue' outside a loop
        for i in range(3) { def f() { continue } }
                                      ^~~~~~~~
        """);
  }

  @Test
  void defWithoutBody() {
    assertError(
        "def f(x)\nf(1)",
        """
        test.ddl:1:9: 'def f' needs a body: '= expression' or '{ ... }' on the same line
        def f(x)
                ^
        """);
  }

  @Test
  void positionalAfterKeyword() {
    assertError(
        "sum(A, axis=1, 2)",
        """
        test.ddl:1:16: positional argument follows keyword argument
        sum(A, axis=1, 2)
                       ^
        hint: put positional arguments before keyword arguments
        """);
  }

  @Test
  void repeatedKeyword() {
    assertError(
        "sum(A, axis=1, axis=0)",
        """
        test.ddl:1:16: keyword argument 'axis' repeated
        sum(A, axis=1, axis=0)
                       ^~~~
        """);
  }

  @Test
  void expressionBeforeEqualsInArguments() {
    assertError(
        "f(a + 1=2)",
        """
        test.ddl:1:8: a keyword argument needs a plain name before '='
        f(a + 1=2)
               ^
        hint: use '==' to compare
        """);
  }

  @Test
  void missingKeywordValue() {
    assertError(
        "f(axis=)",
        """
        test.ddl:1:8: expected an expression, found ')'
        f(axis=)
               ^
        """);
  }

  @Test
  void mismatchedClosingBracket() {
    assertError(
        "x = [1, 2)",
        """
        test.ddl:1:10: closing ')' does not match opening '['
        x = [1, 2)
                 ^
        hint: expected ']'
        """);
  }

  @Test
  void unmatchedClosingBracket() {
    assertError(
        "x = 1)",
        """
        test.ddl:1:6: unmatched ')'
        x = 1)
             ^
        """);
  }

  @Test
  void chainedComparisons() {
    assertError(
        "m = x > 0 & y < 1",
        """
        test.ddl:1:15: comparisons cannot be chained
        m = x > 0 & y < 1
                      ^
        hint: '&' and '|' bind tighter than comparisons, as in numpy: write (a > b) & (c < d)
        """);
    assertError(
        "0 < x < 1",
        """
        test.ddl:1:7: comparisons cannot be chained
        0 < x < 1
              ^
        hint: write 'a < b and b < c'
        """);
  }

  @Test
  void blockBraceOnTheNextLine() {
    assertError(
        "while x\n{ }",
        """
        test.ddl:1:8: expected '{' to start the body of 'while' on the same line
        while x
               ^
        """);
  }

  @Test
  void assignmentToACall() {
    assertError(
        "f(x) = 3",
        """
        test.ddl:1:1: cannot assign to a function call
        f(x) = 3
        ^~~~
        """);
  }

  @Test
  void twoExpressionsOnALine() {
    assertError(
        "x = 1 2",
        """
        test.ddl:1:7: expected ';' or a new line after the statement, found '2'
        x = 1 2
              ^
        """);
  }

  @Test
  void badNumberAndEscape() {
    assertError(
        "x = 1_000_",
        """
        test.ddl:1:5: invalid number '1_000_'
        x = 1_000_
            ^~~~~~
        """);
    assertError(
        "s = \"a\\qb\"",
        """
        test.ddl:1:7: invalid escape sequence '\\q'
        s = "a\\qb"
              ^~
        """);
  }

  @Test
  void tabsAreKeptInTheCaretLine() {
    assertError(
        "if x {\n\ty = * 2\n}",
        "test.ddl:2:6: expected an expression, found '*'\n\ty = * 2\n\t    ^");
  }

  @Test
  void hintForUnknownName() {
    DdlError error =
        DdlError.unknownName(new Span(4, 12), "linspase", "linspace")
            .in(new Source("fit.ddl", "r = linspase(0, 1, 5)"));
    assertEquals(
        """
        fit.ddl:1:5: unknown name 'linspase'
        r = linspase(0, 1, 5)
            ^~~~~~~~
        hint: did you mean 'linspace'?""",
        error.render());
  }

  @Test
  void elseWithoutIf() {
    assertError(
        "else { x = 1 }",
        """
        test.ddl:1:1: 'else' without 'if'
        else { x = 1 }
        ^~~~
        """);
  }
}
