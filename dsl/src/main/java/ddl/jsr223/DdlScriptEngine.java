package ddl.jsr223;

import ddl.Ddl;
import ddl.engine.CompiledProgram;
import ddl.lang.DdlError;
import ddl.lang.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * ddl as a {@code javax.script} engine: one ddl session whose variables are the engine scope.
 *
 * <p>Scopes, as {@link ScriptContext} defines them: the engine's own {@code ENGINE_SCOPE} is a live
 * view of the session's variables. A script evaluated with other engine-scope bindings ({@code
 * eval(script, bindings)}, or a context of its own) sees their values; the variables it creates or
 * changes are written back to those bindings, and the session's own variables are as they were.
 * Names in {@code GLOBAL_SCOPE} that the engine scope does not hold can be read; a script that
 * assigns one creates an engine-scope variable. Bindings whose names are not ddl names, or would
 * hide a built-in or def, are not seen. {@code print} writes to the context's writer. Errors are
 * {@link ScriptException}s with the line and column, caused by the {@link DdlError}. One engine
 * runs one script at a time; close it when done.
 */
public final class DdlScriptEngine extends AbstractScriptEngine
    implements Compilable, Invocable, AutoCloseable {
  private final DdlScriptEngineFactory factory;
  private final Ddl ddl;
  private final SessionBindings own;
  private volatile ScriptContext running;
  private final PrintStream out;
  private final PrintStream err;

  DdlScriptEngine(DdlScriptEngineFactory factory) {
    this.factory = factory;
    this.out = stream(() -> running().getWriter());
    this.err = stream(() -> running().getErrorWriter());
    this.ddl = Ddl.builder().out(out).err(err).build();
    this.own = new SessionBindings(ddl);
    context.setBindings(own, ScriptContext.ENGINE_SCOPE);
  }

  private static PrintStream stream(Supplier<Writer> writer) {
    return new PrintStream(new WriterOutput(writer), true, StandardCharsets.UTF_8);
  }

  private ScriptContext running() {
    ScriptContext c = running;
    return c != null ? c : context;
  }

  /** The ddl session behind this engine, for the rest of the embedding API. */
  public Ddl ddl() {
    return ddl;
  }

  @Override
  public Object eval(String script, ScriptContext context) throws ScriptException {
    Source source = new Source(fileName(context), script);
    return run(context, () -> ddl.eval(source));
  }

  @Override
  public Object eval(Reader reader, ScriptContext context) throws ScriptException {
    return eval(read(reader), context);
  }

  /** Runs {@code body} with the context's bindings and writers; maps errors to ScriptException. */
  synchronized Object run(ScriptContext context, Supplier<Object> body) throws ScriptException {
    ScriptContext previous = running;
    running = context;
    BindingsScope scope = null;
    try {
      scope = BindingsScope.enter(ddl, own, context);
      return body.get();
    } catch (DdlError e) {
      throw scriptException(e);
    } catch (IllegalArgumentException | ClassCastException | IllegalStateException e) {
      ScriptException se = new ScriptException(e.getMessage());
      se.initCause(e);
      throw se;
    } finally {
      try {
        if (scope != null) {
          scope.exit();
        }
      } finally {
        out.flush();
        err.flush();
        running = previous;
      }
    }
  }

  static ScriptException scriptException(DdlError e) {
    Source s = e.source();
    int line = s == null ? -1 : s.line(e.span().start());
    int column = s == null ? -1 : s.column(e.span().start());
    ScriptException se =
        new ScriptException(Ddl.render(e), s == null ? null : s.name(), line, column);
    se.initCause(e);
    return se;
  }

  private static String fileName(ScriptContext context) {
    Object name = context.getAttribute(ScriptEngine.FILENAME);
    return name != null ? name.toString() : "<script>";
  }

  private static String read(Reader reader) throws ScriptException {
    StringWriter w = new StringWriter();
    try {
      reader.transferTo(w);
    } catch (IOException e) {
      throw new ScriptException(e);
    }
    return w.toString();
  }

  /** Translates and compiles once; the script's defs are defined now. */
  @Override
  public CompiledScript compile(String script) throws ScriptException {
    Source source = new Source(fileName(context), script);
    CompiledProgram program = (CompiledProgram) run(context, () -> ddl.compile(source));
    return new DdlCompiledScript(this, program);
  }

  @Override
  public CompiledScript compile(Reader script) throws ScriptException {
    return compile(read(script));
  }

  /** Calls a ddl {@code def} (or a variable holding a function) with Java arguments. */
  @Override
  public Object invokeFunction(String name, Object... args)
      throws ScriptException, NoSuchMethodException {
    if (!ddl.hasFunction(name)) {
      throw new NoSuchMethodException("no ddl function '" + name + "'");
    }
    return run(context, () -> ddl.call(name, args));
  }

  /** Not supported: ddl values have no methods of their own; use {@link #invokeFunction}. */
  @Override
  public Object invokeMethod(Object thiz, String name, Object... args) {
    throw new IllegalArgumentException("ddl has no objects with methods; use invokeFunction");
  }

  /**
   * The defs of the session as an implementation of {@code type}: each abstract method calls the
   * def of the same name, and its result converts to the method's return type as {@link
   * Ddl#get(String, Class)} converts; null when a method has no def.
   */
  @Override
  public <T> T getInterface(Class<T> type) {
    return Interfaces.of(this, type);
  }

  /** Not supported: ddl values have no methods of their own. */
  @Override
  public <T> T getInterface(Object thiz, Class<T> type) {
    throw new IllegalArgumentException("ddl has no objects with methods; use getInterface(Class)");
  }

  @Override
  public Bindings createBindings() {
    return new SimpleBindings();
  }

  @Override
  public ScriptEngineFactory getFactory() {
    return factory;
  }

  /** Releases the session's JShell. */
  @Override
  public void close() {
    ddl.close();
  }
}
