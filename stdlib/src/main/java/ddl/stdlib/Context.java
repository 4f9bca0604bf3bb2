package ddl.stdlib;

import ddl.stdlib.format.PrintOptions;
import java.io.PrintStream;

/**
 * The state one engine instance gives its built-ins: output streams, the random generator, print
 * options, the display's size and capabilities, a progress listener, and the interrupt flag that
 * loops and long built-ins check. Each engine has its own, so instances never share state.
 */
public final class Context {
  private final PrintStream out;
  private final PrintStream err;
  private final Rng rng = new Rng();
  private volatile PrintOptions printOptions = PrintOptions.DEFAULTS;
  private volatile Display display = Display.PLAIN;
  private volatile Progress progress = Progress.NONE;
  private volatile FigureDisplay figures = FigureDisplay.TEXT;
  private volatile boolean interrupted;
  private final java.util.Set<String> warned = new java.util.HashSet<>();
  /** Whether {@code warned} holds a message: read without its lock by {@link #warned}. */
  private volatile boolean anyWarned;

  /**
   * The context of the statement each thread runs. Operators compile to calls without a context
   * ({@code Ops.mul(a, b)}), so the tensor kernels find the session to warn through here; a thread
   * runs one statement at a time, and each statement binds its own context when it starts.
   */
  private static final ThreadLocal<Context> RUNNING = new ThreadLocal<>();

  public Context(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  public Rng rng() {
    return rng;
  }

  public PrintOptions printOptions() {
    return printOptions;
  }

  public void setPrintOptions(PrintOptions options) {
    this.printOptions = options;
  }

  public Display display() {
    return display;
  }

  public void setDisplay(Display display) {
    this.display = display;
  }

  public Progress progress() {
    return progress;
  }

  public void setProgress(Progress progress) {
    this.progress = progress;
  }

  public FigureDisplay figures() {
    return figures;
  }

  public void setFigures(FigureDisplay figures) {
    this.figures = figures;
  }

  private boolean javaSeesVariables;

  /**
   * A top-level variable's value where the dsl may write a result into it (see {@link
   * Ops#addTo}), or null once Java code has run in the session: Java can keep a reference the dsl
   * does not see, so from then on every result is a new tensor.
   */
  public Object reusable(Object variable) {
    return javaSeesVariables ? null : variable;
  }

  /** Called before Java source runs in the session (see {@link #reusable}). */
  public void javaRuns() {
    javaSeesVariables = true;
  }

  /** Asks running code to stop at its next check (Ctrl-C). */
  public void interrupt() {
    interrupted = true;
  }

  /** Clears a pending interrupt before a new evaluation. */
  public void clearInterrupt() {
    interrupted = false;
    synchronized (warned) {
      warned.clear();
      anyWarned = false;
    }
  }

  /** The cooperative interrupt check that loops and long built-ins call. */
  public void check() {
    if (interrupted) {
      interrupted = false;
      throw new Interrupted();
    }
  }

  /** Marks the start of a top-level statement: its warnings are printed afresh. */
  public void statement() {
    RUNNING.set(this);
    synchronized (warned) {
      if (!warned.isEmpty()) {
        warned.clear();
        anyWarned = false;
      }
    }
  }

  /** Prints a warning once per statement (numpy's RuntimeWarning on division by zero). */
  public void warnOnce(String message) {
    synchronized (warned) {
      if (warned.add(message)) {
        anyWarned = true;
        err.println(message);
      }
    }
  }

  /** Whether {@link #warnOnce} has printed this message in the current statement. */
  public boolean warned(String message) {
    if (!anyWarned) {
      return false;
    }
    synchronized (warned) {
      return warned.contains(message);
    }
  }

  /**
   * The context of the statement that runs on this thread, for code that looks for a warning only
   * when it could be printed (see {@link #warnRunning}); null when there is none.
   */
  public static Context running() {
    return RUNNING.get();
  }

  /**
   * Prints a numpy RuntimeWarning once per statement to the session whose statement runs on this
   * thread; nothing when there is none (the plain Java API).
   */
  public static void warnRunning(String message) {
    Context c = RUNNING.get();
    if (c != null) {
      c.warnOnce(message);
    }
  }

  /** Thrown by {@link #check()} when the user asked to stop. */
  public static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Interrupted() {
      super("interrupted", null, false, false);
    }
  }

  /** The size and capabilities of the display that figures are drawn for (SPEC §1). */
  public record Display(int width, int height, boolean color, boolean unicode) {
    /** No terminal: 80 columns, Unicode, no colour. */
    public static final Display PLAIN = new Display(80, 24, false, true);
  }

  /**
   * Shows a figure where the front end has something better than text (a notebook's image), or
   * declines ({@code false}) and {@code show} prints its drawing.
   */
  public interface FigureDisplay {
    FigureDisplay TEXT = figure -> false;

    boolean show(Object figure);
  }

  /** Receives reports of long work such as gradient descent; the REPL draws a bar. */
  public interface Progress {
    Progress NONE = (task, done, total) -> {};

    void update(String task, long done, long total);
  }
}
