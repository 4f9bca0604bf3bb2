package ddl.lang.translate;

import ddl.lang.DdlError;
import ddl.lang.Op;
import ddl.lang.Span;
import ddl.lang.ast.Expr;
import ddl.lang.ast.Stmt;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates statements into Java statements written to a {@link JavaWriter}: a visitor over the
 * statements, with top-level code ({@link TopLevelTranslator}) and {@code for} loops ({@link
 * ForTranslator}) in classes of their own that share this one's state.
 */
final class StmtTranslator implements Stmt.Visitor<Void> {
  static final String CHECK = Names.CTX + ".check();";
  final Translator t;
  Scope scope;
  JavaWriter w;
  final ExprTranslator x;
  int counter;
  /** The top-level loop variable whose "loop ran" flag the prelude declared, if any. */
  String ranFlagFor;
  /** The names of typed locals with a flag noting that they were assigned (see TopLevelTranslator). */
  Set<String> flagged = Set.of();
  /** The typed code being written, whose overflows leave for its Object version; or null. */
  Region region;
  /** The Object version of a region being written, which resumes at one of its points; or null. */
  Region resume;
  /** Java copying the state of the loops around the statement being written, for a point. */
  final java.util.ArrayDeque<String> loopState = new java.util.ArrayDeque<>();
  private final ForTranslator loops = new ForTranslator(this);
  private final TopLevelTranslator topLevel;

  StmtTranslator(Translator t, Scope scope, JavaWriter w) {
    this.t = t;
    this.scope = scope;
    this.w = w;
    this.x = new ExprTranslator(t, scope);
    this.topLevel = new TopLevelTranslator(t, this);
  }

  Scope scope() {
    return scope;
  }

  /** A statement at top level; returns the static types of the top-level names it assigned. */
  Map<String, JType> topLevel(Stmt s, boolean display) {
    return topLevel.statement(s, display);
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
  void guarded(Stmt s, String java) {
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
  private void typedAssignment(Stmt s, String name, Code value, Scope.Local l, String java) {
    if (region != null && value.checked() && l.type() != JType.OBJECT) {
      guarded(s, java);
    } else {
      w.line(java, s.span());
    }
    noteAssigned(name, s.span());
  }

  /** After an assignment of the typed local of {@code name}: its flag, if it has one. */
  void noteAssigned(String name, Span span) {
    if (flagged.contains(name)) {
      w.line(TopLevelTranslator.local(name) + "$ran = true;", span);
    }
  }

  private void statementBody(Stmt s) {
    s.accept(this);
  }

  @Override
  public Void visitExpression(Stmt.Expression s) {
    Code c = x.translate(s.expr());
    w.line(c.type() == JType.VOID ? c.java() + ";" : Names.SESSION + ".discard(" + c.boxed() + ");", s.span());
    return null;
  }

  @Override
  public Void visitAssign(Stmt.Assign s) {
    assign(s);
    return null;
  }

  @Override
  public Void visitAugAssign(Stmt.AugAssign s) {
    augAssign(s);
    return null;
  }

  @Override
  public Void visitIf(Stmt.If s) {
    ifStatement(s, false);
    return null;
  }

  @Override
  public Void visitWhile(Stmt.While wh) {
    Code c = x.translate(wh.condition());
    if (region != null && c.checked()) {
      w.open("while (true) {", wh.span());
      w.line("if (!" + guardedCondition(wh, wh.condition(), c) + ") break;", wh.span());
    } else if (resume != null) {
      w.open("while (" + Region.POINT + " != 0 || " + cond(wh.condition(), c) + ") {", wh.span());
    } else {
      w.open("while (" + cond(wh.condition(), c) + ") {", wh.span());
    }
    w.line(CHECK, wh.span());
    statements(wh.body());
    w.close("}", wh.span());
    return null;
  }

  @Override
  public Void visitFor(Stmt.For s) {
    loops.forStatement(s);
    return null;
  }

  @Override
  public Void visitBreak(Stmt.Break s) {
    w.line("break;", s.span());
    return null;
  }

  @Override
  public Void visitContinue(Stmt.Continue s) {
    w.line("continue;", s.span());
    return null;
  }

  @Override
  public Void visitReturn(Stmt.Return s) {
    Expr v = s.value();
    if (v == null) {
      w.line("return null;", s.span());
      return null;
    }
    Code c = x.translate(v);
    if (c.type() == JType.VOID) {
      w.line(c.java() + ";", s.span()); // def f(x) = print(x) prints, then returns None
      w.line("return null;", s.span());
    } else {
      w.line("return " + c.boxed() + ";", s.span());
    }
    return null;
  }

  @Override
  public Void visitDef(Stmt.Def s) {
    throw DdlError.misplaced(s.span(), "def", "inside a block; define functions at top level");
  }

  @Override
  public Void visitJava(Stmt.Java s) {
    w.line(s.code(), s.span());
    return null;
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

  /** {@code value} as Java of type {@code to} (widening a long to a double, boxing for Object). */
  static String convert(Code value, JType to) {
    if (to == JType.OBJECT) {
      return value.boxed();
    }
    if (value.type() == to || (to == JType.DOUBLE && value.type() == JType.LONG)) {
      return value.java();
    }
    // the resolver types a local as what every value assigned to it fits in
    throw new IllegalStateException("a " + value.type().java() + " assigned to a " + to.java() + " local");
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
        typedAssignment(a, name, v, l, l.java() + " = " + convert(v, l.type()) + ";");
      } else {
        JType declared = t.env().javaType(name);
        w.line(Names.java(name) + " = " + TopLevelTranslator.valueFor(declared, v) + ";", a.span());
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
  String reusableTarget(String name) {
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
  void knowGlobal(String name, JType type) {
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
          typedAssignment(a, name, r, l, java);
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
