package ddl.stdlib;

import ddl.stdlib.math.Strided;

/**
 * Contiguous copies with a dtype conversion (numpy's {@code astype}: float to int truncates toward
 * zero, non-zero is true), one loop per pair of source and target dtype.
 */
final class Casts {
  private Casts() {}

  static Tensor copy(Tensor src, DType target) {
    int[] shape = src.shape();
    Tensor out = Tensor.empty(target, shape);
    int[][] st = {src.strides(), out.strides()};
    int[] offs = {src.offset(), 0};
    double[] f = src.doubleStorage();
    long[] l = src.longStorage();
    boolean[] b = src.boolStorage();
    switch (target) {
      case FLOAT64: {
        double[] o = out.doubleStorage();
        Strided.forEachRow(shape, st, offs, (p, k, n) -> {
          int s = p[0];
          int q = p[1];
          if (f != null) {
            for (int j = 0; j < n; j++, s += k[0]) {
              o[q + j] = f[s];
            }
          } else if (l != null) {
            for (int j = 0; j < n; j++, s += k[0]) {
              o[q + j] = l[s];
            }
          } else {
            for (int j = 0; j < n; j++, s += k[0]) {
              o[q + j] = b[s] ? 1 : 0;
            }
          }
        });
        break;
      }
      case INT64: {
        long[] o = out.longStorage();
        boolean[] invalid = {false};
        Strided.forEachRow(shape, st, offs, (p, k, n) -> {
          int s = p[0];
          int q = p[1];
          if (l != null) {
            for (int j = 0; j < n; j++, s += k[0]) {
              o[q + j] = l[s];
            }
          } else if (f != null) {
            for (int j = 0; j < n; j++, s += k[0]) {
              double v = f[s];
              long r = (long) v;
              // Java saturates and maps nan to 0; x86's conversion, numpy's, gives INT64_MIN for
              // nan and for values outside int64 (Java's MAX and MIN come only from those)
              if (r == Long.MAX_VALUE || (r == 0 && v != v) || (r == Long.MIN_VALUE && v != -0x1p63)) {
                r = Long.MIN_VALUE;
                invalid[0] = true;
              }
              o[q + j] = r;
            }
          } else {
            for (int j = 0; j < n; j++, s += k[0]) {
              o[q + j] = b[s] ? 1 : 0;
            }
          }
        });
        if (invalid[0]) {
          Context.warnRunning("RuntimeWarning: invalid value encountered in cast");
        }
        break;
      }
      default: {
        boolean[] o = out.boolStorage();
        Strided.forEachRow(shape, st, offs, (p, k, n) -> {
          int s = p[0];
          int q = p[1];
          if (b != null) {
            for (int j = 0; j < n; j++, s += k[0]) {
              o[q + j] = b[s];
            }
          } else if (f != null) {
            for (int j = 0; j < n; j++, s += k[0]) {
              o[q + j] = f[s] != 0;
            }
          } else {
            for (int j = 0; j < n; j++, s += k[0]) {
              o[q + j] = l[s] != 0;
            }
          }
        });
      }
    }
    return out;
  }
}
