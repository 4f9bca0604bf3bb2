package ddl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.lang.ast.AstPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How operators group, shown by printing the tree with every operation parenthesised. */
class PrecedenceTest {

  @ParameterizedTest(name = "{0}  ->  {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          -2 ** 2 => (-(2 ** 2))
          2 ** -1 => (2 ** (-1))
          2 ** 3 ** 2 => (2 ** (3 ** 2))
          (-2) ** 2 => ((-2) ** 2)
          a + b * c @ d => (a + ((b * c) @ d))
          a - b - c => ((a - b) - c)
          a / b // c % d => (((a / b) // c) % d)
          x > 1 and not y => ((x > 1) and (not y))
          not a == b => (not (a == b))
          a or b and c => (a or (b and c))
          a || b && !c => (a or (b and (not c)))
          a | b & c => (a | (b & c))
          a & b == c | d => ((a & b) == (c | d))
          -x.T => (-x.T)
          -a * b => ((-a) * b)
          ~m & n => ((~m) & n)
          a[1] ** 2 => (a[1] ** 2)
          2 * x + 1 => ((2 * x) + 1)
          f(x)[0].y(1, k=2) => f(x)[0].y(1, k=2)
          - -x => (-(-x))
          not not x => (not (not x))
          A.T @ (A @ B) => (A.T @ (A @ B))
          x == (a < b) => (x == (a < b))
          """)
  void groups(String source, String expected) {
    assertEquals(expected, AstPrinter.printParenthesized(Trees.expr(source)));
  }
}
