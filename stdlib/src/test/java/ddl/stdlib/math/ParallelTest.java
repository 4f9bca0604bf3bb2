package ddl.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Parallel#split} hands half of a loop to the {@link Helper} thread: every index runs exactly
 * once whoever takes it — when the helper is asleep, awake, taken by another caller, or asked from
 * inside a split — and a failure in either half reaches the caller.
 */
class ParallelTest {
  private static final int N = 4 * Parallel.grain();

  /** Counts how often each index of [0, N) ran. */
  private static int[] countRuns(int n) {
    int[] runs = new int[n];
    Parallel.split(
        n,
        (lo, hi) -> {
          for (int i = lo; i < hi; i++) {
            runs[i]++;
          }
        });
    return runs;
  }

  private static void assertEachOnce(int[] runs) {
    for (int i = 0; i < runs.length; i++) {
      assertEquals(1, runs[i], "index " + i);
    }
  }

  @Test
  void everyIndexRunsOnceBackToBackAndAfterTheHelperParked() throws InterruptedException {
    for (int rep = 0; rep < 200; rep++) {
      assertEachOnce(countRuns(N));
    }
    Thread.sleep(20); // past the helper's spin: it parks and must be woken
    assertEachOnce(countRuns(N));
  }

  @Test
  void aLargeLoopIsSplitInTwoWhenTwoThreadsRun() {
    AtomicInteger pieces = new AtomicInteger();
    Parallel.split(N, (lo, hi) -> pieces.incrementAndGet());
    assertEquals(Parallel.twoThreads() ? 2 : 1, pieces.get());
  }

  @Test
  void callersOnManyThreadsAtOnceEachGetTheirWholeLoop() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        results.add(pool.submit(() -> countRuns(N + 13)));
      }
      for (Future<int[]> r : results) {
        assertEachOnce(r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSplitInsideASplitRunsWhole() {
    int block = 2 * Parallel.grain(); // large enough to be split again
    int[] runs = new int[16 * block];
    Parallel.split(
        16,
        block,
        (lo, hi) -> {
          for (int k = lo; k < hi; k++) {
            int base = k * block;
            Parallel.split(
                block,
                (a, b) -> {
                  for (int i = a; i < b; i++) {
                    runs[base + i]++;
                  }
                });
          }
        });
    assertEachOnce(runs);
  }

  @Test
  void aFailureInTheHelpersHalfReachesTheCallerAndTheHelperGoesOn() {
    assumeTrue(Parallel.twoThreads(), "on one thread there is no second half");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Parallel.split(
                    N,
                    (lo, hi) -> {
                      if (lo > 0) {
                        throw new IllegalArgumentException("in the second half");
                      }
                    }));
    assertEquals("in the second half", e.getMessage());
    assertEachOnce(countRuns(N));
  }

  @Test
  void aFailureInTheCallersHalfStillWaitsForTheOtherHalf() {
    assumeTrue(Parallel.twoThreads(), "on one thread there is no second half");
    AtomicInteger finished = new AtomicInteger();
    assertThrows(
        ArithmeticException.class,
        () ->
            Parallel.split(
                N,
                (lo, hi) -> {
                  if (lo == 0) {
                    throw new ArithmeticException("first half");
                  }
                  finished.incrementAndGet();
                }));
    assertEquals(1, finished.get(), "the second half ran and was joined");
    assertEachOnce(countRuns(N));
  }
}
