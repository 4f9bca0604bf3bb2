package ddl.stdlib.math;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;

/**
 * numpy's {@code correlate} and {@code convolve} of 1-D arrays in the modes "valid", "same" and
 * "full": direct summation, each output a dot product of the overlapping elements in ascending
 * numpy's loop of dot products over the same windows. Float64 windows that overlap partly, and
 * every window of a kernel of under 16 elements, are added in the order numpy's own dot gives them
 * (OpenBLAS's ddot kernel, or numpy's small_correlate for up to 11 elements), so they have numpy's
 * bits; the full windows of longer kernels are fused multiply-adds in order, within about 1e-15
 * relative of numpy's.
 */
public final class Convolution {
  private Convolution() {}

  /** {@code np.correlate(a, v, mode)}. */
  public static Tensor correlate(Tensor a, Tensor v, String mode) {
    int m = modeOf(mode);
    Tensor x = oneD(a);
    Tensor y = oneD(v);
    if (x.size() == 0) {
      throw new IllegalArgumentException("first array argument cannot be empty");
    }
    if (y.size() == 0) {
      throw new IllegalArgumentException("second array argument cannot be empty");
    }
    if (x.size() < y.size()) {
      // numpy swaps the operands and reverses the result
      Tensor r = correlateOrdered(y, x, m);
      return ddl.stdlib.shape.Views.flip(r, null).copy();
    }
    return correlateOrdered(x, y, m);
  }

  /** {@code np.convolve(a, v, mode)}: correlate with v reversed (the longer operand first). */
  public static Tensor convolve(Tensor a, Tensor v, String mode) {
    int m = modeOf(mode);
    Tensor x = oneD(a);
    Tensor y = oneD(v);
    if (x.size() == 0) {
      throw new IllegalArgumentException("a cannot be empty");
    }
    if (y.size() == 0) {
      throw new IllegalArgumentException("v cannot be empty");
    }
    if (y.size() > x.size()) {
      Tensor t = x;
      x = y;
      y = t;
    }
    return correlateOrdered(x, ddl.stdlib.shape.Views.flip(y, null), m);
  }

  private static int modeOf(String mode) {
    switch (mode) {
      case "valid":
        return 0;
      case "same":
        return 1;
      case "full":
        return 2;
      default:
        throw new IllegalArgumentException("mode must be one of 'valid', 'same', or 'full' (got '"
            + mode + "')");
    }
  }

  private static Tensor oneD(Tensor t) {
    if (t.ndim() > 1) {
      throw new IllegalArgumentException("object too deep for desired array");
    }
    return t.ndim() == 0 ? t.reshape(1) : t;
  }

  /** numpy's {@code _pyarray_correlate} with len(x) >= len(y). */
  private static Tensor correlateOrdered(Tensor x, Tensor y, int mode) {
    int n1 = x.size();
    int n2 = y.size();
    if (n1 == 0) {
      throw new IllegalArgumentException("first array argument cannot be empty");
    }
    if (n2 == 0) {
      throw new IllegalArgumentException("second array argument cannot be empty");
    }
    int nLeft;
    int length;
    if (mode == 0) {
      nLeft = 0;
      length = n1 - n2 + 1;
    } else if (mode == 1) {
      nLeft = n2 / 2;
      length = n1;
    } else {
      nLeft = n2 - 1;
      length = n1 + n2 - 1;
    }
    DType dt = x.dtype() == DType.FLOAT64 || y.dtype() == DType.FLOAT64 ? DType.FLOAT64
        : x.dtype() == DType.INT64 || y.dtype() == DType.INT64 ? DType.INT64 : DType.BOOL;
    if (dt == DType.FLOAT64) {
      double[] a = x.toDoubleArray();
      double[] b = y.toDoubleArray();
      double[] out = new double[length];
      for (int j = 0; j < length; j++) {
        int s = j - nLeft;
        if (s >= 0 && s + n2 <= n1) {
          // the run of full windows: the blocked kernel
          int full = Math.min(length, n1 - n2 + nLeft + 1) - j;
          fullWindows(a, b, s, full, out, j);
          j += full - 1;
          continue;
        }
        int k0 = Math.max(0, -s);
        int k1 = Math.min(n2, n1 - s);
        out[j] = ddot(a, s + k0, b, k0, k1 - k0);
      }
      return Tensor.wrap(out, length);
    }
    long[] a = x.toLongArray();
    long[] b = y.toLongArray();
    long[] out = new long[length];
    for (int j = 0; j < length; j++) {
      int s = j - nLeft;
      long acc = 0;
      for (int k = Math.max(0, -s); k < n2 && s + k < n1; k++) {
        acc += dt == DType.BOOL ? (a[s + k] & b[k]) : a[s + k] * b[k];
      }
      out[j] = dt == DType.BOOL ? (acc != 0 ? 1 : 0) : acc;
    }
    Tensor r = Tensor.wrap(out, length);
    return dt == DType.BOOL ? r.astype(DType.BOOL) : r;
  }

  /** numpy's small_correlate handles kernels of up to this many elements itself. */
  private static final int SMALL_KERNEL = 11;

  /**
   * numpy's dot of n float64 values, as it reaches OpenBLAS's {@code ddot} (its AVX-512 kernel on
   * this class of CPU): 32 lanes of fused multiply-adds over whole blocks of 32, folded to 16
   * lanes, which take the next block of 16, summed lane by lane and pairwise; the remaining
   * elements fused into the sum one by one; numpy adds the result to 0.0.
   */
  static double ddot(double[] x, int px, double[] y, int py, int n) {
    int n1 = n & -16;
    int n32 = n1 & ~31;
    double[] z = new double[32];
    int i = 0;
    for (; i < n32; i += 32) {
      for (int j = 0; j < 32; j++) {
        z[j] = Math.fma(x[px + i + j], y[py + i + j], z[j]);
      }
    }
    double[] acc = new double[16];
    for (int q = 0; q < 16; q++) {
      acc[q] = z[(q >> 2) * 8 + (q & 3)] + z[(q >> 2) * 8 + (q & 3) + 4];
    }
    for (; i < n1; i += 16) {
      for (int q = 0; q < 16; q++) {
        acc[q] = Math.fma(x[px + i + q], y[py + i + q], acc[q]);
      }
    }
    double dot = 0;
    if (n1 > 0) {
      double s0 = ((acc[0] + acc[4]) + acc[8]) + acc[12];
      double s1 = ((acc[1] + acc[5]) + acc[9]) + acc[13];
      double s2 = ((acc[2] + acc[6]) + acc[10]) + acc[14];
      double s3 = ((acc[3] + acc[7]) + acc[11]) + acc[15];
      dot = (s0 + s2) + (s1 + s3);
    }
    for (; i < n; i++) {
      dot = Math.fma(y[py + i], x[px + i], dot);
    }
    return 0.0 + dot;
  }

  /**
   * out[o + i] = the dot of a[s + i ..] with b, for i in [0, count): numpy's small_correlate
   * (plain multiply and add in order) for kernels of up to 11 elements, fused multiply-adds in
   * order otherwise ({@link #eightFused}); eight outputs at a time, two threads for large inputs.
   * (Following ddot's 32 lanes for every window of a long kernel, or vectorising over shifted
   * copies of the input, ran 3-10x slower than numpy's convolve.)
   */
  private static void fullWindows(double[] a, double[] b, int s, int count, double[] out, int o) {
    Parallel.split(count, b.length, (lo, hi) -> {
      int i = lo;
      for (; i + 8 <= hi; i += 8) {
        if (b.length <= SMALL_KERNEL) {
          eightSmall(a, b, s + i, out, o + i);
        } else {
          eightFused(a, b, s + i, out, o + i);
        }
      }
      for (; i < hi; i++) {
        out[o + i] = b.length <= SMALL_KERNEL ? smallDot(a, s + i, b) : ddot(a, s + i, b, 0, b.length);
      }
    });
  }

  /** numpy's small_correlate for one output: 0, plus each product in turn. */
  private static double smallDot(double[] a, int p, double[] b) {
    double d = 0;
    for (int k = 0; k < b.length; k++) {
      d += a[p + k] * b[k];
    }
    return d;
  }

  /** Eight outputs of {@link #smallDot}, sharing each loaded element through registers. */
  private static void eightSmall(double[] a, double[] b, int p, double[] out, int q) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    for (int k = 0; k < b.length; k++) {
      double w = b[k];
      int r = p + k;
      s0 += a[r] * w;
      s1 += a[r + 1] * w;
      s2 += a[r + 2] * w;
      s3 += a[r + 3] * w;
      s4 += a[r + 4] * w;
      s5 += a[r + 5] * w;
      s6 += a[r + 6] * w;
      s7 += a[r + 7] * w;
    }
    out[q] = s0;
    out[q + 1] = s1;
    out[q + 2] = s2;
    out[q + 3] = s3;
    out[q + 4] = s4;
    out[q + 5] = s5;
    out[q + 6] = s6;
    out[q + 7] = s7;
  }

  /**
   * Eight outputs of a dot with every product fused into the sum in order, from 0 (numpy's ddot
   * exactly for kernels of under 16 elements, which its kernel leaves to that loop; for longer
   * ones its 32 lanes add in another order, so these agree to about 1e-15 relative). Each loaded
   * element is shared by the eight outputs through a window of registers: one load of a and one
   * of b feed eight independent chains of multiply-adds.
   */
  private static void eightFused(double[] a, double[] b, int p, double[] out, int q) {
    int n = b.length;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    double x0 = a[p];
    double x1 = a[p + 1];
    double x2 = a[p + 2];
    double x3 = a[p + 3];
    double x4 = a[p + 4];
    double x5 = a[p + 5];
    double x6 = a[p + 6];
    for (int k = 0; k < n; k++) {
      double w = b[k];
      double x7 = a[p + k + 7];
      s0 = Math.fma(w, x0, s0);
      s1 = Math.fma(w, x1, s1);
      s2 = Math.fma(w, x2, s2);
      s3 = Math.fma(w, x3, s3);
      s4 = Math.fma(w, x4, s4);
      s5 = Math.fma(w, x5, s5);
      s6 = Math.fma(w, x6, s6);
      s7 = Math.fma(w, x7, s7);
      x0 = x1;
      x1 = x2;
      x2 = x3;
      x3 = x4;
      x4 = x5;
      x5 = x6;
      x6 = x7;
    }
    out[q] = 0.0 + s0;
    out[q + 1] = 0.0 + s1;
    out[q + 2] = 0.0 + s2;
    out[q + 3] = 0.0 + s3;
    out[q + 4] = 0.0 + s4;
    out[q + 5] = 0.0 + s5;
    out[q + 6] = 0.0 + s6;
    out[q + 7] = 0.0 + s7;
  }
}
