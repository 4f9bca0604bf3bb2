package ddl.stdlib.math;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * float64 sums of a contiguous array over a leading or a trailing block of axes, with stride 1
 * known to the JIT and no per-row lambda or allocation. Both give the bits of the general path in
 * {@link Reductions} (and numpy's): the same additions in the same order.
 */
final class SumKernels {
  private SumKernels() {}

  /** Rows the caller reserves at a time while it adds whole rows alone (see {@link #leading}). */
  private static final int LEAD_BLOCK = 16;

  /**
   * out[j] = sum over i of x[p + i·inner + j], i ascending, as numpy adds whole rows into the
   * result for a reduction over leading axes. Four rows per pass keep out[] in registers longer;
   * the association ((out + r0) + r1) + ... is unchanged (eight rows per pass measured faster in
   * some JVM runs and much slower in others).
   *
   * <p>Two threads, through {@link Parallel#split} (its threshold, its switch to one thread), each
   * ignoring the half split hands it: the caller starts at once on whole rows, {@link #LEAD_BLOCK}
   * at a time, reserving each block before it adds it. The helper, at once when it is spinning,
   * 10–40 µs later when it was parked, stops the reservations, waits for the block in flight, and
   * from there the two add the remaining rows into half of the columns each. With the columns
   * halved from the start, the caller waited for a late half (1000×1000 with a parked helper: ~175
   * → ~150 µs). Each out element is still the sum of its column in row order, so the bits do not
   * depend on when the helper came.
   */
  static void leading(double[] x, int p, int outer, int inner, double[] out) {
    AtomicInteger reserved = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int mid = inner >= 16 ? (inner / 2) & ~7 : inner / 2;
    Parallel.split(
        inner,
        outer,
        (lo, hi) -> {
          if (lo != 0) {
            // the worker: take the columns [mid, inner) from the first row not reserved
            int k = reserved.getAndSet(Integer.MIN_VALUE);
            if (k >= outer) {
              return;
            }
            while (done.get() < k) {
              Thread.onSpinWait();
            }
            // into an array of its own: the two halves of out meet inside a cache line, which
            // would bounce between the cores on every pass if both wrote out
            double[] part = Arrays.copyOfRange(out, mid, inner);
            leading(x, p + mid, inner, part, k, outer, 0, inner - mid);
            System.arraycopy(part, 0, out, mid, inner - mid);
            return;
          }
          int k = 0;
          while (k < outer) {
            int nk = Math.min(outer, k + LEAD_BLOCK);
            if (!reserved.compareAndSet(k, nk)) {
              // the worker came: the columns [0, mid) from here on
              leading(x, p, inner, out, k, outer, 0, mid);
              return;
            }
            leading(x, p, inner, out, k, nk, 0, inner);
            done.setRelease(nk);
            k = nk;
          }
        });
  }

  /**
   * out[j] += rows [r0, r1) of column j, for j in [lo, hi), row after row: four rows per pass, the
   * last one to three rows in one more pass; fewer than 8 columns, one column at a time.
   *
   * <p>Its tails and short rows keep it above C2's size limit for inlining a hot call
   * (FreqInlineSize, 325 bytes of bytecode): inlined into the lambda of the two-thread {@code
   * leading} above, the loops ran at half speed (1000×1000 ~210 against ~105 µs), and whether C2
   * inlined it changed from one JVM to the next.
   */
  private static void leading(
      double[] x, int p, int inner, double[] out, int r0, int r1, int lo, int hi) {
    if (hi - lo < 8) {
      // short rows: down each column with its sum in a register, the same additions in order
      for (int j = lo; j < hi; j++) {
        double s = out[j];
        for (int i = r0, q = p + r0 * inner + j; i < r1; i++, q += inner) {
          s += x[q];
        }
        out[j] = s;
      }
      return;
    }
    int i = r0;
    for (; i + 4 <= r1; i += 4) {
      int q0 = p + i * inner;
      int q1 = q0 + inner;
      int q2 = q1 + inner;
      int q3 = q2 + inner;
      for (int j = lo; j < hi; j++) {
        out[j] = out[j] + x[q0 + j] + x[q1 + j] + x[q2 + j] + x[q3 + j];
      }
    }
    int q = p + i * inner;
    switch (r1 - i) {
      case 3:
        for (int j = lo, q1 = q + inner, q2 = q1 + inner; j < hi; j++) {
          out[j] = out[j] + x[q + j] + x[q1 + j] + x[q2 + j];
        }
        break;
      case 2:
        for (int j = lo, q1 = q + inner; j < hi; j++) {
          out[j] = out[j] + x[q + j] + x[q1 + j];
        }
        break;
      case 1:
        for (int j = lo; j < hi; j++) {
          out[j] = out[j] + x[q + j];
        }
        break;
      default:
        break;
    }
  }

  /**
   * out[i] = 0 + pairwise sum of the contiguous run x[p + i·inner ..][inner], for a reduction over
   * trailing axes (the 0 + keeps the general path's sign of a zero sum). The rows are shared by two
   * threads in pieces (see {@link Parallel#claimed}).
   */
  static void trailing(double[] x, int p, int outer, int inner, double[] out) {
    if (outer == 1 && Parallel.twoThreads() && inner >= 2 * Parallel.grain()) {
      // one long run (a whole array): numpy's pairwise sum adds the sums of its two halves,
      // split where Parallel.split splits (half the length, down to a multiple of 8), so one
      // half on each thread
      double[] half = new double[2];
      Parallel.split(inner, (lo, hi) -> half[lo == 0 ? 0 : 1] = pairwise(x, p + lo, hi - lo));
      double acc = 0;
      acc += half[0] + half[1];
      out[0] = acc;
      return;
    }
    Parallel.claimed(outer, inner, (lo, hi) -> trailing(x, p, inner, out, lo, hi));
  }

  private static void trailing(double[] x, int p, int inner, double[] out, int lo, int hi) {
    for (int i = lo, q = p + lo * inner; i < hi; i++, q += inner) {
      double acc = 0;
      acc += pairwise(x, q, inner);
      out[i] = acc;
    }
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
      int end = p + (n & ~7);
      int i = p + 8;
      // Four groups of 8 per trip, then single groups: with at most 15 groups after the first,
      // C2's own unrolling leaves most of them to its pre- and post-loops. The scalar adds are
      // bound by the two FP add ports; this cuts the loop overhead around them (one thread,
      // 1000×1000: 173 → 163 µs). Each r_k still adds its elements in ascending order.
      for (; i + 32 <= end; i += 32) {
        r0 += x[i];
        r1 += x[i + 1];
        r2 += x[i + 2];
        r3 += x[i + 3];
        r4 += x[i + 4];
        r5 += x[i + 5];
        r6 += x[i + 6];
        r7 += x[i + 7];
        r0 += x[i + 8];
        r1 += x[i + 9];
        r2 += x[i + 10];
        r3 += x[i + 11];
        r4 += x[i + 12];
        r5 += x[i + 13];
        r6 += x[i + 14];
        r7 += x[i + 15];
        r0 += x[i + 16];
        r1 += x[i + 17];
        r2 += x[i + 18];
        r3 += x[i + 19];
        r4 += x[i + 20];
        r5 += x[i + 21];
        r6 += x[i + 22];
        r7 += x[i + 23];
        r0 += x[i + 24];
        r1 += x[i + 25];
        r2 += x[i + 26];
        r3 += x[i + 27];
        r4 += x[i + 28];
        r5 += x[i + 29];
        r6 += x[i + 30];
        r7 += x[i + 31];
      }
      for (; i < end; i += 8) {
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
