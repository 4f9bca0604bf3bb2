package ddl.bench;

import ddl.stdlib.Builtins;
import ddl.stdlib.Context;
import ddl.stdlib.Tensor;
import ddl.stdlib.plot.Figure;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Times the two renderers on the figures of the performance goal: a scatter of 1e6 points and a
 * 1000×1000 heat map, drawn in the terminal (120×40, colour) and to PNG (800×600). Prints the
 * median of several runs after warm-up. Run with bench/figures.sh.
 */
public final class FigureBench {
  private FigureBench() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Random r = new Random(1);
    double[] x = new double[1_000_000];
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = r.nextGaussian();
      y[i] = x[i] + r.nextGaussian();
    }
    double[] z = new double[1000 * 1000];
    for (int i = 0; i < 1000; i++) {
      for (int j = 0; j < 1000; j++) {
        z[i * 1000 + j] = Math.sin(i / 50.0) * Math.cos(j / 70.0);
      }
    }
    Supplier<Figure> scatter =
        () -> (Figure) Builtins.call(null, "scatter", new Object[] {Tensor.wrap(x, x.length), Tensor.wrap(y, y.length)},
            new String[0], new Object[0]);
    Supplier<Figure> heat =
        () -> (Figure) Builtins.call(null, "heatmap", new Object[] {Tensor.wrap(z, 1000, 1000)}, new String[0], new Object[0]);
    Context.Display d = new Context.Display(120, 40, true, true);
    report("scatter 1e6, terminal", runs, () -> scatter.get().render(d).length());
    report("scatter 1e6, PNG", runs, () -> scatter.get().png(800L, 600L).length);
    report("heatmap 1000x1000, terminal", runs, () -> heat.get().render(d).length());
    report("heatmap 1000x1000, PNG", runs, () -> heat.get().png(800L, 600L).length);
  }

  /** Runs {@code task} twice to warm up, then {@code runs} times; prints the median in seconds. */
  private static void report(String name, int runs, Supplier<Integer> task) {
    task.get();
    task.get();
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      task.get();
      t[i] = (System.nanoTime() - t0) / 1e9;
    }
    Arrays.sort(t);
    System.out.printf("%-30s median %.3f s  (min %.3f, max %.3f, %d runs; includes making the figure)%n",
        name, t[runs / 2], t[0], t[runs - 1], runs);
  }
}
