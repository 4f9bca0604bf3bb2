package ddl.stdlib.math;

/**
 * max, min, argmax and argmin of a contiguous float64 or int64 array over a leading or a trailing
 * block of axes, with numpy's answers: nan wins (argmax: the first nan), and of -0.0 and 0.0 the
 * later one, as numpy's loops on x86 keep the second of two equal values (argmax: the first).
 *
 * <p>Along a contiguous run the maximum is found with one compare per element ({@link #scan}); any
 * nonzero, non-nan maximum has the bits of every element equal to it, so the order of the search
 * cannot change it, and a zero or nan one is found again in numpy's order. Down the columns
 * (a leading block) whole rows are compared in numpy's order.
 */
final class ExtremeKernels {
  private ExtremeKernels() {}

  /** numpy's maximum (max) or minimum of two doubles: nan wins, on a tie the second. */
  static double pick(double a, double b, boolean max) {
    if (max) {
      return a > b || a != a ? a : b;
    }
    return a < b || a != a ? a : b;
  }

  // ---- float64 -------------------------------------------------------------------------------

  /** out[j] = max (min) over i of x[p + i·inner + j], in row order. */
  static void leading(double[] x, int p, int outer, int inner, double[] out, boolean max) {
    Parallel.split(
        inner,
        outer,
        (lo, hi) -> {
          // each half into an array of its own: the halves of out meet inside a cache line
          double[] part = new double[hi - lo];
          leadingPart(x, p + lo, outer, inner, part, max);
          System.arraycopy(part, 0, out, lo, hi - lo);
        });
  }

  /** part[j] = max (min) over the rows of column j of x from p, row after row. */
  private static void leadingPart(
      double[] x, int p, int outer, int inner, double[] part, boolean max) {
    int n = part.length;
    if (n < 8) {
      for (int j = 0; j < n; j++) {
        double a = x[p + j];
        for (int i = 1, q = p + inner + j; i < outer; i++, q += inner) {
          a = pick(a, x[q], max);
        }
        part[j] = a;
      }
      return;
    }
    System.arraycopy(x, p, part, 0, n);
    int i = 1;
    for (; i + 4 <= outer; i += 4) {
      int q0 = p + i * inner;
      int q1 = q0 + inner;
      int q2 = q1 + inner;
      int q3 = q2 + inner;
      for (int j = 0; j < n; j++) {
        double a = pick(part[j], x[q0 + j], max);
        a = pick(a, x[q1 + j], max);
        a = pick(a, x[q2 + j], max);
        part[j] = pick(a, x[q3 + j], max);
      }
    }
    for (; i < outer; i++) {
      int q = p + i * inner;
      for (int j = 0; j < n; j++) {
        part[j] = pick(part[j], x[q + j], max);
      }
    }
  }

  /** out[i] = max (min) of the contiguous run x[p + i·inner ..][inner]. */
  static void trailing(double[] x, int p, int outer, int inner, double[] out, boolean max) {
    if (outer == 1) {
      out[0] = whole(x, p, inner, max);
      return;
    }
    Parallel.claimedEach(
        outer,
        inner,
        i -> {
          int q = p + i * inner;
          out[i] = exact(scan(x, q, inner, max), x, q, inner, max);
        });
  }

  /** One long run, its two halves searched on two threads. */
  private static double whole(double[] x, int p, int n, boolean max) {
    double[] half = {x[p], x[p]};
    Parallel.split(n, (lo, hi) -> half[lo == 0 ? 0 : 1] = scan(x, p + lo, hi - lo, max));
    return exact(max ? Math.max(half[0], half[1]) : Math.min(half[0], half[1]), x, p, n, max);
  }

  /** r, the maximum of x[p ..][n] found in any order, or a zero or nan one again in numpy's. */
  private static double exact(double r, double[] x, int p, int n, boolean max) {
    return r != 0 && r == r ? r : inOrder(x, p, n, max);
  }

  /**
   * The maximum (minimum) of x[p ..][n], n ≥ 1, or nan at the first nan. One compare per element
   * and a branch taken only when the running maximum changes (a few times in a long run of
   * unordered values): faster here than a chain of compare-and-select or {@link Math#max} in lanes.
   */
  private static double scan(double[] x, int p, int n, boolean max) {
    double m = x[p];
    if (m != m) {
      return m;
    }
    int end = p + n;
    if (max) {
      for (int i = p + 1; i < end; i++) {
        double v = x[i];
        if (!(v <= m)) {
          if (v != v) {
            return v;
          }
          m = v;
        }
      }
    } else {
      for (int i = p + 1; i < end; i++) {
        double v = x[i];
        if (!(v >= m)) {
          if (v != v) {
            return v;
          }
          m = v;
        }
      }
    }
    return m;
  }

  /** numpy's order: one element after the other, the second kept on a tie. */
  private static double inOrder(double[] x, int p, int n, boolean max) {
    double r = x[p];
    for (int i = p + 1; i < p + n; i++) {
      r = pick(r, x[i], max);
    }
    return r;
  }

  /** out[i] = the index of the first maximum (minimum; the first nan) of each contiguous run. */
  static void argTrailing(double[] x, int p, int outer, int inner, long[] out, boolean max) {
    Parallel.claimedEach(outer, inner, i -> out[i] = argScan(x, p + i * inner, inner, max));
  }

  /** As {@link #scan}, keeping where the running maximum was found. */
  private static int argScan(double[] x, int p, int n, boolean max) {
    double m = x[p];
    if (m != m) {
      return 0;
    }
    int best = 0;
    for (int i = 1; i < n; i++) {
      double v = x[p + i];
      if (max ? !(v <= m) : !(v >= m)) {
        if (v != v) {
          return i;
        }
        m = v;
        best = i;
      }
    }
    return best;
  }

  // ---- int64 ---------------------------------------------------------------------------------

  static void leading(long[] x, int p, int outer, int inner, long[] out, boolean max) {
    Parallel.split(
        inner,
        outer,
        (lo, hi) -> {
          long[] part = new long[hi - lo];
          System.arraycopy(x, p + lo, part, 0, hi - lo);
          for (int i = 1; i < outer; i++) {
            int q = p + i * inner + lo;
            for (int j = 0; j < part.length; j++) {
              part[j] = max ? Math.max(part[j], x[q + j]) : Math.min(part[j], x[q + j]);
            }
          }
          System.arraycopy(part, 0, out, lo, hi - lo);
        });
  }

  static void trailing(long[] x, int p, int outer, int inner, long[] out, boolean max) {
    Parallel.claimedEach(outer, inner, i -> out[i] = scan(x, p + i * inner, inner, max));
  }

  private static long scan(long[] x, int p, int n, boolean max) {
    long m = x[p];
    for (int i = p + 1; i < p + n; i++) {
      long v = x[i];
      if (max ? v > m : v < m) {
        m = v;
      }
    }
    return m;
  }

  static void argTrailing(long[] x, int p, int outer, int inner, long[] out, boolean max) {
    Parallel.claimedEach(outer, inner, i -> out[i] = argScan(x, p + i * inner, inner, max));
  }

  private static int argScan(long[] x, int p, int n, boolean max) {
    long m = x[p];
    int best = 0;
    for (int i = 1; i < n; i++) {
      long v = x[p + i];
      if (max ? v > m : v < m) {
        m = v;
        best = i;
      }
    }
    return best;
  }
}
