package ddl.bench.autodiff;

import ddl.stdlib.Fn;
import ddl.stdlib.Lang;
import ddl.stdlib.Ops;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.autodiff.AutodiffBuiltins;
import ddl.stdlib.builtins.MathBuiltins;
import java.util.Arrays;
import java.util.Random;

/**
 * Times value_and_grad of the lecture's square loss on n = 1e6 points against evaluating the loss
 * alone (issue 9: at most 3x), and prints the medians; {@code numpy_loss_grad.py} beside the test
 * resources times numpy's hand-written loss and gradient on the same sizes (at most 1.5x that).
 *
 * <p>Run: {@code bench/main.sh ddl.bench.autodiff.AutodiffBenchmark [n] [reps]}.
 */
public final class AutodiffBenchmark {
  private AutodiffBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 41;
    Random rnd = new Random(1);
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = rnd.nextDouble() * 100;
      ys[i] = 3 + 14 * xs[i] + rnd.nextGaussian() * 50;
    }
    Tensor x = Tensor.wrap(xs, n);
    Tensor y = Tensor.wrap(ys, n);
    // def loss(phi) = sum((phi[0] + phi[1] * x - y) ** 2), as the translator writes it
    Fn loss =
        Fn.of(
            "loss",
            1,
            a ->
                MathBuiltins.sum(
                    Ops.pow(
                        Ops.sub(
                            Ops.add(Lang.getitem(a[0], 0L), Ops.mul(Lang.getitem(a[0], 1L), x)), y),
                        2L),
                    null,
                    false));
    Tensor phi = Tensor.of(1.0, 10.0);
    Fn valueAndGrad = AutodiffBuiltins.value_and_grad(loss, 0L);
    long[] plain = new long[reps];
    long[] traced = new long[reps];
    double sink = 0;
    for (int warm = 0; warm < 15; warm++) {
      sink += (Double) loss.call(phi);
      sink += (Double) ((Tuple) valueAndGrad.call(phi)).get(0);
    }
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      sink += (Double) loss.call(phi);
      long t1 = System.nanoTime();
      Tuple vg = (Tuple) valueAndGrad.call(phi);
      long t2 = System.nanoTime();
      sink += ((Tensor) vg.get(1)).getDouble(1);
      plain[r] = t1 - t0;
      traced[r] = t2 - t1;
    }
    double p = median(plain);
    double t = median(traced);
    System.out.printf("n=%d reps=%d%n", n, reps);
    System.out.printf("loss alone:      median %.2f ms%n", p / 1e6);
    System.out.printf("value_and_grad:  median %.2f ms%n", t / 1e6);
    System.out.printf("ratio:           %.2fx (target <= 3x)%n", t / p);
    if (sink == 42) {
      System.out.println();
    }
  }

  private static double median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
