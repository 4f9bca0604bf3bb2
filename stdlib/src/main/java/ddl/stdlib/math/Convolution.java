package ddl.stdlib.math;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;

/**
 * numpy's {@code correlate} and {@code convolve} of 1-D arrays in the modes "valid", "same" and
 * "full": direct summation, each output a dot product of the overlapping elements in ascending
 * order (numpy's loop of dot products, with the same windows). The windows of full overlap run a
 * blocked kernel: for one tap at a time, a shifted copy of the input block is multiplied into a
 * block of outputs with a same-index loop C2 vectorises, on two threads for large inputs.
 */
public final class Convolution {
  private Convolution() {}

  /** Outputs per block of the vectorised kernel (their sums stay in L1). */
  private static final int BLOCK = 1024;

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
        double acc = 0;
        for (int k = Math.max(0, -s); k < n2 && s + k < n1; k++) {
          acc += a[s + k] * b[k];
        }
        out[j] = acc;
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

  /** out[o + i] = sum_k a[s + i + k] * b[k] for i in [0, count), k ascending. */
  private static void fullWindows(double[] a, double[] b, int s, int count, double[] out, int o) {
    int blocks = (count + BLOCK - 1) / BLOCK;
    Parallel.split(blocks, BLOCK * b.length / 16 + 1, (lo, hi) -> {
      double[] acc = new double[BLOCK];
      double[] shifted = new double[BLOCK];
      for (int blk = lo; blk < hi; blk++) {
        int i0 = blk * BLOCK;
        int len = Math.min(BLOCK, count - i0);
        java.util.Arrays.fill(acc, 0, len, 0.0);
        for (int k = 0; k < b.length; k++) {
          System.arraycopy(a, s + i0 + k, shifted, 0, len);
          taps(acc, shifted, b[k], len);
        }
        System.arraycopy(acc, 0, out, o + i0, len);
      }
    });
  }

  /** acc[i] += w * x[i]: one index for both arrays, so C2 vectorises it. */
  private static void taps(double[] acc, double[] x, double w, int len) {
    for (int i = 0; i < len; i++) {
      acc[i] += w * x[i];
    }
  }
}
