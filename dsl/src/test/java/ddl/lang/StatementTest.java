package ddl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.lang.ast.Expr;
import ddl.lang.ast.IndexItem;
import ddl.lang.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every statement and expression form, checked on the tree the parser builds. */
class StatementTest {

  private static List<Stmt> parse(String text) {
    return Trees.parse(text).statements();
  }

  private static Stmt single(String text) {
    List<Stmt> statements = parse(text);
    assertEquals(1, statements.size(), () -> "statements of " + text);
    return statements.get(0);
  }

  private static String tree(String text) {
    return Trees.describe(single(text));
  }

  @Test
  void literals() {
    assertEquals(
        "Expression(Array([Num(10_000_000, true), Num(1e-4, false), Str(it's), Bool(true), "
            + "Bool(false), None(), None(), Name(pi)]), false)",
        tree("[10_000_000, 1e-4, 'it\\'s', True, false, None, newaxis, pi]"));
    Expr.Num num = (Expr.Num) ((Stmt.Expression) single("10_000_000")).expr();
    assertEquals(10_000_000L, num.longValue());
  }

  @Test
  void arraysAndTuples() {
    assertEquals(
        "Expression(Array([Num(1, true), Array([Num(2, true)])]), false)", tree("[1, [2],]"));
    assertEquals("Expression(Array([]), false)", tree("[]"));
    assertEquals("Expression(Tuple([]), false)", tree("()"));
    assertEquals("Expression(Tuple([Num(3, true)]), false)", tree("(3,)"));
    assertEquals("Expression(Tuple([Num(3, true), Num(4, true)]), false)", tree("(3, 4)"));
    assertEquals("Expression(Num(3, true), false)", tree("(3)"));
  }

  @Test
  void assignments() {
    assertEquals("Assign(Name(x), Num(3, true))", tree("x = 3"));
    assertEquals(
        "Assign(Index(Name(A), [Num(0, true), Slice(null, null, null)]), Num(0, true))",
        tree("A[0, :] = 0"));
    assertEquals(
        "Assign(Index(Name(x), [Binary(GT, Name(x), Num(40, true))]), Num(0, true))",
        tree("x[x > 40] = 0"));
    assertEquals("Assign(Member(Name(obj), f), Num(1, true))", tree("obj.f = 1"));
    assertEquals("AugAssign(Name(x), ADD, Num(1, true))", tree("x += 1"));
    assertEquals("AugAssign(Name(x), SUB, Num(1, true))", tree("x -= 1"));
    assertEquals("AugAssign(Name(x), MUL, Num(2, true))", tree("x *= 2"));
    assertEquals("AugAssign(Name(x), DIV, Num(2, true))", tree("x /= 2"));
    assertEquals(
        "AugAssign(Index(Name(a), [Num(0, true)]), FLOORDIV, Num(2, true))", tree("a[0] //= 2"));
  }

  @Test
  void silentStatements() {
    List<Stmt> statements = parse("a; b\nc;\nx = 1;");
    assertTrue(((Stmt.Expression) statements.get(0)).silent());
    assertFalse(((Stmt.Expression) statements.get(1)).silent());
    assertTrue(((Stmt.Expression) statements.get(2)).silent());
    assertEquals(4, statements.size());
  }

  @Test
  void separators() {
    assertEquals(5, parse("z = zeros(3, 4); o = ones(2, 3)\n\n;;F = 1\nx\ny").size());
  }

  @Test
  void calls() {
    assertEquals(
        "Expression(Call(Name(sum), [Name(A), Num(1, true)], "
            + "[Keyword(axis, Num(1, true)), Keyword(keepdims, Bool(true))]), false)",
        tree("sum(A, 1, axis=1, keepdims=true,)"));
    assertEquals(
        "Expression(Call(Member(Name(A), sum), [Num(0, true)], []), false)", tree("A.sum(0)"));
    assertEquals(
        "Expression(Call(Member(Name(Math), sin), [Num(1.0, false)], []), false)",
        tree("Math.sin(1.0)"));
    assertEquals(
        "Expression(Call(Member(Name(x), getClass), [], []), false)", tree("x.getClass()"));
    assertEquals(
        "Expression(Call(Name(print), [Name(x), Str(and), Name(y)], []), false)",
        tree("print(x, \"and\", y)"));
  }

  @Test
  void newObjects() {
    assertEquals(
        "Expression(New(java.util.Random, [Num(1, true)]), false)",
        tree("new java.util.Random(1)"));
    assertEquals(
        "Assign(Name(xs), New(java.util.ArrayList<>, []))",
        tree("xs = new java.util.ArrayList<>()"));
    assertEquals(
        "Expression(Call(Member(New(java.util.Random, [Num(1, true)]), nextInt), [], []), false)",
        tree("new java.util.Random(1).nextInt()"));
  }

  @Test
  void indexing() {
    Expr.Index index = (Expr.Index) ((Stmt.Expression) single("a[1:, ::2, ..., None, -1]")).expr();
    List<IndexItem> items = index.items();
    IndexItem.Slice first = (IndexItem.Slice) items.get(0);
    assertEquals("1", ((Expr.Num) first.start()).text());
    assertNull(first.stop());
    assertNull(first.step());
    IndexItem.Slice second = (IndexItem.Slice) items.get(1);
    assertNull(second.start());
    assertEquals("2", ((Expr.Num) second.step()).text());
    assertTrue(items.get(2) instanceof IndexItem.Ellipsis);
    assertTrue(items.get(3) instanceof Expr.None);
    assertEquals("Unary(NEG, Num(1, true))", Trees.describe(items.get(4)));
    assertEquals(
        "Expression(Index(Name(A), [Slice(Num(1, true), Num(3, true), null), Num(2, true)]), "
            + "false)",
        tree("A[1:3, 2]"));
    assertEquals(
        "Expression(Index(Name(x), [Slice(null, null, Unary(NEG, Num(1, true)))]), false)",
        tree("x[::-1]"));
    assertEquals(
        "Expression(Index(Member(Name(A), shape), [Num(0, true)]), false)", tree("A.shape[0]"));
  }

  @Test
  void oneLineDef() {
    Stmt.Def def = (Stmt.Def) single("def f(x, phi) = phi[0] + phi[1] * x");
    assertEquals("f", def.name());
    assertTrue(def.expressionBody());
    assertEquals(List.of("x", "phi"), def.params().stream().map(Stmt.Param::name).toList());
    assertTrue(def.body().get(0) instanceof Stmt.Return);
  }

  @Test
  void blockDefWithDefaults() {
    Stmt.Def def =
        (Stmt.Def) single("def loss(phi, k=2) {\n  r = f(x, phi) - y\n  return sum(r ** k)\n}");
    assertFalse(def.expressionBody());
    assertNull(def.params().get(0).defaultValue());
    assertEquals("Num(2, true)", Trees.describe(def.params().get(1).defaultValue()));
    assertEquals(2, def.body().size());
    assertEquals("Return(null)", Trees.describe(single("def g() { return }").accept(new Body())));
  }

  @Test
  void loops() {
    assertEquals(
        "For(i, Call(Name(range), [Num(10, true)], []), [Assign(Name(phi), Binary(SUB, "
            + "Name(phi), Binary(MUL, Name(lr), Name(g))))])",
        tree("for i in range(10) { phi = phi - lr * g }"));
    assertEquals(
        "For(row, Name(A), [Expression(Call(Name(print), [Name(row)], []), false)])",
        tree("for row in A {\n  print(row)\n}"));
    assertEquals(
        "While(Binary(GT, Name(err), Num(1e-6, false)), [Break(), Continue()])",
        tree("while err > 1e-6 { break; continue }"));
  }

  @Test
  void ifElseChains() {
    assertEquals(
        "If(Binary(GT, Name(n), Num(3, true)), [Assign(Name(a), Num(1, true))], "
            + "[If(Binary(GT, Name(n), Num(1, true)), [Assign(Name(a), Num(2, true))], "
            + "[Assign(Name(a), Num(3, true))])])",
        tree("if n > 3 { a = 1 } else if n > 1 { a = 2 } else { a = 3 }"));
    assertEquals(
        "If(Name(c), [], [Expression(Name(x), false)])", tree("if c {\n}\nelse {\n  x\n}"));
  }

  @Test
  void spans() {
    Stmt.Assign assign = (Stmt.Assign) single("  y2 = 2 * x + 1");
    assertEquals(new Span(2, 16), assign.span());
    assertEquals(new Span(7, 16), assign.value().span());
    Stmt.For loop = (Stmt.For) single("for i in range(3) {\n}");
    assertEquals(new Span(0, 21), loop.span());
    assertEquals(new Span(4, 5), loop.variableSpan());
  }

  @Test
  void multiLineExpressions() {
    assertEquals(
        "Assign(Name(y), Binary(MUL, Num(2, true), Num(3, true)))", tree("y = 2 *\n    3"));
    assertEquals(
        "Assign(Name(A), Array([Array([Num(1, true), Num(2, true)]), Array([Num(3, true), "
            + "Num(4, true)])]))",
        tree("A = [\n  [1, 2],\n  [3, 4],\n]"));
  }

  /** Extracts the first statement of a def's body. */
  private static final class Body implements Stmt.Visitor<Stmt> {
    @Override
    public Stmt visitDef(Stmt.Def stmt) {
      return stmt.body().get(0);
    }

    @Override
    public Stmt visitExpression(Stmt.Expression stmt) {
      return stmt;
    }

    @Override
    public Stmt visitAssign(Stmt.Assign stmt) {
      return stmt;
    }

    @Override
    public Stmt visitAugAssign(Stmt.AugAssign stmt) {
      return stmt;
    }

    @Override
    public Stmt visitReturn(Stmt.Return stmt) {
      return stmt;
    }

    @Override
    public Stmt visitIf(Stmt.If stmt) {
      return stmt;
    }

    @Override
    public Stmt visitFor(Stmt.For stmt) {
      return stmt;
    }

    @Override
    public Stmt visitWhile(Stmt.While stmt) {
      return stmt;
    }

    @Override
    public Stmt visitBreak(Stmt.Break stmt) {
      return stmt;
    }

    @Override
    public Stmt visitContinue(Stmt.Continue stmt) {
      return stmt;
    }

    @Override
    public Stmt visitJava(Stmt.Java stmt) {
      return stmt;
    }
  }
}
