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
  /** The typed code being written, whose overflows leave for its Object version; or null. */
  private Region region;
  /** The Object version of a region being written, which resumes at one of its points; or null. */
  private Region resume;
  /** Java copying the state of the loops around the statement being written, for a point. */
  private final java.util.ArrayDeque<String> loopState = new java.util.ArrayDeque<>();

  StmtTranslator(Translator t, Scope scope, JavaWriter w) {
    this.t = t;
    this.scope = scope;
    this.w = w;
    this.x = new ExprTranslator(t, scope);
  }

  Scope scope() {
    return scope;
  }

  /** Writes typed code whose overflows leave for an Object version (see {@link Region}). */
  void typedIn(Region r) {
    region = r;
  }

  /** Writes the Object version of {@code r}, after the typed code another translator wrote. */
  void objectVersionOf(Region r, StmtTranslator typed) {
    resume = r;
    counter = typed.counter;
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
    List<String> entry = new ArrayList<>();
    for (Map.Entry<String, JType> e : typed.entrySet()) {
      String n = e.getKey();
      inner.define(n, new Scope.Local(local(n), e.getValue()));
      String init = n.equals(loopVar) && t.globalType(n, false) == null ? "0"
          : (e.getValue() == JType.LONG ? ExprTranslator.LANG + ".asLong(" : ExprTranslator.LANG + ".asDouble(")
              + Names.java(n) + ")";
      if (n.equals(loopVar) && t.globalType(n, false) != null && !t.globalType(n, false).isNumeric()) {
        init = "0";
      }
      if (!init.equals("0")) {
        // a value the Java type cannot hold as it is (a Python int beyond a long): the Object version
        entry.add((e.getValue() == JType.LONG ? ExprTranslator.LANG + ".isLong(" : ExprTranslator.LANG + ".isDouble(")
            + Names.java(n) + ")");
      }
      w.line(e.getValue().java() + " " + local(n) + " = " + init + ";", loop.span());
    }
    if (loopVar != null && typed.containsKey(loopVar) && t.globalType(loopVar, false) == null) {
      w.line("boolean " + local(loopVar) + "$ran = false;", loop.span());
      ranFlagFor = loopVar;
    }
    Region typedRegion = typed.isEmpty() ? null : new Region();
    JavaWriter outerWriter = w;
    w = new JavaWriter();
    Scope outer = scope;
    scope = inner;
    x.scope = inner;
    region = typedRegion;
    statement(loop);
    region = null;
    scope = outer;
    x.scope = outer;
    JavaWriter typedJava = w;
    w = outerWriter;
    boolean objectCopy = typedRegion != null && (typedRegion.points > 0 || !entry.isEmpty());
    if (objectCopy) {
      String start = entry.isEmpty() ? "-1" : String.join(" && ", entry) + " ? -1 : 0";
      w.line("int " + Region.POINT + " = " + start + ";", loop.span());
      for (String d : typedRegion.saved) {
        w.line(d, loop.span());
      }
      w.open("if (" + Region.POINT + " < 0) {", loop.span());
    }
    if (!typed.isEmpty()) {
      w.open("try {", loop.span());
    }
    if (objectCopy) {
      w.open(Region.LABEL + ": {", loop.span());
    }
    w.append(typedJava);
    if (objectCopy) {
      w.close("}", loop.span());
    }
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
    if (objectCopy) {
      // the variables written back, the loop carries on with Python's ints where it left off
      w.close("}", loop.span());
      w.open("if (" + Region.POINT + " >= 0) {", loop.span());
      // the Object version assigns Objects; what follows still sees the typed version's types
      Map<String, JType> before = new LinkedHashMap<>(scope.assignedTypes);
      Map<String, JType> globalsBefore = t.globalTypes();
      resume = typedRegion;
      statement(loop);
      resume = null;
      t.restoreGlobals(globalsBefore);
      scope.assignedTypes.clear();
      scope.assignedTypes.putAll(before);
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
    if (resume != null) {
      resumed(s);
      return;
    }
    int before = region == null ? 0 : region.points;
    statementBody(s);
    if (region != null && region.points > before) {
      region.inside.put(s, new int[] {before + 1, region.points});
    }
  }

  /**
   * A statement of an Object version: skipped while it is resuming ({@code k$ != 0}) unless the
   * point it resumes at is inside; a statement with no point inside is written as usual.
   */
  private void resumed(Stmt s) {
    int[] in = resume.inside.get(s);
    if (in == null) {
      w.open("if (" + Region.POINT + " == 0) {", s.span());
      Region r = resume;
      resume = null;
      statementBody(s);
      resume = r;
      w.close("}", s.span());
      return;
    }
    w.open("if (" + Region.POINT + " == 0 || " + Region.within(in) + ") {", s.span());
    Integer own = resume.own.get(s);
    if (own != null) {
      w.line("if (" + Region.POINT + " == " + own + ") " + Region.POINT + " = 0;", s.span());
    }
    statementBody(s);
    w.close("}", s.span());
  }

  /**
   * The typed Java of a statement whose checked arithmetic may overflow: on an overflow (thrown
   * before anything is assigned) it notes the point and the state of the loops around it, and
   * leaves the typed code.
   */
  private void guarded(Stmt s, String java) {
    int id = region.point(s);
    w.open("try {", s.span());
    w.line(java, s.span());
    w.close("} catch (ArithmeticException e$) {", s.span());
    w.open("", s.span());
    StringBuilder leave = new StringBuilder(Region.POINT + " = " + id + ";");
    for (java.util.Iterator<String> it = loopState.descendingIterator(); it.hasNext(); ) {
      leave.append(' ').append(it.next());
    }
    w.line(leave.append(" break ").append(Region.LABEL).append(';').toString(), s.span());
    w.close("}", s.span());
  }

  /** An assignment of a number to a typed local: guarded where its value may overflow. */
  private void typedAssignment(Stmt s, Code value, Scope.Local l, String java) {
    if (region != null && value.checked() && l.type() != JType.OBJECT) {
      guarded(s, java);
    } else {
      w.line(java, s.span());
    }
  }

  private void statementBody(Stmt s) {
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
      Code c = x.translate(wh.condition());
      if (region != null && c.checked()) {
        w.open("while (true) {", s.span());
        w.line("if (!" + guardedCondition(s, wh.condition(), c) + ") break;", s.span());
      } else if (resume != null) {
        w.open("while (" + Region.POINT + " != 0 || " + cond(wh.condition(), c) + ") {", s.span());
      } else {
        w.open("while (" + cond(wh.condition(), c) + ") {", s.span());
      }
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
    Code c = x.translate(s.condition());
    String cond = region != null && c.checked() ? guardedCondition(s, s.condition(), c)
        : cond(s.condition(), c);
    if (resume != null) {
      // resuming inside the if: into the branch that holds the point, without the condition
      int[] then = resume.inside(s.then());
      cond = then == null ? Region.POINT + " == 0 && (" + cond + ")"
          : "(" + Region.POINT + " != 0 ? " + Region.within(then) + " : (" + cond + "))";
    }
    if (elseIf) {
      w.close("} else if (" + cond + ") {", s.span());
      w.open("", s.span());
    } else {
      w.open("if (" + cond + ") {", s.span());
    }
    statements(s.then());
    List<Stmt> other = s.otherwise();
    if (other != null && other.size() == 1 && other.get(0) instanceof Stmt.If && resume == null
        && !(region != null && x.translate(((Stmt.If) other.get(0)).condition()).checked())) {
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

  /**
   * A condition on a line of its own, so an error in its truth test points at it; outside typed
   * code, arithmetic that may overflow is compared with Python's ints.
   */
  private String cond(Expr e, Code c) {
    return JavaWriter.mark(e.span()) + c.exactCondition();
  }

  /** A condition of typed code that may overflow, computed first into a boolean: its name. */
  private String guardedCondition(Stmt s, Expr e, Code c) {
    String q = "q" + (counter++) + "$";
    w.line("boolean " + q + ";", s.span());
    guarded(s, q + " = " + JavaWriter.mark(e.span()) + c.condition() + ";");
    return q;
  }

  private void forStatement(Stmt.For f) {
    String var = f.variable();
    Span sp = f.span();
    int id;
    if (resume != null) {
      id = resume.loops.get(f);
    } else {
      id = counter++;
      if (region != null) {
        region.loops.put(f, id);
      }
    }
    boolean resuming = resume != null;
    if (isRange(f.iterable())) {
      List<Expr> a = ((Expr.Call) f.iterable()).args();
      Code startCode = a.size() == 1 ? null : x.translate(a.get(0));
      Code stopCode = x.translate(a.get(a.size() == 1 ? 0 : 1));
      Code stepCode = a.size() == 3 ? x.translate(a.get(2)) : null;
      String start = startCode == null ? "0L" : bound(startCode, "start");
      String stop = bound(stopCode, "stop");
      String step = stepCode == null ? "1L" : bound(stepCode, "step");
      boolean checked = region != null && (stopCode.checked()
          || (startCode != null && startCode.checked()) || (stepCode != null && stepCode.checked()));
      String r = "r" + id + "$";
      String b = "b" + id + "$";
      String c = "c" + id + "$";
      boolean positive = a.size() < 3 || isPositiveLiteral(a.get(2));
      String zero = "if (" + c + " == 0) throw new IllegalArgumentException(\"range() arg 3 must not be zero\");";
      if (resuming) {
        // entered to resume inside: the loop's state as the typed code left it
        w.line("long " + r + ", " + b + ", " + c + ";", sp);
        w.open("if (" + Region.POINT + " != 0) {", sp);
        w.line(r + " = " + r + "s; " + b + " = " + b + "s; " + c + " = " + c + "s;", sp);
        w.close("} else {", sp);
        w.open("", sp);
        w.line(b + " = " + stop + "; " + c + " = " + step + "; " + r + " = " + start + ";", sp);
        if (!positive) {
          w.line(zero, sp);
        }
        w.close("}", sp);
      } else if (checked) {
        String s = "s" + id + "$";
        w.line("long " + s + ", " + b + ", " + c + ";", sp);
        guarded(f, s + " = " + start + "; " + b + " = " + stop + "; " + c + " = " + step + ";");
        start = s;
      } else {
        w.line("long " + b + " = " + stop + ", " + c + " = " + step + ";", sp);
      }
      if (!positive && !resuming) {
        w.line(zero, sp);
      }
      String cond = positive ? r + " < " + b : "(" + c + " > 0 ? " + r + " < " + b + " : " + r + " > " + b + ")";
      String ranFlag = var.equals(ranFlagFor) ? local(var) + "$ran" : null;
      ranFlagFor = null;
      if (resuming) {
        w.open("for (; " + cond + "; " + r + " += " + c + ") {", sp);
        w.open("if (" + Region.POINT + " == 0) {", sp);
      } else {
        w.open("for (long " + r + " = " + start + "; " + cond + "; " + r + " += " + c + ") {", sp);
      }
      w.line(CHECK, sp);
      assignLoopVar(var, new Code(r, JType.LONG), sp);
      if (ranFlag != null) {
        w.line(ranFlag + " = true;", sp);
      }
      if (resuming) {
        w.close("}", sp);
      }
      if (region != null) {
        region.saved.add("long " + r + "s = 0, " + b + "s = 0, " + c + "s = 0;");
        loopState.push(r + "s = " + r + "; " + b + "s = " + b + "; " + c + "s = " + c + ";");
      }
      statements(f.body());
      if (region != null) {
        loopState.pop();
      }
      w.close("}", sp);
      return;
    }
    Code it = x.translate(f.iterable());
    String v = "v" + id + "$";
    String iterator = "java.util.Iterator<Object> " + v;
    String fresh = ExprTranslator.LANG + ".iter(" + it.boxed() + ").iterator()";
    if (resuming) {
      w.line(iterator + " = " + Region.POINT + " != 0 ? " + v + "s : " + fresh + ";", sp);
      w.open("while (" + Region.POINT + " != 0 || " + v + ".hasNext()) {", sp);
      w.open("if (" + Region.POINT + " == 0) {", sp);
    } else {
      w.open("for (" + iterator + " = " + fresh + "; " + v + ".hasNext(); ) {", sp);
    }
    w.line(CHECK, sp);
    assignLoopVar(var, Code.object(v + ".next()"), sp);
    if (resuming) {
      w.close("}", sp);
    }
    if (region != null) {
      region.saved.add("java.util.Iterator<Object> " + v + "s = null;");
      loopState.push(v + "s = " + v + ";");
    }
    statements(f.body());
    if (region != null) {
      loopState.pop();
    }
    w.close("}", sp);
  }

  private String bound(Code c, String what) {
    return c.type() == JType.LONG && (region != null || !c.checked()) ? c.java()
        : ExprTranslator.LANG + ".rangeBound(" + c.boxed() + ", " + Names.literal(what) + ")";
  }

  private static boolean isPositiveLiteral(Expr e) {
    return e instanceof Expr.Num && ((Expr.Num) e).isInt() && ((Expr.Num) e).bigValue().signum() > 0;
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
        typedAssignment(a, v, l, l.java() + " = " + convert(v, l.type()) + ";");
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
        String java = (l != null ? l.java() : Names.java(name)) + " = " + (l != null ? convert(r, l.type()) : r.boxed()) + ";";
        if (l != null) {
          typedAssignment(a, r, l, java);
        } else {
          w.line(java, a.span());
        }
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
