package ddl.stdlib.math;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Splits a large loop into two halves, one on the caller and one on the {@link Helper} thread. Only
 * for loops whose elements are independent (elementwise kernels, or reductions split by output
 * element), so the result is bit-identical to the serial loop. Below {@link #grain()} elements the
 * hand-off (a few microseconds) costs more than the second core gains.
 */
final class Parallel {
  private Parallel() {}

  /** Elements per half below which a loop stays on one thread (2^17: ~1 MB of float64). */
  private static final int GRAIN = Integer.getInteger("ddl.parallel.grain", 1 << 17);

  /** 1 turns splitting off (-Dddl.threads=1), e.g. to compare or to run tests on both paths. */
  private static final boolean ON =
      Integer.getInteger("ddl.threads", 2) > 1
          && Runtime.getRuntime().availableProcessors() > 1
          && ForkJoinPool.getCommonPoolParallelism() > 0;

  /**
   * Elements per piece that {@link #claimed} hands out (16 rows of 1000, ~3 µs of adds): small
   * enough that the two threads finish within a few µs of each other, large enough that the claims
   * cost nothing. 2^13 to 2^16 measured alike for a 1000×1000 sum over axis 1.
   */
  private static final int PIECE = 1 << 14;

  @FunctionalInterface
  interface Range {
    void run(int lo, int hi);
  }

  static int grain() {
    return GRAIN;
  }

  /** Whether large loops run on two threads here (two or more processors, not -Dddl.threads=1). */
  static boolean twoThreads() {
    return ON;
  }

  /** Runs {@code body} over [0, n), in two halves on two threads when n is large enough. */
  static void split(int n, Range body) {
    split(n, 1, body);
  }

  /**
   * Like {@link #split(int, Range)}, where each unit of the range stands for {@code weight}
   * elements of work (a row of a matrix, say); the split point is a multiple of 8 units so both
   * halves keep aligned vector loops.
   */
  static void split(int n, int weight, Range body) {
    if (!ON || (long) n * weight < 2L * GRAIN || n < 16) {
      body.run(0, n);
      return;
    }
    int mid = (n / 2) & ~7;
    Helper.Job job = Helper.post(body, mid, n);
    if (job == null) {
      // the helper is another caller's: the common pool, fixed halves
      ForkJoinTask<?> other = ForkJoinPool.commonPool().submit(() -> body.run(mid, n));
      try {
        body.run(0, mid);
      } finally {
        other.join();
      }
      return;
    }
    try {
      body.run(0, mid);
    } finally {
      Helper.join(job);
    }
  }

  /**
   * Runs body over [0, n) in pieces of about {@link #PIECE} elements (each unit of the range
   * standing for {@code weight}), claimed in turn by the caller and, through {@link #split} (its
   * threshold, its switch to one thread), the helper: both run the same claiming loop and ignore
   * the halves split hands them. A parked helper takes 10–40 µs to wake on this kind of virtual
   * machine, and even a spinning one starts a little late; with halves fixed in advance the caller
   * then waits for the second half, here it goes on claiming and the helper takes what is left when
   * it arrives, so the two finish within a piece of each other (1000×1000 sum over axis 1 with a
   * parked worker: ~140 → ~105 µs).
   * For bodies whose every unit is computed by one thread in one order, so the bits do not depend
   * on who took which piece.
   */
  static void claimed(int n, int weight, Range body) {
    int step = Math.max(1, PIECE / weight);
    if (n <= step) {
      body.run(0, n);
      return;
    }
    int pieces = (n - 1) / step + 1;
    AtomicInteger next = new AtomicInteger();
    split(
        n,
        weight,
        (ignoredLo, ignoredHi) -> {
          for (int c; (c = next.getAndIncrement()) < pieces; ) {
            int lo = c * step;
            body.run(lo, n - lo <= step ? n : lo + step);
          }
        });
  }

  /** {@link #claimed} for bodies of one unit at a time: body(i) for every i in [0, n). */
  static void claimedEach(int n, int weight, IntConsumer body) {
    claimed(
        n,
        weight,
        (lo, hi) -> {
          for (int i = lo; i < hi; i++) {
            body.accept(i);
          }
        });
  }
}
