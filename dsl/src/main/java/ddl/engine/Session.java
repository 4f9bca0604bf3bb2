package ddl.engine;

import ddl.stdlib.Context;

/**
 * The engine's side of generated code: it receives the value to display and prints help. Generated
 * snippets reach it through the JShell variable {@code ddl$s}.
 */
public final class Session {
  /** The context built-ins receive; a field so generated code reads it directly. */
  public final Context ctx;

  private final Context context;
  private Object last;
  private final HelpText help;
  private Object shown;
  private boolean hasShown;
  private final Slots slots = new Slots();

  Session(Context context, HelpText help) {
    this.context = context;
    this.ctx = context;
    this.help = help;
  }

  public Context context() {
    return context;
  }

  /** Direct access to variables and compiled programs from Java (the embedding API). */
  public Slots slots() {
    return slots;
  }

  /** Records the value of a displayed expression and returns it (it becomes {@code _}). */
  public Object show(Object value) {
    shown = value;
    hasShown = true;
    last = value;
    return value;
  }

  private final java.util.Map<String, Object> handOver = new java.util.HashMap<>();

  /** Keeps a value for a snippet to {@link #take} (the engine passing values to JShell). */
  public void put(String name, Object value) {
    handOver.put(name, value);
  }

  /** The value {@link #put} left under {@code name}, removed. */
  public Object take(String name) {
    return handOver.remove(name);
  }

  private final java.util.Map<Integer, Object> constants = new java.util.HashMap<>();
  private int nextConstant;

  /** Keeps a large literal's value for generated code to read with {@link #constant}. */
  int keep(Object value) {
    constants.put(nextConstant, value);
    return nextConstant++;
  }

  /** The number the next kept literal gets: those kept from here on are newer. */
  int constantsKept() {
    return nextConstant;
  }

  /** How many literals are kept now. */
  int constantsHeld() {
    return constants.size();
  }

  /** Forgets a literal no code that can still run refers to. */
  void release(int k) {
    constants.remove(k);
  }

  /** The literal {@link #keep} kept as number {@code k}. */
  public Object constant(int k) {
    return constants.get(k);
  }

  /** {@code _}: the last displayed result. */
  public Object last() {
    return last;
  }

  /** Evaluates an expression statement whose value is not displayed. */
  public void discard(Object value) {
    // the expression ran for its effects; kept, so the JIT cannot drop it as unused (/time)
    sink = value;
  }

  private Object sink;

  /** {@code help(name)} */
  public void help(String name) {
    context.out().println(help.describe(name));
    context.out().flush();
  }

  void reset() {
    shown = null;
    hasShown = false;
  }

  boolean hasShown() {
    return hasShown;
  }

  Object shown() {
    return shown;
  }
}
