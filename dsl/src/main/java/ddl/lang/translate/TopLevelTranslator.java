package ddl.lang.translate;

import ddl.lang.ast.Expr;
import ddl.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates the statements of a run of top-level code: a displayed expression, an assignment of a
 * top-level variable, and a loop whose numeric variables are worked on as Java primitives.
 */
final class TopLevelTranslator {
  private final Translator t;
  private final StmtTranslator st;

  TopLevelTranslator(Translator t, StmtTranslator st) {
    this.t = t;
    this.st = st;
  }

  /**
   * A statement at top level; returns the static types of the top-level names it assigned.
   */
  Map<String, JType> statement(Stmt s, boolean display) {
    Map<String, JType> assigned = new LinkedHashMap<>();
    st.w.line(Names.CTX + ".statement();", s.span()); // numpy's warnings: once per statement
    if (s instanceof Stmt.Expression && display && !((Stmt.Expression) s).silent()) {
      Code c = st.x.translate(((Stmt.Expression) s).expr());
      if (c.type() == JType.VOID) {
        st.w.line(c.java() + ";", s.span());
      } else {
        st.w.line(Names.SESSION + ".show(" + c.boxed() + ");", s.span());
      }
      return assigned;
    }
    if (s instanceof Stmt.Assign && ((Stmt.Assign) s).target() instanceof Expr.Name) {
      Stmt.Assign a = (Stmt.Assign) s;
      String name = ((Expr.Name) a.target()).name();
      Code v = st.x.assignedValue(a.value(), st.reusableTarget(name));
      JType declared = t.env().javaType(name);
      if (v.type() == JType.VOID) {
        st.w.line(v.java() + ";", s.span()); // x = print(3) prints, then x is None
      }
      st.w.line(Names.java(name) + " = " + valueFor(declared, v) + ";", s.span());
      JType type = v.type() == JType.VOID ? JType.OBJECT : v.type();
      t.assignGlobal(name, type);
      assigned.put(name, type);
      return assigned;
    }
    if (s instanceof Stmt.For || s instanceof Stmt.While) {
      loopWithTypedGlobals(s, assigned);
      return assigned;
    }
    st.statement(s);
    Set<String> names = new LinkedHashSet<>();
    Assignments.collect(s, names);
    for (String n : names) {
      JType prior = t.globalType(n, false);
      JType now = st.scope.assignedTypes.getOrDefault(n, JType.OBJECT);
      JType joined = prior == null ? now : JType.join(prior, now);
      t.assignGlobal(n, joined);
      assigned.put(n, joined);
    }
    return assigned;
  }

  /** A value for a top-level variable: boxed, unless a Java line declared it with a primitive type. */
  static String valueFor(JType declared, Code v) {
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
    String loopVar = loop instanceof Stmt.For && ForTranslator.isRange(((Stmt.For) loop).iterable())
        ? ((Stmt.For) loop).variable() : null;
    // the resolver types the loop's variables; the loop is then written once (twice with its
    // Object version)
    Set<String> fresh = new LinkedHashSet<>();
    Map<String, JType> typed = Resolver.loop(t, st.scope, loop, loopVar, fresh).types();
    Scope inner = new Scope(st.scope, false);
    st.w.open("{", loop.span());
    List<String> entry = new ArrayList<>();
    for (Map.Entry<String, JType> e : typed.entrySet()) {
      String n = e.getKey();
      inner.define(n, new Scope.Local(local(n), e.getValue()));
      String init = (n.equals(loopVar) && t.globalType(n, false) == null) || fresh.contains(n) ? "0"
          : (e.getValue() == JType.LONG ? ExprTranslator.LANG + ".asLong(" : ExprTranslator.LANG + ".asDouble(")
              + Names.java(n) + ")";
      if (n.equals(loopVar) && t.globalType(n, false) != null && !t.globalType(n, false).isNumeric()) {
        init = "0";
      }
      if (!init.equals("0")) {
        // a value the Java type cannot hold as it is (a Python int beyond a long, or None where
        // a loop that never ran left the name): the Object version
        String fits = (e.getValue() == JType.LONG ? ExprTranslator.LANG + ".isLong(" : ExprTranslator.LANG + ".isDouble(")
            + Names.java(n) + ")";
        entry.add(fits);
        init = fits + " ? " + init + " : 0";
      }
      st.w.line(e.getValue().java() + " " + local(n) + " = " + init + ";", loop.span());
    }
    if (loopVar != null && typed.containsKey(loopVar) && t.globalType(loopVar, false) == null) {
      st.w.line("boolean " + local(loopVar) + "$ran = false;", loop.span());
      st.ranFlagFor = loopVar;
    }
    for (String n : fresh) {
      // a name the loop creates exists afterwards only once the loop assigned it
      st.w.line("boolean " + local(n) + "$ran = false;", loop.span());
    }
    Region typedRegion = typed.isEmpty() ? null : new Region();
    JavaWriter outerWriter = st.w;
    st.w = new JavaWriter();
    Scope outer = st.scope;
    st.scope = inner;
    st.x.scope = inner;
    st.region = typedRegion;
    st.flagged = fresh;
    st.statement(loop);
    st.flagged = Set.of();
    st.region = null;
    st.scope = outer;
    st.x.scope = outer;
    JavaWriter typedJava = st.w;
    st.w = outerWriter;
    boolean objectCopy = typedRegion != null && (typedRegion.points > 0 || !entry.isEmpty());
    if (objectCopy) {
      String start = entry.isEmpty() ? "-1" : String.join(" && ", entry) + " ? -1 : 0";
      st.w.line("int " + Region.POINT + " = " + start + ";", loop.span());
      for (String d : typedRegion.saved) {
        st.w.line(d, loop.span());
      }
      st.w.open("if (" + Region.POINT + " < 0) {", loop.span());
    }
    if (!typed.isEmpty()) {
      st.w.open("try {", loop.span());
    }
    if (objectCopy) {
      st.w.open(Region.LABEL + ": {", loop.span());
    }
    st.w.append(typedJava);
    if (objectCopy) {
      st.w.close("}", loop.span());
    }
    if (!typed.isEmpty()) {
      st.w.close("} finally {", loop.span());
      st.w.open("", loop.span());
      for (String n : typed.keySet()) {
        if ((n.equals(loopVar) && t.globalType(n, false) == null) || fresh.contains(n)) {
          // the loop variable exists afterwards only if the loop ran
          st.w.line("if (" + local(n) + "$ran) " + Names.java(n) + " = " + local(n) + ";", loop.span());
        } else {
          st.w.line(Names.java(n) + " = " + local(n) + ";", loop.span());
        }
      }
      st.w.close("}", loop.span());
    }
    if (objectCopy) {
      // the variables written back, the loop carries on with Python's ints where it left off
      st.w.close("}", loop.span());
      st.w.open("if (" + Region.POINT + " >= 0) {", loop.span());
      // the Object version assigns Objects; what follows still sees the typed version's types
      Map<String, JType> before = new LinkedHashMap<>(st.scope.assignedTypes);
      Map<String, JType> globalsBefore = t.globalTypes();
      st.resume = typedRegion;
      st.statement(loop);
      st.resume = null;
      t.restoreGlobals(globalsBefore);
      st.scope.assignedTypes.clear();
      st.scope.assignedTypes.putAll(before);
      st.w.close("}", loop.span());
    }
    st.w.close("}", loop.span());
    for (String n : names) {
      JType prior = t.globalType(n, false);
      JType now = typed.containsKey(n) ? typed.get(n) : inner.assignedTypes.getOrDefault(n, JType.OBJECT);
      JType joined = prior == null ? now : JType.join(prior, now);
      t.assignGlobal(n, joined);
      assigned.put(n, joined);
    }
  }

  static String local(String name) {
    return Names.java(name) + "$l";
  }

}
