package ddl.engine;

import ddl.lang.DdlError;
import ddl.lang.Parser;
import ddl.lang.Source;
import ddl.lang.ast.Program;
import ddl.lang.translate.Environment;
import ddl.lang.translate.JType;
import ddl.lang.translate.Translator;
import ddl.lang.translate.Unit;
import ddl.stdlib.Context;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * One ddl session: a JShell evaluating the Java that ddl source is translated to, the session's
 * variables and functions, and its {@link Context}. The REPL, scripts, {@code -e} and the embedding
 * API are thin callers of {@link #eval}. Not thread-safe: one caller at a time; separate engines
 * share nothing and may run in parallel.
 */
public final class Engine implements AutoCloseable {
  private final JShell jshell;
  private final Context context;
  private final Session session;
  private final HelpText helpText;
  private final int id;
  private final Map<String, JType> variables = new LinkedHashMap<>();
  private final Map<String, Environment.DefSignature> defs = new LinkedHashMap<>();
  private final Map<String, String> defSources = new HashMap<>();
  private final SnippetIndex snippets = new SnippetIndex();
  private final SessionEnvironment environment;
  private final List<String> history = new ArrayList<>();
  private volatile boolean stopRequested;
  private final CompileThread compileThread;
  private final EvalRecord record = new EvalRecord(this);
  private final ShadowedDefs shadowing = new ShadowedDefs(this);

  /** The result of an evaluation: the value to display, if the input ended in a bare expression. */
  public record Result(Object value, boolean hasValue) {
    static final Result NONE = new Result(null, false);
  }

  private Engine(PrintStream out, PrintStream err, List<String> classPath) {
    this.context = new Context(out, err);
    this.helpText = new HelpText(this::defHelp);
    this.session = new Session(context, helpText);
    this.id = Bridge.register(session);
    this.compileThread = new CompileThread("ddl-compile-" + id);
    ClassLoader loader = Engine.class.getClassLoader();
    this.jshell = JShell.builder()
        .executionEngine(new DdlExecutionProvider(loader), Map.of())
        .out(out)
        .err(err)
        .in(java.io.InputStream.nullInputStream())
        .compilerOptions("-Xlint:none", "-nowarn", "-proc:none")
        .build();
    for (String entry : ClassPath.of(loader, classPath)) {
      jshell.addToClasspath(entry);
    }
    this.environment = new SessionEnvironment(this, jshell, loader);
    start();
  }

  /** A new engine printing to the process's standard streams. */
  public static Engine create() {
    return new Engine(System.out, System.err, List.of());
  }

  /** A new engine with its own output streams and extra class path entries for Java lines. */
  public static Engine create(PrintStream out, PrintStream err, List<String> classPath) {
    return new Engine(out, err, classPath);
  }

  private void start() {
    String[] init = {
      "ddl.engine.Session ddl$s = ddl.engine.Bridge.session(" + id + ");",
    };
    for (String s : init) {
      for (SnippetEvent e : jshell.eval(s)) {
        if (e.status() == jdk.jshell.Snippet.Status.REJECTED || e.exception() != null) {
          throw new IllegalStateException("ddl engine failed to start: " + s + " "
              + jshell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
        }
      }
    }
  }

  public Context context() {
    return context;
  }

  /**
   * Evaluates ddl source. With {@code display} the value of a final bare expression (not ending in
   * {@code ;}) is returned for the caller to show.
   *
   * @throws DdlError any error, positioned in {@code source}; variables keep their values
   */
  public Result eval(Source source, boolean display) {
    return eval(source, display, false);
  }

  /**
   * Evaluates ddl source; with {@code stopAtError} a statement that cannot be translated (an
   * unknown name, say) stops the program there, after the statements before it have run, as
   * Python runs a script up to its bad line. Without it, such an error runs nothing.
   */
  public Result eval(Source source, boolean display, boolean stopAtError) {
    // cleared before parsing and compiling, not after: a stop() asked for meanwhile (a notebook's
    // interrupt right after the cell was sent) stops the input at its first check
    context.clearInterrupt();
    stopRequested = false;
    return compileThread.call(() -> evalHere(source, display, stopAtError));
  }

  /** True while an input's snippets may run: what the fallback of {@link #stop} may stop. */
  private volatile boolean evaluating;

  private Result evalHere(Source source, boolean display, boolean stopAtError) {
    evaluating = true;
    record.start();
    try {
      return evalParsed(source, display, stopAtError);
    } catch (RuntimeException | Error e) {
      evaluating = false;
      record.forgetUnassigned();
      throw e;
    } finally {
      evaluating = false;
      record.releaseConstants();
    }
  }

  private Result evalParsed(Source source, boolean display, boolean stopAtError) {
    Program program;
    try {
      program = Parser.parse(source);
    } catch (DdlError e) {
      throw e.source() == null ? e.in(source) : e;
    }
    JavaPrecheck.check(this, source, program.statements());
    session.reset();
    // a Java line's declarations must exist before the ddl after it is translated
    List<List<ddl.lang.ast.Stmt>> chunks = new ArrayList<>();
    List<ddl.lang.ast.Stmt> chunk = new ArrayList<>();
    for (ddl.lang.ast.Stmt st : program.statements()) {
      chunk.add(st);
      if (st instanceof ddl.lang.ast.Stmt.Java) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
      }
    }
    if (!chunk.isEmpty() || chunks.isEmpty()) {
      chunks.add(chunk);
    }
    for (int i = 0; i < chunks.size(); i++) {
      List<Unit> units;
      Translator translator = new Translator(environment);
      if (stopAtError) {
        translator.lenient();
      }
      try {
        units = translator.translate(new Program(chunks.get(i)), display && i == chunks.size() - 1);
      } catch (DdlError e) {
        throw e.source() == null ? e.in(source) : e;
      }
      declare(source, units);
      for (Unit u : units) {
        run(source, u);
        if (u.kind() == Unit.Kind.METHOD) {
          shadowing.remember(source, chunks.get(i), u.name(), translator.builtinsCalledBy(u.name()));
        }
      }
      DdlError late = translator.pendingError();
      if (late != null) {
        throw late.source() == null ? late.in(source) : late;
      }
    }
    history.add(source.text());
    return session.hasShown() ? new Result(session.shown(), true) : Result.NONE;
  }

  /** Evaluates ddl text from the REPL or {@code -e} (the source is named {@code <input>}). */
  public Result eval(String text, boolean display) {
    return eval(new Source("<input>", text), display);
  }

  /** True while Java the engine itself translated from ddl runs (see {@link #evalTranslated}). */
  private boolean translatedJava;

  /**
   * Evaluates Java built around the engine's own translation of ddl ({@link #javaOf}), such as the
   * REPL's {@code /time} loop: that Java reads ddl variables as ddl does, so unlike a user's Java
   * line it leaves results being written into variables' tensors (Context.reusable) on.
   */
  public Result evalTranslated(String java) {
    translatedJava = true;
    try {
      return eval(new Source("<input>", java), false);
    } finally {
      translatedJava = false;
    }
  }

  /**
   * A statement compiled once into a function that runs it n times and returns the nanoseconds
   * that took ({@code /time}), or null for a statement that is not one block of Java (a def).
   * Run the statement once with {@link #eval} first, so that the names it assigns exist.
   */
  public java.util.function.LongUnaryOperator timer(String statement) {
    return StatementTimer.compile(this, statement);
  }

  /** The Java of a statement, translated without releasing its large literals (they run later). */
  String javaToKeep(String statement) {
    return compileThread.call(
        () -> Translator.javaOf(environment, new Source("<input>", statement), false));
  }

  /** The Java a line of ddl becomes ({@code /java}). */
  public String javaOf(String text) {
    return compileThread.call(() -> {
      record.start();
      try {
        return Translator.javaOf(environment, new Source("<input>", text), false);
      } finally {
        record.releaseConstants(); // shown, never run
      }
    });
  }

  void run(Source source, Unit u) {
    record.ran(u);
    if (u.kind() == Unit.Kind.JAVA && !translatedJava) {
      context.javaRuns(); // Java may keep what ddl variables hold: see Context.reusable
    }
    if (u.kind() == Unit.Kind.JAVA) {
      JavaLineRestore keep = JavaLineRestore.before(this, u.java());
      // the engine's own translation reads ddl variables as Objects, as ddl does
      JavaLineTyping typing = variables.isEmpty() || translatedJava ? null
          : JavaLineTyping.before(this, u.java());
      try {
        runUnit(source, u);
      } catch (RuntimeException e) {
        keep.restore();
        throw e;
      } finally {
        if (typing != null) {
          typing.restore();
        }
      }
      return;
    }
    runUnit(source, u);
  }

  private void runUnit(Source source, Unit u) {
    for (String name : u.declares()) {
      if (!variables.containsKey(name) && !environment.isJavaVariable(name)) {
        evalChecked(source, u, "Object " + ddl.lang.translate.NamesAccess.java(name) + " = null;");
        variables.put(name, JType.OBJECT);
        record.declared(name);
      }
    }
    List<SnippetEvent> events = new ArrayList<>();
    String rest = u.java();
    int lineOffset = 0;
    // a unit of Java may hold several snippets; JShell takes one per eval
    while (!rest.isBlank()) {
      var info = jshell.sourceCodeAnalysis().analyzeCompletion(rest);
      String piece = info.source();
      if (piece == null || piece.isBlank()) {
        piece = rest;
      }
      List<SnippetEvent> ev;
      try {
        ev = jshell.eval(piece);
      } catch (InternalError | StackOverflowError e) {
        // javac gave up (its own recursion, a class-file limit): an error, never a dead session
        throw DdlError.of(DdlError.Kind.SYNTAX, u.span(), "this statement is too large or too"
            + " deeply nested to compile", "split it into several statements").in(source);
      }
      if (ev.stream().noneMatch(e -> e.causeSnippet() == null)) {
        // JShell drops a snippet javac could not write as a class (a method over 64 KB of code,
        // a constant pool over its limits) without a diagnostic: nothing of it ran
        throw DdlError.of(DdlError.Kind.SYNTAX, u.span(), "this input is too large to compile as"
            + " one unit", "split it into smaller statements, or read large data from a file")
            .in(source);
      }
      snippets.record(ev, source, u, lineOffset);
      check(source, u, ev, lineOffset);
      events.addAll(ev);
      lineOffset += (int) piece.chars().filter(ch -> ch == '\n').count();
      rest = info.remaining() == null ? "" : info.remaining();
      if (u.kind() != Unit.Kind.JAVA) {
        break;
      }
    }
    if (stopRequested) {
      throw DdlError.of(DdlError.Kind.RUNTIME, u.span(), "interrupted", null).in(source);
    }
    if (u.kind() == Unit.Kind.METHOD) {
      defSources.put(u.name(), source.text().substring(u.span().start(), u.span().end()));
    }
    environment.afterUnit(u, events);
  }

  /** Declares the new top-level names of some units in one snippet (one javac run, not one each). */
  private void declare(Source source, List<Unit> units) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (Unit u : units) {
      for (String name : u.declares()) {
        if (!variables.containsKey(name) && !environment.isJavaVariable(name)) {
          names.add(name);
        }
      }
    }
    if (names.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder("Object ");
    int i = 0;
    for (String name : names) {
      sb.append(i++ > 0 ? ", " : "").append(ddl.lang.translate.NamesAccess.java(name)).append(" = null");
    }
    evalChecked(source, units.get(0), sb.append(';').toString());
    for (String name : names) {
      variables.put(name, JType.OBJECT);
      record.declared(name);
    }
  }

  private void evalChecked(Source source, Unit u, String java) {
    check(source, u, jshell.eval(java), 0);
  }

  private void check(Source source, Unit u, List<SnippetEvent> events, int lineOffset) {
    for (SnippetEvent e : events) {
      if (e.causeSnippet() != null) {
        continue; // an update of a dependent snippet, not this one
      }
      if (e.status() == jdk.jshell.Snippet.Status.REJECTED || Errors.unusable(jshell, e, u)) {
        throw Errors.rejected(jshell, e, source, u, lineOffset);
      }
      if (e.exception() != null) {
        throw Errors.runtime(e.exception(), source, u, snippets, stopRequested);
      }
    }
  }

  /** Asks the running evaluation to stop: a cooperative check first, JShell's stop after a second. */
  public void stop() {
    stopRequested = true;
    context.interrupt();
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(1000);
        if (stopRequested && evaluating) {
          jshell.stop(); // only a snippet still running: not the engine's own cleanup after it
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ddl-stop");
    t.setDaemon(true);
    t.start();
  }

  /** JShell's analysis of Java source: the REPL completes Java members with it. */
  public jdk.jshell.SourceCodeAnalysis sourceCodeAnalysis() {
    return jshell.sourceCodeAnalysis();
  }

  /**
   * The current value of a session variable (ddl or Java), or null when there is none: the REPL's
   * {@code /vars} and completion after {@code x.} read it. Does not change {@code _} or history.
   */
  public Object valueOf(String name) {
    if (!variables.containsKey(name) && !environment.isJavaVariable(name)) {
      return null;
    }
    if (variables.containsKey(name)) {
      // through the variable's slot: one compile on first use, then plain method calls
      try {
        return VariableAccess.get(this, name);
      } catch (RuntimeException e) {
        return null;
      }
    }
    session.reset();
    // a block, not an expression statement, so that JShell keeps no temporary $N variable
    String java = "{ ddl$s.show(" + ddl.lang.translate.NamesAccess.java(name) + "); }";
    boolean ok = true;
    for (SnippetEvent e : jshell.eval(java)) {
      ok &= e.status() != jdk.jshell.Snippet.Status.REJECTED && e.exception() == null;
    }
    Object value = ok && session.hasShown() ? session.shown() : null;
    session.reset();
    return value;
  }

  /**
   * The value of a top-level variable, for the embedding API: after the first access to a name a
   * method call through {@link Slots}, with no javac compile.
   *
   * @throws IllegalArgumentException when there is no variable of that name
   */
  public Object get(String name) {
    return VariableAccess.get(this, name);
  }

  /**
   * Sets a top-level ddl variable, declaring it when new, for the embedding API.
   *
   * @throws IllegalArgumentException for a name that is not a ddl variable name, or one a Java line
   *     declared with a Java type
   */
  public void set(String name, Object value) {
    VariableAccess.set(this, name, value);
  }

  /**
   * Translates and compiles ddl source once, to be run many times without javac.
   *
   * @throws DdlError an error positioned in {@code source}
   */
  public CompiledProgram compile(Source source) {
    return compileThread.call(() -> CompiledProgram.compile(this, source));
  }

  /**
   * Calls a ddl {@code def}, or a variable holding a function, with Java arguments (converted by
   * {@link Values#toDdl}).
   *
   * @throws IllegalArgumentException when no function of that name exists
   * @throws DdlError an error inside the function, positioned in its source
   */
  public Object call(String name, Object... args) {
    return session.slots().functions().call(this, name, args);
  }

  SnippetIndex snippets() {
    return snippets;
  }

  /** The session's ddl variables and their last known Java types. */
  public Map<String, JType> variables() {
    return java.util.Collections.unmodifiableMap(variables);
  }

  Map<String, JType> variablesMutable() {
    return variables;
  }

  Map<String, Environment.DefSignature> defs() {
    return defs;
  }

  /** The source text of each successful input, in order ({@code /save}). */
  public List<String> history() {
    return java.util.Collections.unmodifiableList(history);
  }

  public Environment environment() {
    return environment;
  }

  public HelpText help() {
    return helpText;
  }

  private String defHelp(String name) {
    String src = defSources.get(name);
    return src == null ? null : src;
  }

  JShell jshell() {
    return jshell;
  }

  Session session() {
    return session;
  }

  @Override
  public void close() {
    Bridge.unregister(id);
    compileThread.close();
    jshell.close();
  }
}
