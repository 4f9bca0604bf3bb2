package ddl.lang.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.lang.DdlError;
import ddl.lang.Source;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Java the translator writes for the main constructs, checked as text. */
class TranslatorTest {
  /** A session where {@code x} and {@code s} exist: x a tensor (Object), s a long. */
  static final Environment ENV =
      new Environment() {
        @Override
        public JType variable(String name) {
          return Map.of("x", JType.OBJECT, "s", JType.LONG).get(name);
        }

        @Override
        public JType javaType(String name) {
          return null;
        }

        @Override
        public DefSignature def(String name) {
          return null;
        }

        @Override
        public boolean isClass(String name) {
          return name.equals("Math") || name.equals("java.util.Random");
        }

        @Override
        public Set<String> knownNames() {
          return Set.of("x", "s");
        }
      };

  static String java(String ddl) {
    return Translator.javaOf(ENV, new Source("<test>", ddl), false);
  }

  @Test
  void operatorsBecomeOpsCallsAndKnownNumbersStayJava() {
    assertTrue(java("p = x + 1").contains("p = ddl.stdlib.Ops.addTo(x, (Object) Long.valueOf(1L), ddl$s.ctx.reusable(p));"), java("p = x + 1"));
    assertTrue(java("z = 2 * 3 + 0.5").contains("z = (Object) Double.valueOf(((2L * 3L) + 0.5));"));
    assertTrue(java("q = 7 // 2").contains("ddl.stdlib.Ops.floordiv(7L, 2L)"));
    assertTrue(java("p = x @ x").contains("p = ddl.stdlib.Ops.matmulTo(x, x, ddl$s.ctx.reusable(p));"), java("p = x @ x"));
    assertTrue(java("print(x - 1)").contains("ddl.stdlib.Ops.sub(x, (Object) Long.valueOf(1L))"), java("print(x - 1)"));
  }

  @Test
  void nestedElementwiseOperatorsAreOneLoop() {
    // 2 * x + 1: one loop over the operands, written into y's tensor when y alone holds it; the
    // operators one by one (the temporary of 2 * x reused) when the loop does not apply
    String j = java("y = 2 * x + 1");
    assertTrue(j.contains("ddl.stdlib.Fused.plan(v$, 3)"), j);
    assertTrue(j.contains("r$[i$] = ((a0$[o0$ + i$ * s0$] * a1$[o1$ + i$ * s1$]) + a2$[o2$ + i$ * s2$]);"), j);
    assertTrue(j.contains("double[] r$ = p$.output(v$[3], v$);"), j);
    assertTrue(j.contains("return ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mulTo(v$[0], v$[1], v$[3]), v$[2]);"), j);
    assertTrue(j.contains(".apply(new Object[] {(Object) Long.valueOf(2L), x, (Object) Long.valueOf(1L), ddl$s.ctx.reusable(y)})"), j);
    // one operator is one call, as before
    assertTrue(java("y = 2 * x").contains(
        "y = ddl.stdlib.Ops.mulTo((Object) Long.valueOf(2L), x, ddl$s.ctx.reusable(y));"), java("y = 2 * x"));
  }

  @Test
  void aVariableUsedOtherThanAsAnOperandIsMarkedShared() {
    String j = java("t = [x, x + 1]");
    assertTrue(j.contains("ddl.stdlib.Lang.array(ddl.stdlib.Lang.shared(x), ddl.stdlib.Ops.add(x, (Object) Long.valueOf(1L)))"), j);
    assertTrue(java("t = x").contains("t = ddl.stdlib.Lang.shared(x);"), java("t = x"));
    assertTrue(java("def f(a) { b = a * 2; return b }").contains("b = ddl.stdlib.Ops.mulTo(a, (Object) Long.valueOf(2L), b);"));
  }

  @Test
  void keywordArgumentsAreBoundFromTheBuiltinsParameterNames() {
    String j = java("t = sum(x, axis=1)");
    assertTrue(j.contains("ddl.stdlib.builtins.MathBuiltins.sum(ddl.stdlib.Lang.shared(x), (Object) Long.valueOf(1L), (Object) Boolean.FALSE)"), j);
    DdlError e = assertThrows(DdlError.class, () -> java("t = sum(x, axes=1)"));
    assertEquals("sum() got an unexpected keyword argument 'axes'", e.getMessage());
    assertEquals("did you mean 'axis'?", e.hint());
  }

  @Test
  void aTopLevelLoopWorksOnJavaPrimitivesAndWritesBack() {
    String j = java("for i in range(10) { s = s + i * 0.5 }");
    assertTrue(j.contains("double s$l = ddl.stdlib.Lang.isDouble(s) ? ddl.stdlib.Lang.asDouble(s) : 0;"), j);
    assertTrue(j.contains("s$l = (s$l + (i$l * 0.5));"), j);
    assertTrue(j.contains("} finally {"), j);
    assertTrue(j.contains("s = s$l;"), j);
    assertTrue(j.contains("ddl$s.ctx.check();"), j);
  }

  @Test
  void typedLongArithmeticIsCheckedAndContinuesInAnObjectVersion() {
    String j = java("for i in range(10) { s = s + i }");
    assertTrue(j.contains("s$l = Math.addExact(s$l, i$l);"), j);
    assertTrue(j.contains("} catch (ArithmeticException e$) {"), j);
    assertTrue(j.contains("k$ = 1; r0$s = r0$; b0$s = b0$; c0$s = c0$; break d$;"), j);
    assertTrue(j.contains("s = ddl.stdlib.Ops.addTo(s, i, ddl$s.ctx.reusable(s));"), j);
    String d = java("def g(n) { p = 1; for i in range(n) { p = p * i }; return p }");
    assertTrue(d.contains("p = Math.multiplyExact(p, i);"), d);
    assertTrue(d.contains("Object p$o = (Object) Long.valueOf(p);"), d);
    // constants are folded exactly; a boxed checked result is Python's int
    assertTrue(java("z = 2 ** 100").contains("ddl.stdlib.Lang.bigint(\"1267650600228229401496703205376\")"));
    assertTrue(java("z = 9223372036854775807 + 1").contains("bigint(\"9223372036854775808\")"));
    assertTrue(java("def h(a) { b = 2; return b * b }").contains(
        "return ddl.stdlib.Ops.mul((Object) Long.valueOf(b), (Object) Long.valueOf(b));"));
  }

  @Test
  void defLocalsAssignedOnlyNumbersAreTyped() {
    String j = java("def h(n) {\n  t = 0\n  for i in range(n) { t = t + i * 0.5 }\n  return t\n}");
    assertTrue(j.startsWith("Object h(Object n) {"), j);
    assertTrue(j.contains("double t = 0;"), j);
    assertTrue(j.contains("long i = 0;"), j);
    assertTrue(j.contains("return (Object) Double.valueOf(t);"), j);
  }

  @Test
  void javaClassesAreCalledByReflectionAndUnknownNamesAreErrors() {
    assertTrue(java("r = Math.sin(1.0)").contains("ddl.stdlib.Members.invokeStatic(Math.class, \"sin\", (Object) Double.valueOf(1.0))"));
    assertTrue(java("r = new java.util.Random(1)").contains("ddl.stdlib.Members.construct(java.util.Random.class, (Object) Long.valueOf(1L))"));
    DdlError e = assertThrows(DdlError.class, () -> java("r = linspce(0, 1)"));
    assertEquals("unknown name 'linspce'", e.getMessage());
    assertEquals("did you mean 'linspace'?", e.hint());
  }

  @Test
  void runsOfStatementsAreOneSnippetAndDefsTheirOwn() {
    List<Unit> units = new Translator(ENV).translate(
        ddl.lang.Parser.parse(new Source("<t>", "a = 1\nb = 2\ndef f(v) = v\nc = f(a)")), false);
    assertEquals(List.of(Unit.Kind.BLOCK, Unit.Kind.METHOD, Unit.Kind.BLOCK),
        units.stream().map(Unit::kind).toList());
    assertEquals(List.of("a", "b"), units.get(0).declares());
  }

  @Test
  void aLoopKeepsTheNumbersItCreatesBeforeUsingThemInJavaLocals() {
    String j = java("for k in range(3) { t0 = Math.sqrt(2.0); u = 0.0; for i in range(10) { u = u + i * 0.5 }; print(u, t0) }");
    assertTrue(j.contains("double u$l = 0;") && j.contains("long i$l = 0;"), j);
    assertTrue(j.contains("u$l = (u$l + (i$l * 0.5));"), j);
    assertTrue(j.contains("if (u$l$ran) u = u$l;"), j);
    assertTrue(j.contains("t0 = ddl.stdlib.Members.invokeStatic(Math.class, \"sqrt\""), j);
  }

  @Test
  void aNameReboundToAnotherTypeOrUsedBeforeItIsAssignedStaysAnObject() {
    String rebound = java("for k in range(3) { v = 1; v = \"one\" }");
    assertTrue(!rebound.contains("v$l") && rebound.contains("v = \"one\";"), rebound);
    String mixed = java("for k in range(3) { if k > 1 { q = 1.5 } else { q = 2 } }");
    assertTrue(!mixed.contains("q$l"), mixed);
    // i may be unassigned after a loop that did not run: an Object, and so is what adds it
    String after = java("for k in range(3) { u = 0; for i in range(k) { u = u + i }; print(i) }");
    assertTrue(!after.contains("i$l") && !after.contains("u$l"), after);
  }
}
