package ddl.bench.learn;

import ddl.stdlib.Context;
import ddl.stdlib.Tensor;
import ddl.stdlib.learn.LearnBuiltins;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Random;

/**
 * Times {@code gd} for the line as the course's performance targets state them (n = 50 with 1000
 * steps; n = 1e6 with 100 steps), to set beside {@code stdlib/src/test/resources/learn/gd_numpy.py}
 * run on the same machine. Run: {@code bench/main.sh ddl.bench.learn.GdBenchmark [runs]}.
 */
public final class GdBenchmark {
  private GdBenchmark() {}

  /** Prints the median time of each case in milliseconds; args[0] is the number of runs. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    run(50, 1000, runs * 10);
    run(1_000_000, 100, Math.max(5, runs / 3));
  }

  private static void run(int n, int steps, int runs) {
    Random rng = new Random(1);
    double[] x = new double[n];
    double[] y = new double[n];
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      x[i] = rng.nextDouble() * 10;
      y[i] = 3 + 2 * x[i] + rng.nextGaussian();
      sxx += x[i] * x[i];
    }
    Tensor xt = Tensor.wrap(x, n);
    Tensor yt = Tensor.wrap(y, n);
    double lr = 0.1 / (2 * sxx);
    Context ctx = new Context(new PrintStream(new ByteArrayOutputStream()), System.err);
    // warm up the JIT as a REPL session does after a few statements
    for (int i = 0; i < Math.max(3, runs / 2); i++) {
      LearnBuiltins.gd(ctx, LearnBuiltins.linear(null, null), xt, yt, lr, (long) steps, null);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      LearnBuiltins.gd(ctx, LearnBuiltins.linear(null, null), xt, yt, lr, (long) steps, null);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("ddl gd n=%d steps=%d median %.2f ms%n", n, steps, ms[runs / 2]);
  }
}
