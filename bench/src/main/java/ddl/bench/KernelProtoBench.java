package ddl.bench;

import ddl.stdlib.Rng;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Not part of the comparison with numpy: prototypes that split the cost of {@code x + y} on 1e6
 * elements into its parts (the Tensor call, a fresh zeroed 8 MB array, the loop itself, two
 * threads), to find where ddl's time goes and what a change to the stdlib kernels would gain.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {Jvm.GC, Jvm.YOUNG, Jvm.THP, Jvm.TIERED, Jvm.STACK, Jvm.OPEN_NIO, Jvm.OPEN_CH})
public class KernelProtoBench {
  @Param({"1000000"})
  int n;

  Tensor tx;
  Tensor ty;
  double[] x;
  double[] y;
  double[] out;

  @Setup
  public void setup() {
    Rng rng = new Rng(42);
    tx = Creation.rand(rng, n);
    ty = Creation.rand(rng, n);
    x = tx.doubleStorage();
    y = ty.doubleStorage();
    out = new double[n];
  }

  /** What ddl does today: Tensor.add, a new result. */
  @Benchmark
  public Tensor tensorAdd() {
    return tx.add(ty);
  }

  /** A new array and the plain loop, no Tensor: the cost of the fresh (zeroed) allocation. */
  @Benchmark
  public double[] allocLoop() {
    double[] o = new double[n];
    for (int j = 0; j < n; j++) {
      o[j] = x[j] + y[j];
    }
    return o;
  }

  /** Only a fresh array, nothing written into it: allocation and zeroing alone. */
  @Benchmark
  public double[] allocOnly() {
    return new double[n];
  }

  /** The loop into one reused array (what numpy gets when malloc hands back the freed block). */
  @Benchmark
  public double[] reuseLoop() {
    double[] o = out;
    for (int j = 0; j < n; j++) {
      o[j] = x[j] + y[j];
    }
    return o;
  }

  /** The reused array, the loop split in two halves on the common pool (2 cores). */
  @Benchmark
  public double[] reuseLoop2Threads() {
    double[] o = out;
    split(o, 2);
    return o;
  }

  /** A fresh array, the loop split in two halves. */
  @Benchmark
  public double[] allocLoop2Threads() {
    double[] o = new double[n];
    split(o, 2);
    return o;
  }

  private void split(double[] o, int parts) {
    int chunk = (n + parts - 1) / parts;
    ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[parts - 1];
    for (int t = 1; t < parts; t++) {
      int lo = t * chunk;
      int hi = Math.min(n, lo + chunk);
      tasks[t - 1] = ForkJoinPool.commonPool().submit(() -> addRange(x, y, o, lo, hi));
    }
    addRange(x, y, o, 0, Math.min(n, chunk));
    for (ForkJoinTask<?> t : tasks) {
      t.join();
    }
  }

  static void addRange(double[] x, double[] y, double[] o, int lo, int hi) {
    for (int j = lo; j < hi; j++) {
      o[j] = x[j] + y[j];
    }
  }
}
