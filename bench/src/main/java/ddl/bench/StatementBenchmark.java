package ddl.bench;

import ddl.engine.Engine;
import java.util.Arrays;
import java.util.List;

/**
 * The steady-state time of one REPL-style statement, from source text to value: parse, translate,
 * JShell's compile and run. Run: {@code bench/main.sh ddl.bench.StatementBenchmark}, or with
 * {@code -Dddl.bench.warmup=N} before the class name for another warm-up than 300 statements.
 */
public final class StatementBenchmark {
  private StatementBenchmark() {}

  public static void main(String[] args) {
    try (Engine e = Engine.create(System.out, System.err, List.of())) {
      e.eval("x = [1.0, 2, 3, 4, 5, 6, 7, 8, 9, 10]; y = 0", false);
      // javac inside JShell needs a few hundred compiles before the JIT has settled on it: with 50
      // the median still measures warm-up (11 ms, against 6 ms after 300 and 5 ms after 1000)
      int warmup = Integer.getInteger("ddl.bench.warmup", 300);
      for (int i = 0; i < warmup; i++) {
        e.eval("y = 2 * x + 1", true);
      }
      long[] t = new long[101];
      for (int i = 0; i < t.length; i++) {
        long t0 = System.nanoTime();
        e.eval("y = 2 * x + 1", true);
        t[i] = System.nanoTime() - t0;
      }
      Arrays.sort(t);
      System.out.printf(
          "y = 2 * x + 1: median %.1f ms (p10 %.1f, p90 %.1f) over %d runs after %d to warm up%n",
          t[50] / 1e6, t[10] / 1e6, t[90] / 1e6, t.length, warmup);
    }
  }
}
