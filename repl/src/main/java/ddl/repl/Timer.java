package ddl.repl;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.Source;
import java.util.Arrays;
import java.util.function.LongUnaryOperator;

/**
 * {@code /time STATEMENT}, as IPython's {@code %timeit}: the statement runs in loops of n, n chosen
 * so that a loop takes at least 0.2 s, five loops in all; best and median time per run are shown.
 * The loop is the engine's own Java for the statement inside a Java {@code for}, compiled once
 * into a function that times itself, so the time is the statement's, not the compiler's.
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
      LongUnaryOperator runs = e.timer(statement);
      if (runs == null) {
        printer.info("1 run: " + format(once) + " (cannot be looped; timed once)");
        return;
      }
      long n = 1;
      double t = runs.applyAsLong(n) / 1e9;
      while (t < TARGET && n < 1_000_000_000L) {
        n *= t <= 0 ? 10 : Math.min(10, Math.max(2, (long) Math.ceil(TARGET / t)));
        t = runs.applyAsLong(n) / 1e9;
      }
      double[] perRun = new double[REPEATS];
      perRun[0] = t / n;
      for (int i = 1; i < REPEATS; i++) {
        perRun[i] = runs.applyAsLong(n) / 1e9 / n;
      }
      Arrays.sort(perRun);
      printer.info(
          format(perRun[0]) + " best, " + format(perRun[REPEATS / 2]) + " median per run ("
              + REPEATS + " loops of " + n + " runs)");
    } catch (DdlError x) {
      printer.error(x);
    } catch (RuntimeException x) {
      // the statement ran once without error before it was looped: a later run failed
      printer.info("stopped: " + (x.getMessage() == null ? x.toString() : x.getMessage()));
    }
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
