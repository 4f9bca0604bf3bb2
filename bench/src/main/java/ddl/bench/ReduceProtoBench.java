package ddl.bench;

import ddl.stdlib.Rng;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Not part of the comparison with numpy: prototypes of the float64 axis sums of a C-order 1000×1000
 * array, each giving numpy's bits (same association as numpy's loops), against Tensor.sum as it is:
 * a contiguous-row kernel with stride 1 known to the JIT, and the rows or columns split over 2
 * threads: in fixed halves, or (axis 1, as Tensor.sum does) in pieces of 16 rows claimed in turn, so
 * that a worker slow to wake does not hold up the caller; for axis 0, in claimed pieces of columns,
 * or (as Tensor.sum does) whole rows on the caller until the worker arrives, then half the columns
 * each.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {Jvm.GC, Jvm.YOUNG, Jvm.THP, Jvm.TIERED, Jvm.STACK, Jvm.OPEN_NIO, Jvm.OPEN_CH})
public class ReduceProtoBench {
  static final int R = 1000;
  static final int C = 1000;
  Tensor t;
  double[] x;

  @Setup
  public void setup() {
    t = Creation.rand(new Rng(42), R, C);
    x = t.doubleStorage();
    double[] a = axis0Rows();
    double[] b = t.sum(false, 0).toDoubleArray();
    double[] c = axis1Contiguous();
    double[] d = t.sum(false, 1).toDoubleArray();
    if (!java.util.Arrays.equals(a, b)
        || !java.util.Arrays.equals(c, d)
        || !java.util.Arrays.equals(a, axis0Rows2Threads())
        || !java.util.Arrays.equals(a, axis0Claimed2Threads())
        || !java.util.Arrays.equals(a, axis0Handoff())
        || !java.util.Arrays.equals(c, axis1Contiguous2Threads())
        || !java.util.Arrays.equals(c, axis1Claimed2Threads())) {
      throw new IllegalStateException("prototype differs from Tensor.sum");
    }
  }

  @Benchmark
  public Tensor tensorAxis0() {
    return t.sum(false, 0);
  }

  @Benchmark
  public Tensor tensorAxis1() {
    return t.sum(false, 1);
  }

  /** axis 0: whole rows added into the result, stride 1 (numpy's order, so numpy's bits). */
  @Benchmark
  public double[] axis0Rows() {
    double[] out = new double[C];
    rows0(x, out, 0, R, 0, C);
    return out;
  }

  /** axis 0, the columns split in two halves over 2 threads. */
  @Benchmark
  public double[] axis0Rows2Threads() {
    double[] out = new double[C];
    ForkJoinTask<?> f = ForkJoinPool.commonPool().submit(() -> rows0(x, out, 0, R, C / 2, C));
    rows0(x, out, 0, R, 0, C / 2);
    f.join();
    return out;
  }

  /**
   * axis 0, pieces of 256 columns claimed in turn by the caller and one pool worker, all rows each
   * (four per pass): the late worker still gets work, but the short runs per row cost the
   * prefetcher (~155 µs against ~170 for fixed halves).
   */
  @Benchmark
  public double[] axis0Claimed2Threads() {
    double[] out = new double[C];
    AtomicInteger next = new AtomicInteger();
    Runnable claim =
        () -> {
          for (int lo; (lo = next.getAndAdd(256)) < C; ) {
            rows4(x, out, 0, R, lo, Math.min(C, lo + 256));
          }
        };
    ForkJoinTask<?> f = ForkJoinPool.commonPool().submit(claim);
    claim.run();
    f.join();
    return out;
  }

  /**
   * axis 0 as Tensor.sum does it: the caller adds blocks of 16 whole rows, reserving each before
   * it adds it; the worker, when it arrives, stops the reservations, waits for the block in flight,
   * and both finish the remaining rows on half of the columns each.
   */
  @Benchmark
  public double[] axis0Handoff() {
    double[] out = new double[C];
    AtomicInteger reserved = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int mid = (C / 2) & ~7;
    ForkJoinTask<?> f =
        ForkJoinPool.commonPool()
            .submit(
                () -> {
                  int k = reserved.getAndSet(Integer.MIN_VALUE);
                  if (k >= R) {
                    return;
                  }
                  while (done.get() < k) {
                    Thread.onSpinWait();
                  }
                  rows4(x, out, k, R, mid, C);
                });
    int k = 0;
    while (k < R) {
      int nk = Math.min(R, k + 16);
      if (!reserved.compareAndSet(k, nk)) {
        rows4(x, out, k, R, 0, mid);
        break;
      }
      rows4(x, out, k, nk, 0, C);
      done.setRelease(nk);
      k = nk;
    }
    f.join();
    return out;
  }

  /** out[j] += rows [r0, r1) of column j for j in [c0, c1), four rows per pass. */
  static void rows4(double[] x, double[] out, int r0, int r1, int c0, int c1) {
    int i = r0;
    for (; i + 4 <= r1; i += 4) {
      int p0 = i * C;
      int p1 = p0 + C;
      int p2 = p1 + C;
      int p3 = p2 + C;
      for (int j = c0; j < c1; j++) {
        out[j] = out[j] + x[p0 + j] + x[p1 + j] + x[p2 + j] + x[p3 + j];
      }
    }
    for (; i < r1; i++) {
      int p = i * C;
      for (int j = c0; j < c1; j++) {
        out[j] += x[p + j];
      }
    }
  }

  static void rows0(double[] x, double[] out, int r0, int r1, int c0, int c1) {
    for (int i = r0; i < r1; i++) {
      int base = i * C;
      for (int j = c0; j < c1; j++) {
        out[j] += x[base + j];
      }
    }
  }

  /** axis 1: numpy's pairwise sum of each contiguous row, with stride 1 known. */
  @Benchmark
  public double[] axis1Contiguous() {
    double[] out = new double[R];
    rows1(x, out, 0, R);
    return out;
  }

  /** axis 1, the rows split in two halves over 2 threads. */
  @Benchmark
  public double[] axis1Contiguous2Threads() {
    double[] out = new double[R];
    ForkJoinTask<?> f = ForkJoinPool.commonPool().submit(() -> rows1(x, out, R / 2, R));
    rows1(x, out, 0, R / 2);
    f.join();
    return out;
  }

  /** axis 1, pieces of 16 rows claimed in turn by the caller and one pool worker. */
  @Benchmark
  public double[] axis1Claimed2Threads() {
    double[] out = new double[R];
    AtomicInteger next = new AtomicInteger();
    Runnable claim =
        () -> {
          for (int lo; (lo = next.getAndAdd(16)) < R; ) {
            rows1(x, out, lo, Math.min(R, lo + 16));
          }
        };
    ForkJoinTask<?> f = ForkJoinPool.commonPool().submit(claim);
    claim.run();
    f.join();
    return out;
  }

  static void rows1(double[] x, double[] out, int r0, int r1) {
    for (int i = r0; i < r1; i++) {
      out[i] = pairwise1(x, i * C, C);
    }
  }

  /** Reductions.pairwise with s = 1: numpy's pairwise_sum for a contiguous run. */
  static double pairwise1(double[] x, int p, int n) {
    if (n < 8) {
      double res = 0.;
      for (int i = 0; i < n; i++) {
        res += x[p + i];
      }
      return res;
    } else if (n <= 128) {
      double r0 = x[p], r1 = x[p + 1], r2 = x[p + 2], r3 = x[p + 3];
      double r4 = x[p + 4], r5 = x[p + 5], r6 = x[p + 6], r7 = x[p + 7];
      int i;
      int end = p + n - (n % 8);
      for (i = p + 8; i < end; i += 8) {
        r0 += x[i];
        r1 += x[i + 1];
        r2 += x[i + 2];
        r3 += x[i + 3];
        r4 += x[i + 4];
        r5 += x[i + 5];
        r6 += x[i + 6];
        r7 += x[i + 7];
      }
      double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
      for (; i < p + n; i++) {
        res += x[i];
      }
      return res;
    } else {
      int n2 = n / 2;
      n2 -= n2 % 8;
      return pairwise1(x, p, n2) + pairwise1(x, p + n2, n - n2);
    }
  }
}
