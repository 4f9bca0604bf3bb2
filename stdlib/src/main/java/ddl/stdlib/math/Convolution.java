package ddl.stdlib.math;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;

/**
 * numpy's {@code correlate} and {@code convolve} of 1-D arrays in the modes "valid", "same" and
 * "full": direct summation, each output a dot product of the overlapping elements in ascending
 * numpy's loop of dot products over the same windows, each float64 dot added in the order numpy's
 * own gives it (OpenBLAS's ddot kernel, or small_correlate for kernels of up to 11 elements), so
 * results have numpy's bits.
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

  /** Outputs per block of the lane kernels (their lanes stay in L2). */
  private static final int BLOCK = 256;

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
   * (plain multiply and add in order) for kernels of up to 11 elements, {@link #ddot}'s order
   * otherwise. Computed a block of outputs at a time, tap by tap: a shifted copy of the input
   * block meets one lane array in a same-index loop C2 vectorises; two threads for large inputs.
   */
  private static void fullWindows(double[] a, double[] b, int s, int count, double[] out, int o) {
    int blocks = (count + BLOCK - 1) / BLOCK;
    Parallel.split(blocks, BLOCK * b.length, (lo, hi) -> {
      Lanes l = new Lanes();
      for (int blk = lo; blk < hi; blk++) {
        int i0 = blk * BLOCK;
        int len = Math.min(BLOCK, count - i0);
        if (b.length <= SMALL_KERNEL) {
          l.small(a, b, s + i0, len, out, o + i0);
        } else {
          l.block(a, b, s + i0, len, out, o + i0);
        }
      }
    });
  }

  /** The scratch arrays of one thread. */
  private static final class Lanes {
    final double[][] z = new double[32][BLOCK];
    final double[][] acc = new double[16][BLOCK];
    final double[] shifted = new double[BLOCK];
    final double[] dot = new double[BLOCK];

    void small(double[] a, double[] b, int p, int len, double[] out, int q) {
      double[] d = dot;
      java.util.Arrays.fill(d, 0, len, 0.0);
      for (int k = 0; k < b.length; k++) {
        System.arraycopy(a, p + k, shifted, 0, len);
        addProducts(d, shifted, b[k], len);
      }
      System.arraycopy(d, 0, out, q, len);
    }

    void block(double[] a, double[] b, int p, int len, double[] out, int q) {
      int n = b.length;
      int n1 = n & -16;
      int n32 = n1 & ~31;
      for (int j = 0; j < 32; j++) {
        java.util.Arrays.fill(z[j], 0, len, 0.0);
      }
      for (int k = 0; k < n32; k++) {
        System.arraycopy(a, p + k, shifted, 0, len);
        fma(z[k & 31], shifted, b[k], len);
      }
      for (int g = 0; g < 16; g++) {
        add(acc[g], z[(g >> 2) * 8 + (g & 3)], z[(g >> 2) * 8 + (g & 3) + 4], len);
      }
      for (int k = n32; k < n1; k++) {
        System.arraycopy(a, p + k, shifted, 0, len);
        fma(acc[(k - n32) & 15], shifted, b[k], len);
      }
      double[] d = dot;
      if (n1 > 0) {
        combine(d, acc, len);
      } else {
        java.util.Arrays.fill(d, 0, len, 0.0);
      }
      for (int k = n1; k < n; k++) {
        System.arraycopy(a, p + k, shifted, 0, len);
        fma(d, shifted, b[k], len);
      }
      for (int i = 0; i < len; i++) {
        out[q + i] = 0.0 + d[i];
      }
    }
  }

  /** acc[i] = fma(x[i], w, acc[i]): one index for every array, so C2 vectorises it. */
  private static void fma(double[] acc, double[] x, double w, int len) {
    for (int i = 0; i < len; i++) {
      acc[i] = Math.fma(x[i], w, acc[i]);
    }
  }

  private static void addProducts(double[] acc, double[] x, double w, int len) {
    for (int i = 0; i < len; i++) {
      acc[i] += x[i] * w;
    }
  }

  private static void add(double[] out, double[] x, double[] y, int len) {
    for (int i = 0; i < len; i++) {
      out[i] = x[i] + y[i];
    }
  }

  /** The 16 lanes summed as the kernel sums them: per quarter in order, then pairwise. */
  private static void combine(double[] d, double[][] acc, int len) {
    for (int i = 0; i < len; i++) {
      double s0 = ((acc[0][i] + acc[4][i]) + acc[8][i]) + acc[12][i];
      double s1 = ((acc[1][i] + acc[5][i]) + acc[9][i]) + acc[13][i];
      double s2 = ((acc[2][i] + acc[6][i]) + acc[10][i]) + acc[14][i];
      double s3 = ((acc[3][i] + acc[7][i]) + acc[11][i]) + acc[15][i];
      d[i] = (s0 + s2) + (s1 + s3);
    }
  }
}
