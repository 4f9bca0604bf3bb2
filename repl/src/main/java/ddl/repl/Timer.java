package ddl.repl;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.Source;
import java.util.Arrays;

/**
 * {@code /time STATEMENT}, as IPython's {@code %timeit}: the statement runs in loops of n, n chosen
 * so that a loop takes at least 0.2 s, five loops in all; best and median time per run are shown.
 * The loop is the engine's own Java for the statement inside a Java {@code for}, so one compile
 * serves every run and the time is the statement's, not the compiler's.
 */
final class Timer {
  private static final int REPEATS = 5;
  private static final double TARGET = 0.2;

  private final Repl repl;
  private final ResultPrinter printer;

  Timer(Repl repl, ResultPrinter printer) {
    this.repl = repl;
    this.printer = printer;
  }

  void time(String statement) {
    Engine e = repl.engine();
    Source source = new Source("<input>", statement);
    try {
      // the first run declares what the statement assigns, so the loop body declares nothing
      double once = seconds(() -> e.eval(source, false));
      String java = e.javaOf(statement).strip();
      if (!java.startsWith("{") || !java.endsWith("}")) {
        printer.info("1 run: " + format(once) + " (cannot be looped; timed once)");
        return;
      }
      long n = 1;
      double t = loop(e, java, n);
      while (t < TARGET && n < 1_000_000_000L) {
        n *= t <= 0 ? 10 : Math.min(10, Math.max(2, (long) Math.ceil(TARGET / t)));
        t = loop(e, java, n);
      }
      double[] perRun = new double[REPEATS];
      perRun[0] = t / n;
      for (int i = 1; i < REPEATS; i++) {
        perRun[i] = loop(e, java, n) / n;
      }
      Arrays.sort(perRun);
      printer.info(
          format(perRun[0]) + " best, " + format(perRun[REPEATS / 2]) + " median per run ("
              + REPEATS + " loops of " + n + " runs)");
    } catch (DdlError x) {
      printer.error(x);
    }
  }

  /** Seconds for n runs of the body, less the cost of compiling the loop (a run with n = 0). */
  private static double loop(Engine e, String body, long n) {
    double full = seconds(() -> e.evalTranslated(wrap(body, n)));
    double empty = seconds(() -> e.evalTranslated(wrap(body, 0)));
    return Math.max(0, full - empty);
  }

  private static String wrap(String body, long n) {
    return "for (long ddl$n = 0; ddl$n < " + n + "L; ddl$n++) " + body;
  }

  private static double seconds(Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    return (System.nanoTime() - t0) / 1e9;
  }

  /** 12.3 µs, 4.56 ms, 1.2 s */
  static String format(double s) {
    if (s >= 1) {
      return String.format("%.3g s", s);
    } else if (s >= 1e-3) {
      return String.format("%.3g ms", s * 1e3);
    } else if (s >= 1e-6) {
      return String.format("%.3g µs", s * 1e6);
    }
    return String.format("%.3g ns", s * 1e9);
  }
}
