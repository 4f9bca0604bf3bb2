package ddl.stdlib.math;

/**
 * float64 sums of a contiguous array over a leading or a trailing block of axes, with stride 1
 * known to the JIT and no per-row lambda or allocation. Both give the bits of the general path in
 * {@link Reductions} (and numpy's): the same additions in the same order.
 */
final class SumKernels {
  private SumKernels() {}

  /**
   * out[j] = sum over i of x[p + i·inner + j], i ascending, as numpy adds whole rows into the
   * result for a reduction over leading axes. Four rows per pass keep out[] in registers longer;
   * the association ((out + r0) + r1) + ... is unchanged. The columns are split over two threads.
   */
  static void leading(double[] x, int p, int outer, int inner, double[] out) {
    Parallel.split(inner, outer, (lo, hi) -> leading(x, p, outer, inner, out, lo, hi));
  }

  private static void leading(
      double[] x, int p, int outer, int inner, double[] out, int lo, int hi) {
    int i = 0;
    for (; i + 4 <= outer; i += 4) {
      int r0 = p + i * inner;
      int r1 = r0 + inner;
      int r2 = r1 + inner;
      int r3 = r2 + inner;
      for (int j = lo; j < hi; j++) {
        out[j] = out[j] + x[r0 + j] + x[r1 + j] + x[r2 + j] + x[r3 + j];
      }
    }
    for (; i < outer; i++) {
      int r = p + i * inner;
      for (int j = lo; j < hi; j++) {
        out[j] += x[r + j];
      }
    }
  }

  /**
   * out[i] = 0 + pairwise sum of the contiguous run x[p + i·inner ..][inner], for a reduction over
   * trailing axes (the 0 + keeps the general path's sign of a zero sum). Rows split over two threads.
   */
  static void trailing(double[] x, int p, int outer, int inner, double[] out) {
    Parallel.split(
        outer,
        inner,
        (lo, hi) -> {
          for (int i = lo; i < hi; i++) {
            double acc = 0;
            acc += pairwise(x, p + i * inner, inner);
            out[i] = acc;
          }
        });
  }

  /**
   * numpy's {@code pairwise_sum} (numpy/_core/src/umath/loops_utils.h.src) for stride 1: below 8
   * elements a plain loop; up to 128 eight partial sums combined as ((r0+r1)+(r2+r3))+((r4+r5)+
   * (r6+r7)); above, the two halves (the first a multiple of 8 long) summed recursively.
   */
  static double pairwise(double[] x, int p, int n) {
    if (n < 8) {
      double res = 0.;
      for (int i = p; i < p + n; i++) {
        res += x[i];
      }
      return res;
    } else if (n <= 128) {
      double r0 = x[p], r1 = x[p + 1], r2 = x[p + 2], r3 = x[p + 3];
      double r4 = x[p + 4], r5 = x[p + 5], r6 = x[p + 6], r7 = x[p + 7];
      int end = p + n - (n % 8);
      int i;
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
      return pairwise(x, p, n2) + pairwise(x, p + n2, n - n2);
    }
  }
}
