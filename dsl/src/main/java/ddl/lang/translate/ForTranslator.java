package ddl.lang.translate;

import ddl.lang.Span;
import ddl.lang.ast.Expr;
import ddl.lang.ast.Stmt;
import java.util.List;

/**
 * Translates {@code for} loops: over {@code range(...)} as a Java counting loop, over anything else
 * through an iterator; in an Object version, entered where the typed code left off.
 */
final class ForTranslator {
  private final StmtTranslator st;

  ForTranslator(StmtTranslator st) {
    this.st = st;
  }

  static boolean isRange(Expr e) {
    return e instanceof Expr.Call
        && ((Expr.Call) e).callee() instanceof Expr.Name
        && ((Expr.Name) ((Expr.Call) e).callee()).name().equals("range")
        && ((Expr.Call) e).keywords().isEmpty()
        && !((Expr.Call) e).args().isEmpty()
        && ((Expr.Call) e).args().size() <= 3;
  }

  void forStatement(Stmt.For f) {
    String var = f.variable();
    Span sp = f.span();
    int id;
    if (st.resume != null) {
      id = st.resume.loops.get(f);
    } else {
      id = st.counter++;
      if (st.region != null) {
        st.region.loops.put(f, id);
      }
    }
    boolean resuming = st.resume != null;
    if (isRange(f.iterable())) {
      List<Expr> a = ((Expr.Call) f.iterable()).args();
      Code startCode = a.size() == 1 ? null : st.x.translate(a.get(0));
      Code stopCode = st.x.translate(a.get(a.size() == 1 ? 0 : 1));
      Code stepCode = a.size() == 3 ? st.x.translate(a.get(2)) : null;
      String start = startCode == null ? "0L" : bound(startCode, "start");
      String stop = bound(stopCode, "stop");
      String step = stepCode == null ? "1L" : bound(stepCode, "step");
      boolean checked = st.region != null && (stopCode.checked()
          || (startCode != null && startCode.checked()) || (stepCode != null && stepCode.checked()));
      String r = "r" + id + "$";
      String b = "b" + id + "$";
      String c = "c" + id + "$";
      boolean positive = a.size() < 3 || isPositiveLiteral(a.get(2));
      String zero = "if (" + c + " == 0) throw new IllegalArgumentException(\"range() arg 3 must not be zero\");";
      if (resuming) {
        // entered to st.resume inside: the loop's state as the typed code left it
        st.w.line("long " + r + ", " + b + ", " + c + ";", sp);
        st.w.open("if (" + Region.POINT + " != 0) {", sp);
        st.w.line(r + " = " + r + "s; " + b + " = " + b + "s; " + c + " = " + c + "s;", sp);
        st.w.close("} else {", sp);
        st.w.open("", sp);
        st.w.line(b + " = " + stop + "; " + c + " = " + step + "; " + r + " = " + start + ";", sp);
        if (!positive) {
          st.w.line(zero, sp);
        }
        st.w.close("}", sp);
      } else if (checked) {
        String s = "s" + id + "$";
        st.w.line("long " + s + ", " + b + ", " + c + ";", sp);
        st.guarded(f, s + " = " + start + "; " + b + " = " + stop + "; " + c + " = " + step + ";");
        start = s;
      } else {
        st.w.line("long " + b + " = " + stop + ", " + c + " = " + step + ";", sp);
      }
      if (!positive && !resuming) {
        st.w.line(zero, sp);
      }
      String cond = positive ? r + " < " + b : "(" + c + " > 0 ? " + r + " < " + b + " : " + r + " > " + b + ")";
      String ranFlag = var.equals(st.ranFlagFor) ? TopLevelTranslator.local(var) + "$ran" : null;
      st.ranFlagFor = null;
      if (resuming) {
        st.w.open("for (; " + cond + "; " + r + " += " + c + ") {", sp);
        st.w.open("if (" + Region.POINT + " == 0) {", sp);
      } else {
        st.w.open("for (long " + r + " = " + start + "; " + cond + "; " + r + " += " + c + ") {", sp);
      }
      st.w.line(StmtTranslator.CHECK, sp);
      assignLoopVar(var, new Code(r, JType.LONG), sp);
      if (ranFlag != null) {
        st.w.line(ranFlag + " = true;", sp);
      }
      if (resuming) {
        st.w.close("}", sp);
      }
      if (st.region != null) {
        st.region.saved.add("long " + r + "s = 0, " + b + "s = 0, " + c + "s = 0;");
        st.loopState.push(r + "s = " + r + "; " + b + "s = " + b + "; " + c + "s = " + c + ";");
      }
      st.statements(f.body());
      if (st.region != null) {
        st.loopState.pop();
      }
      st.w.close("}", sp);
      return;
    }
    Code it = st.x.translate(f.iterable());
    String v = "v" + id + "$";
    String iterator = "java.util.Iterator<Object> " + v;
    String fresh = ExprTranslator.LANG + ".iter(" + it.boxed() + ").iterator()";
    if (resuming) {
      st.w.line(iterator + " = " + Region.POINT + " != 0 ? " + v + "s : " + fresh + ";", sp);
      st.w.open("while (" + Region.POINT + " != 0 || " + v + ".hasNext()) {", sp);
      st.w.open("if (" + Region.POINT + " == 0) {", sp);
    } else {
      st.w.open("for (" + iterator + " = " + fresh + "; " + v + ".hasNext(); ) {", sp);
    }
    st.w.line(StmtTranslator.CHECK, sp);
    assignLoopVar(var, Code.object(v + ".next()"), sp);
    if (resuming) {
      st.w.close("}", sp);
    }
    if (st.region != null) {
      st.region.saved.add("java.util.Iterator<Object> " + v + "s = null;");
      st.loopState.push(v + "s = " + v + ";");
    }
    st.statements(f.body());
    if (st.region != null) {
      st.loopState.pop();
    }
    st.w.close("}", sp);
  }

  private String bound(Code c, String what) {
    return c.type() == JType.LONG && (st.region != null || !c.checked()) ? c.java()
        : ExprTranslator.LANG + ".rangeBound(" + c.boxed() + ", " + Names.literal(what) + ")";
  }

  private static boolean isPositiveLiteral(Expr e) {
    return e instanceof Expr.Num && ((Expr.Num) e).isInt() && ((Expr.Num) e).bigValue().signum() > 0;
  }

  void assignLoopVar(String var, Code value, Span sp) {
    Scope.Local l = st.scope.lookup(var);
    if (l != null) {
      st.w.line(l.java() + " = " + st.convert(value, l.type()) + ";", sp);
      st.noteAssigned(var, sp);
      st.scope.recordAssignment(var, value.type());
    } else {
      st.w.line(Names.java(var) + " = " + value.boxed() + ";", sp);
      st.scope.recordAssignment(var, value.type());
      st.knowGlobal(var, value.type());
    }
  }

}
