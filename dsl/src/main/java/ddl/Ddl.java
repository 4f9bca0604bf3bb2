package ddl;

import ddl.engine.CompiledProgram;
import ddl.engine.Engine;
import ddl.engine.EnginePool;
import ddl.engine.Values;
import ddl.lang.DdlError;
import ddl.lang.Source;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * ddl embedded in a JVM application: a session of its own, with variables set and read from Java
 * and code evaluated in it.
 *
 * <pre>{@code
 * try (Ddl ddl = Ddl.create()) {
 *   ddl.set("x", Tensor.of(1, 2, 3));
 *   Tensor y = ddl.eval("2 * x + 1", Tensor.class);   // [3, 5, 7]
 * }
 * }</pre>
 *
 * <p>Each instance has its own JShell, variables, random generator and output streams, and shares
 * nothing with other instances: instances on different threads evaluate at the same time. One
 * instance runs one call at a time; calls from several threads wait for each other. The engine is
 * not a sandbox: ddl code may contain Java lines, which run with the application's permissions.
 */
public final class Ddl implements AutoCloseable {
  private final Engine engine;
  private volatile boolean closed;

  private Ddl(Engine engine) {
    this.engine = engine;
  }

  /** A new instance printing to {@code System.out} and {@code System.err}. */
  public static Ddl create() {
    return builder().build();
  }

  /** A builder for an instance with its own output streams or class path. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sets a variable, declaring it when new. Integer, Short and Byte become Long, Float becomes
   * Double, and Java arrays of numbers or booleans become tensors; other objects are kept as they
   * are, and ddl code may call their methods.
   *
   * @throws IllegalArgumentException when {@code name} is not a ddl variable name, or was declared
   *     with a Java type by a Java line
   */
  public void set(String name, Object value) {
    synchronized (engine) {
      open().set(name, Values.toDdl(value));
    }
  }

  /**
   * The value of a variable: a {@code ddl.stdlib.Tensor}, Long, Double, Boolean, String, {@code
   * Tuple}, {@code Fn}, a Java object, or null for None.
   *
   * @throws IllegalArgumentException when no variable of that name exists
   */
  public Object get(String name) {
    synchronized (engine) {
      return open().get(name);
    }
  }

  /**
   * The value of a variable as {@code type}. Numbers convert between Java's number types when the
   * value is exact ({@code get("n", Double.class)} of a Long), a one-element tensor converts to a
   * number, and a tensor to {@code double[]}, {@code long[]}, {@code int[]} or {@code boolean[]}.
   *
   * @throws IllegalArgumentException when no variable of that name exists
   * @throws ClassCastException when the value cannot be had as {@code type}
   */
  public <T> T get(String name, Class<T> type) {
    return Values.as("'" + name + "'", get(name), type);
  }

  /** Whether a variable of this name exists (it may hold None). */
  public boolean has(String name) {
    synchronized (engine) {
      return open().variables().containsKey(name) || engine.environment().javaType(name) != null;
    }
  }

  /** The names of the session's ddl variables, in the order they were first assigned. */
  public Set<String> names() {
    synchronized (engine) {
      return new LinkedHashSet<>(open().variables().keySet());
    }
  }

  /**
   * Evaluates ddl code; {@code print} and the like write to this instance's output stream.
   *
   * @return the value of the code's final bare expression, or null when it ends otherwise
   * @throws DdlError an error positioned in {@code code}, named {@code <eval>}; its {@code
   *     getMessage()} is the message and {@link #render(DdlError)} adds the line and a caret
   */
  public Object eval(String code) {
    return eval(new Source("<eval>", code));
  }

  /**
   * Evaluates ddl code and returns the value of its final bare expression as {@code type}, with the
   * conversions of {@link #get(String, Class)}.
   *
   * @throws DdlError an error positioned in {@code code}
   * @throws ClassCastException when the value cannot be had as {@code type}
   */
  public <T> T eval(String code, Class<T> type) {
    return Values.as("the value of the code", eval(code), type);
  }

  /**
   * Evaluates ddl source under its own name, which error messages show ({@code model.ddl:3:5}).
   *
   * @throws DdlError an error positioned in {@code source}
   */
  public Object eval(Source source) {
    synchronized (engine) {
      Engine.Result r = open().eval(source, true);
      engine.context().out().flush();
      return r.hasValue() ? r.value() : null;
    }
  }

  /**
   * Translates and compiles ddl code once; {@link CompiledProgram#run()} then runs it again with no
   * lexing, translation or javac, reading the variables' current values. Defs in the code are
   * defined now; names it reads that are not yet defined become variables to {@link #set} first.
   *
   * @throws DdlError an error positioned in {@code code}
   */
  public CompiledProgram compile(String code) {
    return compile(new Source("<compiled>", code));
  }

  /**
   * As {@link #compile(String)}, for source with its own name.
   *
   * @throws DdlError an error positioned in {@code source}
   */
  public CompiledProgram compile(Source source) {
    synchronized (engine) {
      return open().compile(source);
    }
  }

  /**
   * Calls a ddl {@code def} (or a variable holding a function) with Java arguments, converted as
   * {@link #set} converts them.
   *
   * @throws IllegalArgumentException when no function of that name exists
   * @throws DdlError an error inside the function, positioned in its source
   */
  public Object call(String function, Object... args) {
    synchronized (engine) {
      return open().call(function, args);
    }
  }

  /** Whether {@code name} is a def (or a Java method, or a variable holding a function). */
  public boolean hasFunction(String name) {
    synchronized (engine) {
      if (open().variables().containsKey(name)) {
        return engine.get(name) instanceof ddl.stdlib.Fn;
      }
      return engine.environment().def(name) != null;
    }
  }

  /** Asks a running evaluation (on another thread) to stop with an {@code interrupted} error. */
  public void stop() {
    engine.stop();
  }

  /** An error as the REPL shows it: {@code FILE:LINE:COL: message}, the line, and a caret. */
  public static String render(DdlError error) {
    return ddl.lang.ErrorRenderer.render(error);
  }

  /** Releases the JShell and everything the session holds; later calls fail. */
  @Override
  public void close() {
    synchronized (engine) {
      if (!closed) {
        closed = true;
        engine.close();
      }
    }
  }

  private Engine open() {
    if (closed) {
      throw new IllegalStateException("this ddl instance is closed");
    }
    return engine;
  }

  /** Options of a new instance: {@code Ddl.builder().out(ps).build()}. */
  public static final class Builder {
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private final List<String> classPath = new ArrayList<>();

    private Builder() {}

    /** Where {@code print}, displayed values and progress go (default {@code System.out}). */
    public Builder out(PrintStream out) {
      this.out = Objects.requireNonNull(out);
      return this;
    }

    /** Where warnings go (default {@code System.err}). */
    public Builder err(PrintStream err) {
      this.err = Objects.requireNonNull(err);
      return this;
    }

    /**
     * Jars or class folders that Java lines in ddl code compile against, added to ddl's own and the
     * process's class path. Entries must be files: JShell's compiler cannot read classes nested
     * inside another jar.
     */
    public Builder classPath(String... entries) {
      classPath.addAll(Arrays.asList(entries));
      return this;
    }

    /**
     * A new instance with these options. Without class path additions it is an engine started ahead
     * of time when one is ready ({@code ddl.engine.EnginePool}), so that only the first instance in
     * a process waits for JShell to start.
     */
    public Ddl build() {
      if (classPath.isEmpty()) {
        return new Ddl(EnginePool.take(out, err));
      }
      return new Ddl(Engine.create(out, err, List.copyOf(classPath)));
    }
  }
}
