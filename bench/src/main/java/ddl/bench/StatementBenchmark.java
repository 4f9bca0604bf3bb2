package ddl.bench;

import ddl.engine.Engine;
import java.util.Arrays;
import java.util.List;

/**
 * The steady-state time of one REPL-style statement, from source text to value: parse, translate,
 * JShell's compile and run. Run: {@code bench/main.sh ddl.bench.StatementBenchmark}.
 */
public final class StatementBenchmark {
  private StatementBenchmark() {}

  public static void main(String[] args) {
    try (Engine e = Engine.create(System.out, System.err, List.of())) {
      e.eval("x = [1.0, 2, 3, 4, 5, 6, 7, 8, 9, 10]; y = 0", false);
      for (int i = 0; i < 50; i++) {
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
          "y = 2 * x + 1: median %.1f ms (p10 %.1f, p90 %.1f) over %d runs%n",
          t[50] / 1e6, t[10] / 1e6, t[90] / 1e6, t.length);
    }
  }
}
