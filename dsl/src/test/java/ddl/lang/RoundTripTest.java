package ddl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.lang.ast.AstPrinter;
import ddl.lang.ast.Program;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every program, parsing the printed tree gives the same tree, spans aside. */
class RoundTripTest {

  static Stream<String> programs() {
    return Stream.of(
        "x = [50, 70, 30, 120]",
        "y = [900.0, 1200, 600, 2000]",
        "A = [[1, 2], [3, 4]]",
        "z = zeros(3, 4); o = ones(2, 3); F = full(2, 2, 7.5); I = eye(3)",
        "r = arange(0, 10, 2); i = arange(12); l = linspace(0, 1, 5)",
        "seed(42); R = rand(3, 4); N = randn(100)",
        "y2 = 2 * x + 1\nB = A + [10, 20]\nC = A @ B",
        "p = x ** 2; q = -x; s = x / 2; f = x // 2; m = x % 3",
        "m = x > 40",
        "total = sum(A); cols = sum(A, 0); rows = sum(A, axis=1); k = sum(A, 1, keepdims=true)",
        "mean(A, 0); max(A); min(A, 1); argmax(A, 1); exp(A); log(A); sqrt(A); abs(A)",
        "A.T; A.shape; A.ndim; A.size; A.dtype; reshape(A, 4, 1); reshape(A, -1); A.sum(0)",
        "A[0]; A[0, 1]; A[:, 1]; A[1:, :]; x[::-1]; x[-1]; x[x > 40]; A[newaxis, :]; T[..., 0]",
        "A[0, :] = 0; x += 1; x[x > 40] = 0; obj.f = 1; a[1:3] *= 2",
        "def f(x, phi) = phi[0] + phi[1] * x",
        "def loss(phi, k=2) {\n  r = f(x, phi) - y\n  return sum(r ** k)\n}",
        "for i in range(100) { phi = phi - lr * g }",
        "for row in A { print(row) }",
        "while err > 1e-6 { err = err / 2; if err < 1 { break } else { continue } }",
        "if n > 3 { a = 1 } else if n > 1 { a = 2 } else { a = 3 }",
        "print(x, \"and\", y, 'single', \"tab\\there \\\"q\\\" \\\\ \\u0001\")",
        "-2 ** 2; (-2) ** 2; 2 ** -1; 2 ** 3 ** 2; (2 ** 3) ** 2",
        "a - (b - c); (a - b) - c; a / (b * c); -(a + b); not (a and b); (not a) == b",
        "x > 1 and not y or z && !w || v",
        "(a < b) == (c < d); a | b & c; (a | b) & c; ~m & n; ~(m & n)",
        "f(x)(y)[0].z; (a + b).T; (a + b)[0]; (-x).T; (2).T; 2.5.real",
        "t = (); u = (3,); v = (3, 4); w = ((1, 2), (3,))",
        "zeros((3, 4)); sum(A, axis=(0, 1)); A.shape == (2, 2)",
        "r = new java.util.Random(1); n = r.nextInt(); Math.sin(1.0); x.getClass()",
        "xs = new java.util.ArrayList<>()",
        "int n = 3;\nx = n + 1\nclass P { int x; }",
        "def outer(a) {\n  def inner(b) = a + b\n  return inner\n}",
        "def g() {\n  for i in range(3) {\n    if i == 1 {\n      return\n    }\n  }\n}",
        "a; b;\nc",
        "pi * r ** 2 + inf - nan; True; False; None",
        "y = 2 *\n  3 + 1",
        "s = \"\"",
        "x = 10_000_000 + 1e-4 + 2.5E3 + .5 + 2.",
        "A[1:3:2, :2, 1:, ::, :]");
  }

  @ParameterizedTest
  @MethodSource("programs")
  void printedTreeParsesBackToTheSameTree(String text) {
    Program program = Trees.parse(text);
    String printed = AstPrinter.print(program);
    Program reparsed = Trees.parse(printed);
    assertEquals(Trees.describe(program), Trees.describe(reparsed), printed);
    assertEquals(printed, AstPrinter.print(reparsed));
  }

  @Test
  void printsCanonicalSource() {
    assertEquals(
        """
        def loss(phi, k=2) {
          r = f(x, phi) - y
          if k > 1 {
            return sum(r ** k)
          } else if k == 1 {
            return sum(abs(r))
          } else {
            return None
          }
        }
        x[x > 40] = 0
        A[None, ...];
        -2 ** 2;
        (-2) ** 2;
        2 ** -1
        """,
        AstPrinter.print(
            Trees.parse(
                "def loss(phi,k=2){ r=f(x,phi)-y; if k>1 {return sum(r**k)} else if k==1"
                    + " {return sum(abs(r))} else {return None}}\n"
                    + "x[x>40]=0; A[newaxis,...];\n-(2**2); (-2)**2; 2**(-1)")));
  }
}
