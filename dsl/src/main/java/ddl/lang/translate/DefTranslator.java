package ddl.lang.translate;

import ddl.lang.ast.Expr;
import ddl.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a {@code def} into a JShell method taking and returning Object. Its locals are the
 * names it assigns (as in Python); a local only ever assigned numbers becomes a Java long or
 * double, as the {@link Resolver} found.
 */
final class DefTranslator {
  private final Translator t;

  DefTranslator(Translator t) {
    this.t = t;
  }

  static Environment.DefSignature signature(Stmt.Def d) {
    List<String> params = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    for (Stmt.Param p : d.params()) {
      params.add(p.name());
      defaults.add(p.defaultValue());
    }
    return new Environment.DefSignature(d.name(), params, defaults, false);
  }

  Unit translate(Stmt.Def d) {
    Set<String> params = new LinkedHashSet<>();
    for (Stmt.Param p : d.params()) {
      params.add(p.name());
    }
    Map<String, JType> types = Resolver.def(t, d).types();
    Region region = new Region();
    JavaWriter typedBody = new JavaWriter();
    StmtTranslator typed = new StmtTranslator(t, scope(params, types), typedBody);
    typed.typedIn(region);
    typed.statements(d.body());
    JavaWriter w = new JavaWriter();
    StringBuilder header = new StringBuilder("Object ").append(Names.java(d.name())).append('(');
    int i = 0;
    for (String p : params) {
      header.append(i++ > 0 ? ", " : "").append("Object ").append(Names.java(p));
    }
    header.append(") {");
    w.open(header.toString(), d.span());
    for (Map.Entry<String, JType> e : types.entrySet()) {
      String init = e.getValue() == JType.OBJECT ? "null" : "0";
      w.line(e.getValue().java() + " " + Names.java(e.getKey()) + " = " + init + ";", d.span());
    }
    if (region.points > 0) {
      w.line("int " + Region.POINT + " = -1;", d.span());
      for (String s : region.saved) {
        w.line(s, d.span());
      }
      w.open(Region.LABEL + ": {", d.span());
    }
    // "if (true)" keeps javac from calling the final return unreachable after a return
    w.open("if (true) {", d.span());
    w.append(typedBody);
    w.close("}", d.span());
    if (region.points > 0) {
      // an overflow left the typed code: the locals as Objects, and on from that statement
      w.close("}", d.span());
      w.line("if (" + Region.POINT + " < 0) return null;", d.span());
      Scope objects = new Scope(null, true);
      for (String p : params) {
        objects.define(p, new Scope.Local(Names.java(p), JType.OBJECT));
      }
      for (Map.Entry<String, JType> e : types.entrySet()) {
        String n = Names.java(e.getKey());
        if (e.getValue() == JType.OBJECT) {
          objects.define(e.getKey(), new Scope.Local(n, JType.OBJECT));
        } else {
          w.line("Object " + n + "$o = " + new Code(n, e.getValue()).boxed() + ";", d.span());
          objects.define(e.getKey(), new Scope.Local(n + "$o", JType.OBJECT));
        }
      }
      w.open("if (true) {", d.span());
      StmtTranslator generic = new StmtTranslator(t, objects, w);
      generic.objectVersionOf(region, typed);
      generic.statements(d.body());
      w.close("}", d.span());
    }
    w.line("return null;", d.span());
    w.close("}", d.span());
    return new Unit(Unit.Kind.METHOD, w.text(), w.lineSpans(), t.takeLateGlobals(), Map.of(),
        d.name(), signature(d), d.span());
  }

  private static Scope scope(Set<String> params, Map<String, JType> types) {
    Scope s = new Scope(null, true);
    for (String p : params) {
      s.define(p, new Scope.Local(Names.java(p), JType.OBJECT));
    }
    for (Map.Entry<String, JType> e : types.entrySet()) {
      s.define(e.getKey(), new Scope.Local(Names.java(e.getKey()), e.getValue()));
    }
    return s;
  }
}
