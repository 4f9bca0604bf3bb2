package ddl.stdlib.order;

import java.util.Arrays;

/**
 * Sorting kernels on primitive arrays. Values sort as numpy sorts them: ascending, nan last, -0.0
 * equal to 0.0. {@link #argsort} is a stable radix sort on 64-bit keys with int indices (no boxed
 * comparators): equal elements keep their order, as numpy's {@code kind="stable"}, and as its
 * default sort does for lanes of up to 16 elements (insertion sort).
 */
public final class Sorting {
  private Sorting() {}

  /** Below this many elements an insertion sort beats the radix passes. */
  private static final int SMALL = 48;

  /** Sorts {@code x[from, from + n)} in place (nan last). */
  public static void sort(double[] x, int from, int n) {
    if (n < 2) {
      return;
    }
    if (n < 4096) {
      Arrays.sort(x, from, from + n);
      return;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = key(x[from + i]);
    }
    radix(keys, null, n);
    for (int i = 0; i < n; i++) {
      x[from + i] = value(keys[i]);
    }
  }

  /** Sorts {@code x[from, from + n)} in place. */
  public static void sort(long[] x, int from, int n) {
    if (n < 4096) {
      Arrays.sort(x, from, from + n);
      return;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = x[from + i] ^ Long.MIN_VALUE;
    }
    radix(keys, null, n);
    for (int i = 0; i < n; i++) {
      x[from + i] = keys[i] ^ Long.MIN_VALUE;
    }
  }

  /** The positions that sort {@code x[from, from + n)}, stable, written to {@code out[to...]}. */
  public static void argsort(double[] x, int from, int n, long[] out, int to) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      double v = x[from + i];
      keys[i] = key(v == 0 ? 0.0 : v); // -0.0 ties with 0.0, as numpy compares them
    }
    argsortKeys(keys, n, out, to);
  }

  public static void argsort(long[] x, int from, int n, long[] out, int to) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = x[from + i] ^ Long.MIN_VALUE;
    }
    argsortKeys(keys, n, out, to);
  }

  private static void argsortKeys(long[] keys, int n, long[] out, int to) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    if (n < SMALL) {
      for (int i = 1; i < n; i++) {
        long k = keys[i];
        int v = idx[i];
        int j = i - 1;
        while (j >= 0 && Long.compareUnsigned(keys[j], k) > 0) {
          keys[j + 1] = keys[j];
          idx[j + 1] = idx[j];
          j--;
        }
        keys[j + 1] = k;
        idx[j + 1] = v;
      }
    } else {
      radix(keys, idx, n);
    }
    for (int i = 0; i < n; i++) {
      out[to + i] = idx[i];
    }
  }

  /** An unsigned 64-bit key in the order of doubles, every nan last and alike. */
  static long key(double v) {
    long b = v != v ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v);
    return b < 0 ? ~b : b | Long.MIN_VALUE;
  }

  static double value(long key) {
    return Double.longBitsToDouble(key < 0 ? key & Long.MAX_VALUE : ~key);
  }

  /**
   * LSD radix sort of unsigned keys in 16-bit digits, carrying {@code idx} along when not null;
   * a digit every key shares is skipped. Stable. The sorted data ends in the arrays passed in.
   */
  private static void radix(long[] keys0, int[] idx0, int n) {
    long[] keys = keys0;
    int[] idx = idx0;
    long[] k2 = new long[n];
    int[] i2 = idx == null ? null : new int[n];
    int[] count = new int[1 << 16];
    for (int shift = 0; shift < 64; shift += 16) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) (keys[i] >>> shift) & 0xffff]++;
      }
      if (count[(int) (keys[0] >>> shift) & 0xffff] == n) {
        continue;
      }
      int sum = 0;
      for (int d = 0; d < count.length; d++) {
        int c = count[d];
        count[d] = sum;
        sum += c;
      }
      if (idx == null) {
        for (int i = 0; i < n; i++) {
          long k = keys[i];
          k2[count[(int) (k >>> shift) & 0xffff]++] = k;
        }
      } else {
        for (int i = 0; i < n; i++) {
          long k = keys[i];
          int p = count[(int) (k >>> shift) & 0xffff]++;
          k2[p] = k;
          i2[p] = idx[i];
        }
        int[] ti = idx;
        idx = i2;
        i2 = ti;
      }
      long[] tk = keys;
      keys = k2;
      k2 = tk;
    }
    if (keys != keys0) {
      System.arraycopy(keys, 0, keys0, 0, n);
      if (idx0 != null) {
        System.arraycopy(idx, 0, idx0, 0, n);
      }
    }
  }
}
