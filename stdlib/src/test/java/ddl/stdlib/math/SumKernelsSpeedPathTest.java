package ddl.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.stdlib.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contiguous axis-sum kernels of {@link SumKernels} against the general strided path's order
 * ({@link Reductions#pairwise} for a trailing block, row after row for a leading one), bit for bit,
 * (assertArrayEquals without a delta compares bits) at sizes large enough to be split over two
 * threads. The golden cases are too small for that.
 */
class SumKernelsSpeedPathTest {

  /** Values of mixed sign and magnitude, so that any other association shows in the last bits. */
  private static double[] data(int n, long seed) {
    Random r = new Random(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextGaussian() * Math.pow(10, r.nextInt(9) - 4);
    }
    return x;
  }

  @Test
  void stride1PairwiseMatchesTheGeneralOneForEveryLength() {
    double[] x = data(1300, 1);
    for (int p : new int[] {0, 3}) {
      for (int n = 0; n <= 1290; n++) {
        double want = Reductions.pairwise(x, p, 1, n);
        double got = SumKernels.pairwise(x, p, n);
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), "n=" + n);
      }
    }
  }

  /**
   * (outer, inner) for the trailing sum, (inner, outer) for the leading one: square, odd sizes, rows
   * shorter than 8, longer than a chunk, too few to split; as leading sums, every remainder of rows
   * after the four-row passes (0–3) and fewer than 8 columns (3, 1).
   */
  private static final int[][] SHAPES = {
    {1000, 1000}, {613, 517}, {70001, 5}, {40, 9000}, {2000, 131}, {3, 200003}, {1, 300000},
    {700, 1002}
  };

  @Test
  void trailingMatchesTheGeneralOrder() {
    for (int[] s : SHAPES) {
      int outer = s[0];
      int inner = s[1];
      int p = 7;
      double[] x = data(p + outer * inner, outer);
      double[] want = new double[outer];
      for (int i = 0; i < outer; i++) {
        want[i] = 0 + Reductions.pairwise(x, p + i * inner, 1, inner);
      }
      // repeated: which thread takes which rows changes from run to run, the bits must not
      for (int rep = 0; rep < 5; rep++) {
        double[] got = new double[outer];
        SumKernels.trailing(x, p, outer, inner, got);
        assertArrayEquals(want, got, outer + "x" + inner);
      }
    }
  }

  @Test
  void leadingMatchesTheGeneralOrder() {
    for (int[] s : SHAPES) {
      int outer = s[1];
      int inner = s[0];
      int p = 5;
      double[] x = data(p + outer * inner, inner);
      double[] want = new double[inner];
      for (int i = 0; i < outer; i++) {
        for (int j = 0; j < inner; j++) {
          want[j] += x[p + i * inner + j];
        }
      }
      for (int rep = 0; rep < 5; rep++) {
        double[] got = new double[inner];
        SumKernels.leading(x, p, outer, inner, got);
        assertArrayEquals(want, got, outer + "x" + inner);
      }
    }
  }

  /**
   * The leading sum hands the rows left to the worker at whatever block the caller has reached
   * when it arrives (none, some, all): many runs, so that hand-offs at different rows, and none,
   * are all checked against the row-after-row order. Rows not a multiple of the reservation block
   * or of the 8 rows per pass, columns not a multiple of 8.
   */
  @Test
  void leadingHandOffAtAnyRowGivesTheSameBits() {
    int[][] shapes = {{1000, 1000}, {1003, 517}, {37, 8000}, {300, 3001}};
    for (int[] s : shapes) {
      int outer = s[0];
      int inner = s[1];
      int p = 3;
      double[] x = data(p + outer * inner, outer + inner);
      double[] want = new double[inner];
      for (int i = 0; i < outer; i++) {
        for (int j = 0; j < inner; j++) {
          want[j] += x[p + i * inner + j];
        }
      }
      for (int rep = 0; rep < 60; rep++) {
        double[] got = new double[inner];
        SumKernels.leading(x, p, outer, inner, got);
        assertArrayEquals(want, got, outer + "x" + inner + " run " + rep);
      }
    }
  }

  @Test
  void tensorSumOfAContiguousMatrixTakesTheSameOrder() {
    int n = 1000;
    double[] x = data(n * n, 42);
    Tensor t = Tensor.wrap(x, n, n);
    double[] rows = new double[n];
    double[] cols = new double[n];
    for (int i = 0; i < n; i++) {
      rows[i] = 0 + Reductions.pairwise(x, i * n, 1, n);
      for (int j = 0; j < n; j++) {
        cols[j] += x[i * n + j];
      }
    }
    assertArrayEquals(rows, t.sum(false, 1).toDoubleArray());
    assertArrayEquals(cols, t.sum(false, 0).toDoubleArray());
  }
}
