package ddl.lang.translate;

import ddl.lang.DdlError;
import ddl.lang.Op;
import ddl.lang.Span;
import ddl.lang.ast.Expr;
import ddl.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Translates statements into Java statements written to a {@link JavaWriter}. */
final class StmtTranslator {
  private static final String CHECK = Names.CTX + ".check();";
  private final Translator t;
  private Scope scope;
  private JavaWriter w;
  private final ExprTranslator x;
  private int counter;
  /** The top-level loop variable whose "loop ran" flag the prelude declared, if any. */
  private String ranFlagFor;

  StmtTranslator(Translator t, Scope scope, JavaWriter w) {
    this.t = t;
    this.scope = scope;
    this.w = w;
    this.x = new ExprTranslator(t, scope);
  }

  Scope scope() {
    return scope;
  }

  /**
   * A statement at top level; returns the static types of the top-level names it assigned.
   */
  Map<String, JType> topLevel(Stmt s, boolean display) {
    Map<String, JType> assigned = new LinkedHashMap<>();
    w.line(Names.CTX + ".statement();", s.span()); // numpy's warnings: once per statement
    if (s instanceof Stmt.Expression && display && !((Stmt.Expression) s).silent()) {
      Code c = x.translate(((Stmt.Expression) s).expr());
      if (c.type() == JType.VOID) {
        w.line(c.java() + ";", s.span());
      } else {
        w.line(Names.SESSION + ".show(" + c.boxed() + ");", s.span());
      }
      return assigned;
    }
    if (s instanceof Stmt.Assign && ((Stmt.Assign) s).target() instanceof Expr.Name) {
      Stmt.Assign a = (Stmt.Assign) s;
      String name = ((Expr.Name) a.target()).name();
      Code v = x.assignedValue(a.value(), reusableTarget(name));
      JType declared = t.env().javaType(name);
      if (v.type() == JType.VOID) {
        w.line(v.java() + ";", s.span()); // x = print(3) prints, then x is None
      }
      w.line(Names.java(name) + " = " + valueFor(declared, v) + ";", s.span());
      JType type = v.type() == JType.VOID ? JType.OBJECT : v.type();
      t.assignGlobal(name, type);
      assigned.put(name, type);
      return assigned;
    }
    if (s instanceof Stmt.For || s instanceof Stmt.While) {
      loopWithTypedGlobals(s, assigned);
      return assigned;
    }
    statement(s);
    Set<String> names = new LinkedHashSet<>();
    Assignments.collect(s, names);
    for (String n : names) {
      JType prior = t.globalType(n, false);
      JType now = scope.assignedTypes.getOrDefault(n, JType.OBJECT);
      JType joined = prior == null ? now : JType.join(prior, now);
      t.assignGlobal(n, joined);
      assigned.put(n, joined);
    }
    return assigned;
  }

  /** A value for a top-level variable: boxed, unless a Java line declared it with a primitive type. */
  private static String valueFor(JType declared, Code v) {
    if (v.type() == JType.VOID) {
      return "(Object) null";
    }
    return declared != null && declared != JType.OBJECT && v.type() != JType.OBJECT ? v.java() : v.boxed();
  }

  /**
   * A top-level loop whose numeric variables are worked on as Java primitives, copied in before
   * and written back after (also when the loop stops by an error or an interrupt).
   */
  private void loopWithTypedGlobals(Stmt loop, Map<String, JType> assigned) {
    Set<String> names = new LinkedHashSet<>();
    Assignments.collect(loop, names);
    String loopVar = loop instanceof Stmt.For && isRange(((Stmt.For) loop).iterable())
        ? ((Stmt.For) loop).variable() : null;
    Map<String, JType> typed = new LinkedHashMap<>();
    for (String n : names) {
      JType g = t.globalType(n, false);
      if (n.equals(loopVar)) {
        typed.put(n, JType.LONG);
      } else if (g != null && g.isNumeric() && t.env().javaType(n) == null) {
        typed.put(n, g);
      }
    }
    // widen until every assignment in the loop fits (long → double), dropping non-numbers
    for (int pass = 0; pass < 5; pass++) {
      Scope trial = new Scope(scope, false);
      for (Map.Entry<String, JType> e : typed.entrySet()) {
        trial.define(e.getKey(), new Scope.Local(local(e.getKey()), e.getValue()));
      }
      StmtTranslator dry = new StmtTranslator(t, trial, new JavaWriter());
      dry.statement(loop);
      boolean changed = false;
      for (String n : new ArrayList<>(typed.keySet())) {
        JType before = typed.get(n);
        JType after = JType.join(before, trial.assignedTypes.getOrDefault(n, before));
        if (!after.isNumeric()) {
          typed.remove(n);
          changed = true;
        } else if (after != before) {
          typed.put(n, after);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    Scope inner = new Scope(scope, false);
    w.open("{", loop.span());
    for (Map.Entry<String, JType> e : typed.entrySet()) {
      String n = e.getKey();
      inner.define(n, new Scope.Local(local(n), e.getValue()));
      String init = n.equals(loopVar) && t.globalType(n, false) == null ? "0"
          : (e.getValue() == JType.LONG ? ExprTranslator.LANG + ".asLong(" : ExprTranslator.LANG + ".asDouble(")
              + Names.java(n) + ")";
      if (n.equals(loopVar) && t.globalType(n, false) != null && !t.globalType(n, false).isNumeric()) {
        init = "0";
      }
      w.line(e.getValue().java() + " " + local(n) + " = " + init + ";", loop.span());
    }
    if (loopVar != null && typed.containsKey(loopVar) && t.globalType(loopVar, false) == null) {
      w.line("boolean " + local(loopVar) + "$ran = false;", loop.span());
      ranFlagFor = loopVar;
    }
    if (!typed.isEmpty()) {
      w.open("try {", loop.span());
    }
    Scope outer = scope;
    scope = inner;
    x.scope = inner;
    statement(loop);
    scope = outer;
    x.scope = outer;
    if (!typed.isEmpty()) {
      w.close("} finally {", loop.span());
      w.open("", loop.span());
      for (String n : typed.keySet()) {
        if (n.equals(loopVar) && t.globalType(n, false) == null) {
          // the loop variable exists afterwards only if the loop ran
          w.line("if (" + local(n) + "$ran) " + Names.java(n) + " = " + local(n) + ";", loop.span());
        } else {
          w.line(Names.java(n) + " = " + local(n) + ";", loop.span());
        }
      }
      w.close("}", loop.span());
    }
    w.close("}", loop.span());
    for (String n : names) {
      JType prior = t.globalType(n, false);
      JType now = typed.containsKey(n) ? typed.get(n) : inner.assignedTypes.getOrDefault(n, JType.OBJECT);
      JType joined = prior == null ? now : JType.join(prior, now);
      t.assignGlobal(n, joined);
      assigned.put(n, joined);
    }
  }

  private static String local(String name) {
    return Names.java(name) + "$l";
  }

  static boolean isRange(Expr e) {
    return e instanceof Expr.Call
        && ((Expr.Call) e).callee() instanceof Expr.Name
        && ((Expr.Name) ((Expr.Call) e).callee()).name().equals("range")
        && ((Expr.Call) e).keywords().isEmpty()
        && !((Expr.Call) e).args().isEmpty()
        && ((Expr.Call) e).args().size() <= 3;
  }

  void statements(List<Stmt> stmts) {
    for (Stmt s : stmts) {
      statement(s);
    }
  }

  void statement(Stmt s) {
    if (s instanceof Stmt.Expression) {
      Code c = x.translate(((Stmt.Expression) s).expr());
      w.line(c.type() == JType.VOID ? c.java() + ";" : Names.SESSION + ".discard(" + c.boxed() + ");", s.span());
    } else if (s instanceof Stmt.Assign) {
      assign((Stmt.Assign) s);
    } else if (s instanceof Stmt.AugAssign) {
      augAssign((Stmt.AugAssign) s);
    } else if (s instanceof Stmt.If) {
      ifStatement((Stmt.If) s, false);
    } else if (s instanceof Stmt.While) {
      Stmt.While wh = (Stmt.While) s;
      w.open("while (" + cond(wh.condition()) + ") {", s.span());
      w.line(CHECK, s.span());
      statements(wh.body());
      w.close("}", s.span());
    } else if (s instanceof Stmt.For) {
      forStatement((Stmt.For) s);
    } else if (s instanceof Stmt.Break) {
      w.line("break;", s.span());
    } else if (s instanceof Stmt.Continue) {
      w.line("continue;", s.span());
    } else if (s instanceof Stmt.Return) {
      Expr v = ((Stmt.Return) s).value();
      if (v == null) {
        w.line("return null;", s.span());
      } else {
        Code c = x.translate(v);
        if (c.type() == JType.VOID) {
          w.line(c.java() + ";", s.span()); // def f(x) = print(x) prints, then returns None
          w.line("return null;", s.span());
        } else {
          w.line("return " + c.boxed() + ";", s.span());
        }
      }
    } else if (s instanceof Stmt.Def) {
      throw DdlError.misplaced(s.span(), "def", "inside a block; define functions at top level");
    } else if (s instanceof Stmt.Java) {
      w.line(((Stmt.Java) s).code(), s.span());
    } else {
      throw Translator.internal(s.span(), "cannot translate " + s.getClass().getSimpleName());
    }
  }

  private void ifStatement(Stmt.If s, boolean elseIf) {
    String cond = cond(s.condition());
    if (elseIf) {
      w.close("} else if (" + cond + ") {", s.span());
      w.open("", s.span());
    } else {
      w.open("if (" + cond + ") {", s.span());
    }
    statements(s.then());
    List<Stmt> other = s.otherwise();
    if (other != null && other.size() == 1 && other.get(0) instanceof Stmt.If) {
      ifStatement((Stmt.If) other.get(0), true);
      return;
    }
    if (other != null && !other.isEmpty()) {
      w.close("} else {", s.span());
      w.open("", s.span());
      statements(other);
    }
    w.close("}", s.span());
  }

  /** A condition on a line of its own, so an error in its truth test points at it. */
  private String cond(Expr e) {
    return JavaWriter.mark(e.span()) + x.translate(e).condition();
  }

  private void forStatement(Stmt.For f) {
    String var = f.variable();
    Span sp = f.span();
    int id = counter++;
    if (isRange(f.iterable())) {
      List<Expr> a = ((Expr.Call) f.iterable()).args();
      String start = a.size() == 1 ? "0L" : bound(a.get(0), "start");
      String stop = bound(a.get(a.size() == 1 ? 0 : 1), "stop");
      String step = a.size() == 3 ? bound(a.get(2), "step") : "1L";
      String r = "r" + id + "$";
      String b = "b" + id + "$";
      String c = "c" + id + "$";
      boolean positive = a.size() < 3 || isPositiveLiteral(a.get(2));
      w.line("long " + b + " = " + stop + ", " + c + " = " + step + ";", sp);
      if (!positive) {
        w.line("if (" + c + " == 0) throw new IllegalArgumentException(\"range() arg 3 must not be zero\");", sp);
      }
      String cond = positive ? r + " < " + b : "(" + c + " > 0 ? " + r + " < " + b + " : " + r + " > " + b + ")";
      String ranFlag = var.equals(ranFlagFor) ? local(var) + "$ran" : null;
      ranFlagFor = null;
      w.open("for (long " + r + " = " + start + "; " + cond + "; " + r + " += " + c + ") {", sp);
      w.line(CHECK, sp);
      assignLoopVar(var, new Code(r, JType.LONG), sp);
      if (ranFlag != null) {
        w.line(ranFlag + " = true;", sp);
      }
      statements(f.body());
      w.close("}", sp);
      return;
    }
    Code it = x.translate(f.iterable());
    String r = "v" + id + "$";
    w.open("for (Object " + r + " : " + ExprTranslator.LANG + ".iter(" + it.boxed() + ")) {", sp);
    w.line(CHECK, sp);
    assignLoopVar(var, Code.object(r), sp);
    statements(f.body());
    w.close("}", sp);
  }

  private String bound(Expr e, String what) {
    Code c = x.translate(e);
    return c.type() == JType.LONG ? c.java()
        : ExprTranslator.LANG + ".rangeBound(" + c.boxed() + ", " + Names.literal(what) + ")";
  }

  private static boolean isPositiveLiteral(Expr e) {
    return e instanceof Expr.Num && ((Expr.Num) e).isInt() && ((Expr.Num) e).longValue() > 0;
  }

  private void assignLoopVar(String var, Code value, Span sp) {
    Scope.Local l = scope.lookup(var);
    if (l != null) {
      w.line(l.java() + " = " + convert(value, l.type()) + ";", sp);
      scope.recordAssignment(var, value.type());
    } else {
      w.line(Names.java(var) + " = " + value.boxed() + ";", sp);
      scope.recordAssignment(var, value.type());
      knowGlobal(var, value.type());
    }
  }

  /** {@code value} as Java of type {@code to} (widening a long to a double, boxing for Object). */
  private static String convert(Code value, JType to) {
    if (to == JType.OBJECT) {
      return value.boxed();
    }
    if (value.type() == to || (to == JType.DOUBLE && value.type() == JType.LONG)) {
      return value.java();
    }
    // only reached in a typing pass whose guess is revised afterwards
    if (to == JType.LONG) {
      return "(long) " + ExprTranslator.LANG + ".asLong(" + value.boxed() + ")";
    }
    if (to == JType.DOUBLE) {
      return ExprTranslator.LANG + ".asDouble(" + value.boxed() + ")";
    }
    return ddl.lang.translate.ExprTranslator.OPS + ".truth(" + value.boxed() + ")";
  }

  private void assign(Stmt.Assign a) {
    Expr target = a.target();
    if (target instanceof Expr.Name && ((Expr.Name) target).name().equals("_")) {
      throw DdlError.cannotAssign(target.span(), "'_', which holds the last result,");
    }
    if (target instanceof Expr.Name) {
      String name = ((Expr.Name) target).name();
      Code v = x.assignedValue(a.value(), reusableTarget(name));
      if (v.type() == JType.VOID) {
        w.line(v.java() + ";", a.span());
        v = Code.object("(Object) null");
      }
      Scope.Local l = scope.lookup(name);
      if (l != null) {
        w.line(l.java() + " = " + convert(v, l.type()) + ";", a.span());
      } else {
        JType declared = t.env().javaType(name);
        w.line(Names.java(name) + " = " + valueFor(declared, v) + ";", a.span());
        knowGlobal(name, v.type());
      }
      scope.recordAssignment(name, v.type());
    } else if (target instanceof Expr.Tuple) {
      List<Expr> names = ((Expr.Tuple) target).elements();
      String tmp = "u" + (counter++) + "$";
      Code v = x.translate(a.value());
      w.line("Object[] " + tmp + " = " + ExprTranslator.LANG + ".unpack(" + v.boxed() + ", "
          + names.size() + ");", a.span());
      for (int i = 0; i < names.size(); i++) {
        String name = ((Expr.Name) names.get(i)).name();
        Code item = Code.object(tmp + "[" + i + "]");
        Scope.Local l = scope.lookup(name);
        if (l != null) {
          w.line(l.java() + " = " + convert(item, l.type()) + ";", a.span());
        } else {
          w.line(Names.java(name) + " = " + item.java() + ";", a.span());
          knowGlobal(name, JType.OBJECT);
        }
        scope.recordAssignment(name, JType.OBJECT);
      }
    } else if (target instanceof Expr.Index) {
      Expr.Index ix = (Expr.Index) target;
      Code obj = x.translate(ix.target());
      Code v = x.translate(a.value());
      w.line(ExprTranslator.LANG + ".setitem(" + obj.boxed() + ", " + v.boxed() + x.indexItems(ix.items()) + ");", a.span());
    } else if (target instanceof Expr.Member) {
      Expr.Member m = (Expr.Member) target;
      Code obj = x.translate(m.target());
      Code v = x.translate(a.value());
      w.line("ddl.stdlib.Members.setattr(" + obj.boxed() + ", " + Names.literal(m.name()) + ", " + v.boxed() + ");", a.span());
    } else {
      throw DdlError.cannotAssign(target.span(), "this expression");
    }
  }

  /**
   * Java reading the variable {@code name} as the tensor a result may be written into (see
   * ExprTranslator.assignedValue), or null: a def's Object local; a top-level ddl variable
   * through the context, which turns this off once Java code runs in the session.
   */
  private String reusableTarget(String name) {
    Scope.Local l = scope.lookup(name);
    if (l != null) {
      return l.type() == JType.OBJECT ? l.java() : null;
    }
    if (scope.inFunction() || t.env().javaType(name) != null) {
      return null;
    }
    return Names.CTX + ".reusable(" + Names.java(name) + ")";
  }

  /** A top-level name assigned inside a compound statement is visible to what follows it. */
  private void knowGlobal(String name, JType type) {
    if (!scope.inFunction()) {
      JType prior = t.globalType(name, false);
      t.assignGlobal(name, prior == null ? JType.OBJECT : JType.join(prior, type));
    }
  }

  private void augAssign(Stmt.AugAssign a) {
    Expr target = a.target();
    Op op = a.op();
    if (target instanceof Expr.Name) {
      String name = ((Expr.Name) target).name();
      Scope.Local l = scope.lookup(name);
      JType current = l != null ? l.type() : t.globalType(name, scope.inFunction());
      if (current == null) {
        throw x.unknown(target.span(), name);
      }
      Code v = x.translate(a.value());
      if (current.isNumeric() && v.type().isNumeric()) {
        Code r = x.translate(new Expr.Binary(op, target, a.value(), a.span()));
        w.line((l != null ? l.java() : Names.java(name)) + " = " + (l != null ? convert(r, l.type()) : r.boxed()) + ";", a.span());
        scope.recordAssignment(name, r.type());
        return;
      }
      String java = l != null ? l.java() : Names.java(name);
      w.line(java + " = " + ExprTranslator.LANG + ".inplace(" + Names.literal(op.method()) + ", "
          + java + (l != null && l.type() != JType.OBJECT ? "" : "") + ", " + v.boxed() + ");", a.span());
      scope.recordAssignment(name, JType.OBJECT);
    } else if (target instanceof Expr.Index) {
      Expr.Index ix = (Expr.Index) target;
      Code obj = x.translate(ix.target());
      Code v = x.translate(a.value());
      w.line(ExprTranslator.LANG + ".augitem(" + obj.boxed() + ", " + Names.literal(op.method()) + ", "
          + v.boxed() + x.indexItems(ix.items()) + ");", a.span());
    } else {
      throw DdlError.cannotAssign(target.span(), "this expression");
    }
  }
}
