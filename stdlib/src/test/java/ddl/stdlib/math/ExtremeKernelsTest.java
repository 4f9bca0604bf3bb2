package ddl.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.stdlib.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contiguous max/min/argmax/argmin kernels against numpy's order — one element after the other,
 * nan winning, the second of two equal values kept (argmax: the first index) — bit for bit, on
 * values full of ties, signed zeros, nans and infinities, at sizes split over two threads; and
 * numpy's own answers (numpy 2.4.6 on x86) for the cases where the order shows.
 */
class ExtremeKernelsTest {

  /** Values from a small set, so that ties, ±0, nan and ±inf meet in every row and column. */
  private static double[] data(int n, long seed, boolean nans) {
    double[] pool = {-0.0, 0.0, 1.5, -1.5, -0.0, 0.0, 2.0, Double.NEGATIVE_INFINITY, -3.0};
    Random r = new Random(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextInt(50) == 0 && nans ? Double.NaN : pool[r.nextInt(pool.length)];
    }
    return x;
  }

  /** A row or column of values all ≤ 0 but for the zeros, so that the result is a tied zero. */
  private static double[] zeros(int n, long seed) {
    Random r = new Random(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextBoolean() ? -r.nextInt(3) : (r.nextBoolean() ? -0.0 : 0.0);
    }
    return x;
  }

  private static double inOrder(double[] x, int p, int stride, int n, boolean max) {
    double r = x[p];
    for (int i = 1; i < n; i++) {
      r = ExtremeKernels.pick(r, x[p + i * stride], max);
    }
    return r;
  }

  private static long argInOrder(double[] x, int p, int n, boolean max) {
    int best = 0;
    for (int i = 1; i < n && x[p + best] == x[p + best]; i++) {
      double v = x[p + i];
      if (v != v || (max ? v > x[p + best] : v < x[p + best])) {
        best = i;
      }
    }
    return best;
  }

  private static final int[][] SHAPES = {
    {1000, 1000}, {3, 200003}, {200003, 3}, {613, 517}, {1, 300000}, {300000, 1}, {7, 9}, {40, 9000}
  };

  @Test
  void trailingAndLeadingMatchNumpysOrder() {
    for (int[] s : SHAPES) {
      for (boolean max : new boolean[] {true, false}) {
        for (boolean nans : new boolean[] {true, false}) {
          int rows = s[0];
          int cols = s[1];
          int p = 3;
          double[] x = nans ? data(p + rows * cols, rows + cols, true) : zeros(p + rows * cols, rows);
          double[] wantRows = new double[rows];
          for (int i = 0; i < rows; i++) {
            wantRows[i] = inOrder(x, p + i * cols, 1, cols, max);
          }
          double[] got = new double[rows];
          ExtremeKernels.trailing(x, p, rows, cols, got, max);
          assertArrayEquals(wantRows, got, rows + "x" + cols + " along rows, max=" + max);

          double[] wantCols = new double[cols];
          for (int j = 0; j < cols; j++) {
            wantCols[j] = inOrder(x, p + j, cols, rows, max);
          }
          got = new double[cols];
          ExtremeKernels.leading(x, p, rows, cols, got, max);
          assertArrayEquals(wantCols, got, rows + "x" + cols + " down columns, max=" + max);

          long[] wantArg = new long[rows];
          for (int i = 0; i < rows; i++) {
            wantArg[i] = argInOrder(x, p + i * cols, cols, max);
          }
          long[] arg = new long[rows];
          ExtremeKernels.argTrailing(x, p, rows, cols, arg, max);
          assertArrayEquals(wantArg, arg, rows + "x" + cols + " arg, max=" + max);
        }
      }
    }
  }

  @Test
  void int64MatchesAPlainLoop() {
    for (int[] s : SHAPES) {
      int rows = s[0];
      int cols = s[1];
      Random r = new Random(rows);
      long[] x = new long[rows * cols];
      for (int i = 0; i < x.length; i++) {
        x[i] = r.nextInt(7) - 3 + (r.nextInt(1000) == 0 ? Long.MIN_VALUE : 0);
      }
      for (boolean max : new boolean[] {true, false}) {
        long[] wantRows = new long[rows];
        long[] wantArg = new long[rows];
        for (int i = 0; i < rows; i++) {
          wantRows[i] = x[i * cols];
          for (int j = 1; j < cols; j++) {
            long v = x[i * cols + j];
            if (max ? v > wantRows[i] : v < wantRows[i]) {
              wantRows[i] = v;
              wantArg[i] = j;
            }
          }
        }
        long[] wantCols = new long[cols];
        for (int j = 0; j < cols; j++) {
          wantCols[j] = x[j];
          for (int i = 1; i < rows; i++) {
            long v = x[i * cols + j];
            wantCols[j] = max ? Math.max(wantCols[j], v) : Math.min(wantCols[j], v);
          }
        }
        long[] got = new long[rows];
        ExtremeKernels.trailing(x, 0, rows, cols, got, max);
        assertArrayEquals(wantRows, got);
        long[] arg = new long[rows];
        ExtremeKernels.argTrailing(x, 0, rows, cols, arg, max);
        assertArrayEquals(wantArg, arg);
        got = new long[cols];
        ExtremeKernels.leading(x, 0, rows, cols, got, max);
        assertArrayEquals(wantCols, got);
      }
    }
  }

  private static String bits(Object v) {
    return Long.toHexString(Double.doubleToRawLongBits((Double) v));
  }

  /** np.max/np.min/np.maximum of the same values, printed by numpy 2.4.6 on this x86 machine. */
  @Test
  void signedZerosAsNumpy() {
    assertEquals(bits(0.0), bits(Tensor.of(-0.0, 0.0).max()));
    assertEquals(bits(-0.0), bits(Tensor.of(0.0, -0.0).max()));
    assertEquals(bits(0.0), bits(Tensor.of(-1.0, -0.0, 0.0).max()));
    assertEquals(bits(-0.0), bits(Tensor.of(0.0, -0.0).min()));
    assertEquals(bits(0.0), bits(Tensor.of(-0.0, 0.0).min()));
    assertEquals(0.0, BinaryOp.MAXIMUM.apply(-0.0, 0.0));
    assertEquals(bits(-0.0), bits(BinaryOp.MAXIMUM.apply(0.0, -0.0)));
    assertEquals(bits(-0.0), bits(BinaryOp.MINIMUM.apply(0.0, -0.0)));
    for (int n : new int[] {100, 1000, 600_000}) {
      // a[3] = 0.0, a[10] = -0.0 (and swapped) in -ones(n): numpy keeps the later zero
      double[] a = new double[n];
      java.util.Arrays.fill(a, -1.0);
      a[3] = 0.0;
      a[10] = -0.0;
      assertEquals(bits(-0.0), bits(Tensor.wrap(a, n).max()), "n=" + n);
      a[3] = -0.0;
      a[10] = 0.0;
      assertEquals(bits(0.0), bits(Tensor.wrap(a, n).max()), "n=" + n);
      assertEquals(3L, Tensor.wrap(a, n).argmax(0, false).item(), "the first of the tied zeros");
    }
  }
}
