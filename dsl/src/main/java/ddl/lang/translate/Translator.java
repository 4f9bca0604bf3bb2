package ddl.lang.translate;

import ddl.lang.DdlError;
import ddl.lang.Source;
import ddl.lang.Span;
import ddl.lang.ast.Expr;
import ddl.lang.ast.Program;
import ddl.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a ddl program into JShell snippets: runs of top-level statements become one block
 * each, every {@code def} a method, every Java line itself. Top-level names are JShell variables
 * of type Object; names a loop or a def only ever assigns numbers stay primitive there.
 */
public final class Translator {
  private final Environment env;
  private final Map<String, Environment.DefSignature> programDefs = new LinkedHashMap<>();
  private final Set<String> programGlobals = new LinkedHashSet<>();
  private final Map<String, Environment.DefSignature> definedSoFar = new LinkedHashMap<>();
  private String currentDef;
  /** For each def translated here, the built-ins it calls (a later def may shadow them). */
  private final Map<String, Set<String>> builtinsCalled = new HashMap<>();
  /** Top-level names assigned so far (in the session or earlier in this program). */
  private final Map<String, JType> globals = new HashMap<>();
  private final CallTranslator calls = new CallTranslator(this);

  private boolean lenient;
  private DdlError pending;

  public Translator(Environment env) {
    this.env = env;
  }

  /**
   * Translation that stops at the first statement with an error instead of failing the whole
   * program: the statements before it are translated and run (as Python runs a script up to the
   * bad line), and {@link #pendingError} is thrown after them.
   */
  public Translator lenient() {
    this.lenient = true;
    return this;
  }

  /** The error that stopped a lenient translation, or null. */
  public DdlError pendingError() {
    return pending;
  }

  /** The snippets for {@code program}; with {@code displayLast} its final bare expression is shown. */
  public List<Unit> translate(Program program, boolean displayLast) {
    List<Stmt> stmts = program.statements();
    hoist(stmts);
    List<Unit> units = new ArrayList<>();
    List<Stmt> run = new ArrayList<>();
    for (int i = 0; i < stmts.size() && pending == null; i++) {
      Stmt s = stmts.get(i);
      if (s instanceof Stmt.Def || s instanceof Stmt.Java) {
        flush(run, units, false);
        if (pending != null) {
          break;
        }
        if (s instanceof Stmt.Def) {
          enterDef(((Stmt.Def) s).name());
          try {
            Unit u = new DefTranslator(this).translate((Stmt.Def) s);
            defined(u.def());
            units.add(u);
          } catch (DdlError e) {
            if (!lenient) {
              throw e;
            }
            pending = e;
          }
        } else {
          units.add(javaUnit((Stmt.Java) s));
        }
      } else {
        run.add(s);
      }
    }
    if (pending == null) {
      flush(run, units, displayLast);
    }
    return units;
  }

  /** The unit a Java line becomes: its text as it is. */
  public static Unit javaUnit(Stmt.Java j) {
    long lines = j.code().chars().filter(ch -> ch == '\n').count() + 1;
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      spans.add(j.span());
    }
    return new Unit(Unit.Kind.JAVA, j.code(), spans, List.of(), Map.of(), null, null, j.span());
  }

  private void hoist(List<Stmt> stmts) {
    for (Stmt s : stmts) {
      if (s instanceof Stmt.Def) {
        Stmt.Def d = (Stmt.Def) s;
        programDefs.put(d.name(), DefTranslator.signature(d));
      } else {
        Assignments.collect(s, programGlobals);
      }
    }
  }

  private void flush(List<Stmt> run, List<Unit> units, boolean displayLast) {
    if (run.isEmpty()) {
      return;
    }
    JavaWriter w = new JavaWriter();
    Span all = run.get(0).span().to(run.get(run.size() - 1).span());
    Set<String> before = new LinkedHashSet<>(globals.keySet());
    Map<String, JType> savedGlobals = new HashMap<>(globals);
    Map<String, JType> assigned = new LinkedHashMap<>();
    w.open("{", all);
    StmtTranslator st = new StmtTranslator(this, new Scope(null, false), w);
    for (int i = 0; i < run.size(); i++) {
      Stmt s = run.get(i);
      boolean display = displayLast && i == run.size() - 1;
      Map<String, JType> types;
      try {
        types = st.topLevel(s, display);
      } catch (DdlError e) {
        if (!lenient) {
          throw e;
        }
        // run what comes before the bad statement, then report it
        List<Stmt> prefix = new ArrayList<>(run.subList(0, i));
        run.clear();
        globals.clear();
        globals.putAll(savedGlobals);
        pending = e;
        if (!prefix.isEmpty()) {
          DdlError keep = pending;
          pending = null;
          flush(prefix, units, false);
          pending = keep;
        }
        return;
      }
      types.forEach((k, v) -> {
        assigned.put(k, v);
      });
    }
    w.close("}", all);
    List<String> declares = new ArrayList<>();
    for (String name : assigned.keySet()) {
      if (env.variable(name) == null && !before.contains(name)) {
        declares.add(name);
      }
    }
    run.clear();
    units.add(new Unit(Unit.Kind.BLOCK, w.text(), w.lineSpans(), declares, assigned, null, null, all));
  }

  /** Records the static type a top-level name holds after a statement. */
  void assignGlobal(String name, JType type) {
    globals.put(name, type);
  }

  /** The static types of the top-level names so far, for {@link #restoreGlobals}. */
  Map<String, JType> globalTypes() {
    return new java.util.HashMap<>(globals);
  }

  /** Puts back the static types {@link #globalTypes} returned. */
  void restoreGlobals(Map<String, JType> types) {
    globals.clear();
    globals.putAll(types);
  }

  /**
   * The static type of a top-level name visible here, or null. Inside a def every name the
   * program assigns at top level is visible (it exists by the time the def runs).
   */
  JType globalType(String name, boolean inFunction) {
    JType t = globals.get(name);
    if (t != null) {
      return t;
    }
    t = env.variable(name);
    if (t != null) {
      return t;
    }
    if (name.equals("_")) {
      return JType.OBJECT;
    }
    return inFunction && programGlobals.contains(name) ? JType.OBJECT : null;
  }

  /**
   * The user function a name calls. At top level a def counts from its definition on (as in
   * Python); inside a def, a def later in the program counts too (mutual recursion), unless a
   * built-in of that name exists, which is what Python would call before the def has run.
   */
  Environment.DefSignature def(String name, boolean inFunction) {
    Environment.DefSignature d = definedSoFar.get(name);
    if (d != null) {
      return d;
    }
    d = env.def(name);
    if (d != null) {
      return d;
    }
    d = programDefs.get(name);
    if (d != null && inFunction
        && (!ddl.stdlib.Builtins.has(name) || name.equals(currentDef))) {
      return d;
    }
    return null;
  }

  private final Set<String> lateGlobals = new LinkedHashSet<>();

  /** A top-level name a def uses before anything defines it. */
  void lateGlobal(String name) {
    lateGlobals.add(name);
  }

  /** The top-level names the defs translated so far use before they exist, to declare. */
  List<String> takeLateGlobals() {
    List<String> l = new ArrayList<>(lateGlobals);
    lateGlobals.clear();
    return l;
  }

  /** Notes that the def being translated calls the built-in {@code name}. */
  void calledBuiltin(String name) {
    if (currentDef != null) {
      builtinsCalled.computeIfAbsent(currentDef, k -> new LinkedHashSet<>()).add(name);
    }
  }

  /** The built-ins a def translated here calls by name. */
  public Set<String> builtinsCalledBy(String def) {
    return builtinsCalled.getOrDefault(def, Set.of());
  }

  /** The def being translated, whose own name always means itself. */
  void enterDef(String name) {
    currentDef = name;
  }

  void defined(Environment.DefSignature d) {
    definedSoFar.put(d.name(), d);
    currentDef = null;
  }

  /** Translates one def alone (to define it again after a def it calls has appeared). */
  public Unit translateDef(Stmt.Def d) {
    enterDef(d.name());
    Unit u = new DefTranslator(this).translate(d);
    defined(u.def());
    return u;
  }

  Environment env() {
    return env;
  }

  CallTranslator calls() {
    return calls;
  }

  Set<String> programNames() {
    Set<String> s = new LinkedHashSet<>(programGlobals);
    s.addAll(programDefs.keySet());
    s.addAll(globals.keySet());
    return s;
  }

  /** A def's default value, evaluated where the call is, in the top-level scope. */
  String defaultValue(Expr e) {
    return new ExprTranslator(this, new Scope(null, false)).translate(e).boxed();
  }

  /** Parses and translates source text in one step (for tools such as {@code /java}). */
  public static String javaOf(Environment env, Source source, boolean displayLast) {
    StringBuilder sb = new StringBuilder();
    for (Unit u : new Translator(env).translate(ddl.lang.Parser.parse(source), displayLast)) {
      for (String d : u.declares()) {
        sb.append("Object ").append(Names.java(d)).append(" = null;\n");
      }
      sb.append(u.java());
    }
    // the expression markers split lines for error positions; join them back for reading
    return sb.toString().replaceAll("\n\\s*\n", "\n").replaceAll("\\(\n\\s+", "(")
        .replaceAll("([=,] ?)\n\\s+", "$1").replaceAll(" \n\\s+", " ");
  }

  static DdlError internal(Span span, String message) {
    return DdlError.of(DdlError.Kind.INTERNAL, span, message, null);
  }
}
