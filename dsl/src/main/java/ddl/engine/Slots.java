package ddl.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Direct access from Java to a session's top-level variables and compiled programs, without a javac
 * compile per access. A snippet compiled once per variable hands over a getter and a setter of the
 * JShell variable ({@code Object x = ddl$s.slots().bind("x", () -> x, v -> x = v);}), and a
 * compiled program hands over its statements as a {@link Body}; later reads, writes and runs are
 * plain method calls. Confined to the engine's thread, as the engine is. Generated snippets reach
 * it through {@code ddl$s.slots()}.
 */
public final class Slots {
  /** Compiled statements; Throwable, as JShell's own wrapper of a statement may throw anything. */
  @FunctionalInterface
  public interface Body {
    /** Runs the statements. */
    void run() throws Throwable;
  }

  /** The getter and setter of one JShell variable. */
  record Slot(Supplier<Object> getter, Consumer<Object> setter) {}

  private final Map<String, Slot> slots = new HashMap<>();
  private final List<Body> programs = new ArrayList<>();
  private Object handed;
  private int programCount;
  private final FunctionCalls functions = new FunctionCalls();

  Slots() {}

  /**
   * Registers the getter and setter of the variable {@code name}; called by a snippet.
   *
   * @return null, so that the call can initialise the variable it binds
   */
  public Object bind(String name, Supplier<Object> getter, Consumer<Object> setter) {
    slots.put(name, new Slot(getter, setter));
    return null;
  }

  /**
   * Hands over the statements of a compiled program; called by the snippet that compiles them.
   *
   * @return the same statements
   */
  public Body program(Body statements) {
    programs.add(statements);
    return statements;
  }

  /** A fresh number for the JShell variable that holds a compiled program. */
  int nextProgramId() {
    return ++programCount;
  }

  /** Receives the value of a variable a Java line declared; called by a one-off snippet. */
  public void hand(Object value) {
    handed = value;
  }

  Object takeHanded() {
    Object v = handed;
    handed = null;
    return v;
  }

  FunctionCalls functions() {
    return functions;
  }

  Slot slot(String name) {
    return slots.get(name);
  }

  /** Drops the binding of a variable JShell declared again (its old getter reads a stale field). */
  void forget(String name) {
    slots.remove(name);
  }

  /** The program handed over by the snippet that ran last, or null. */
  Body takeProgram() {
    return programs.isEmpty() ? null : programs.remove(programs.size() - 1);
  }
}
