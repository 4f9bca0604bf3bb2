package ddl.stdlib.shape;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/**
 * A new tensor whose element at index (i0, i1, ...) is the source's element at
 * (map[0][i0], map[1][i1], ...), or a fill value where some map[d][i] is -1: the one loop behind
 * roll, tile, repeat, pad and take along an axis.
 */
final class Gather {
  private Gather() {}

  static Tensor gather(Tensor src, int[][] map, Object fill) {
    int nd = map.length;
    int[] outShape = new int[nd];
    for (int d = 0; d < nd; d++) {
      outShape[d] = map[d].length;
    }
    int[] st = src.strides();
    int off = src.offset();
    int n = Shape.size(outShape);
    Tensor out = Tensor.empty(src.dtype(), outShape);
    // storage position per output index: a running sum over axes, -1 marks the fill
    int[] pos = new int[n];
    int[] idx = new int[nd];
    for (int c = 0; c < n; c++) {
      int p = off;
      for (int d = 0; d < nd; d++) {
        int m = map[d][idx[d]];
        if (m < 0) {
          p = -1;
          break;
        }
        p += m * st[d];
      }
      pos[c] = p;
      for (int d = nd - 1; d >= 0; d--) {
        if (++idx[d] < outShape[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    switch (src.dtype()) {
      case FLOAT64: {
        double[] x = src.doubleStorage();
        double[] o = out.doubleStorage();
        double f = fill == null ? 0 : ((Number) fill).doubleValue();
        for (int c = 0; c < n; c++) {
          o[c] = pos[c] < 0 ? f : x[pos[c]];
        }
        break;
      }
      case INT64: {
        long[] x = src.longStorage();
        long[] o = out.longStorage();
        long f = fill == null ? 0 : ((Number) fill).longValue();
        for (int c = 0; c < n; c++) {
          o[c] = pos[c] < 0 ? f : x[pos[c]];
        }
        break;
      }
      default: {
        boolean[] x = src.boolStorage();
        boolean[] o = out.boolStorage();
        boolean f = fill != null && (Boolean) fill;
        for (int c = 0; c < n; c++) {
          o[c] = pos[c] < 0 ? f : x[pos[c]];
        }
      }
    }
    return out;
  }

  /** The identity map of an axis of length n. */
  static int[] identity(int n) {
    int[] m = new int[n];
    for (int i = 0; i < n; i++) {
      m[i] = i;
    }
    return m;
  }

  /** The identity maps of every axis of {@code shape}. */
  static int[][] identities(int[] shape) {
    int[][] m = new int[shape.length][];
    for (int d = 0; d < shape.length; d++) {
      m[d] = identity(shape[d]);
    }
    return m;
  }

  /** A fill value converted to the dtype the result has (numpy casts the constant). */
  static Object fillFor(DType dtype, Object v) {
    if (v == null) {
      return null;
    }
    switch (dtype) {
      case FLOAT64:
        return v instanceof Boolean ? ((Boolean) v ? 1.0 : 0.0) : ((Number) v).doubleValue();
      case INT64:
        return v instanceof Boolean ? ((Boolean) v ? 1L : 0L) : (long) ((Number) v).doubleValue();
      default:
        return v instanceof Boolean ? v : ((Number) v).doubleValue() != 0;
    }
  }
}
