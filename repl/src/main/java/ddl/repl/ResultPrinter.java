package ddl.repl;

import ddl.lang.DdlError;
import ddl.lang.ErrorRenderer;
import ddl.stdlib.Context;
import ddl.stdlib.Values;
import ddl.stdlib.format.PrintOptions;
import java.io.PrintStream;
import java.lang.reflect.Method;

/**
 * Shows what an evaluation gave: a value as numpy prints it (SPEC §2), a figure drawn for the
 * terminal, or an error with its caret, in colour only where the terminal has it and {@code
 * NO_COLOR} is unset.
 */
final class ResultPrinter {
  static final String RED = "\u001b[1;31m";
  static final String BOLD = "\u001b[1m";
  static final String GREEN = "\u001b[32m";
  static final String RESET = "\u001b[0m";

  private final PrintStream out;
  private final PrintStream err;
  private volatile boolean color;

  ResultPrinter(PrintStream out, PrintStream err, boolean color) {
    this.out = out;
    this.err = err;
    this.color = color;
  }

  boolean color() {
    return color;
  }

  void setColor(boolean color) {
    this.color = color;
  }

  /**
   * Prints a displayed value: figures through their {@code render(Display)}, the rest as numpy.
   * {@code check} runs while it is formatted and written, and stops both when it throws (Ctrl-C).
   */
  void value(Object value, PrintOptions options, Context.Display display, Runnable check) {
    if (value == null) {
      return;
    }
    String figure = render(value, display);
    write(figure != null ? figure : Values.display(value, options, check), check);
  }

  /** {@code x = ...} for {@code /set echo on}. */
  void echo(String name, Object value, PrintOptions options, Runnable check) {
    String shown = value == null ? "None" : Values.display(value, options, check);
    String pad = shown.contains("\n") ? "\n" : "";
    write(name + " = " + pad + shown, check);
  }

  /**
   * Writes a line in pieces, checking between them: a huge array takes seconds to reach the
   * terminal, and Ctrl-C must not wait for all of it.
   */
  private void write(String text, Runnable check) {
    int piece = 8192;
    try {
      for (int at = 0; at < text.length(); at += piece) {
        check.run();
        out.append(text, at, Math.min(text.length(), at + piece));
        out.flush();
      }
    } catch (Context.Interrupted e) {
      out.println(); // the message goes below the cut line
      throw e;
    }
    out.println();
    out.flush();
  }

  /**
   * The text of a figure (package {@code ddl.stdlib.plot}) drawn at the terminal's size, or null
   * when the value has no {@code render(Context.Display)} method. Found by reflection so the REPL
   * does not depend on the plotting classes.
   */
  static String render(Object value, Context.Display display) {
    try {
      Method m = value.getClass().getMethod("render", Context.Display.class);
      if (m.getReturnType() == String.class) {
        return (String) m.invoke(value, display);
      }
    } catch (NoSuchMethodException e) {
      return null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /** An error as {@code FILE:LINE:COL: message}, the line, and the caret (red when in colour). */
  void error(DdlError e) {
    out.flush();
    err.println(colorError(ErrorRenderer.render(e)));
    err.flush();
  }

  /** A message of the REPL itself (an unknown command, a missing file). */
  void problem(String message) {
    out.flush();
    err.println(color ? RED + message + RESET : message);
    err.flush();
  }

  /** Informational output of commands. */
  void info(String message) {
    out.println(message);
    out.flush();
  }

  String bold(String s) {
    return color ? BOLD + s + RESET : s;
  }

  String green(String s) {
    return color ? GREEN + s + RESET : s;
  }

  private String colorError(String rendered) {
    return color ? Editing.colorError(rendered) : rendered;
  }
}
