package ddl.stdlib.index;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Strided;

/**
 * Copies blocks between two storages of one dtype: block {@code b} starts at {@code srcBase[b]} and
 * {@code dstBase[b]} and has the shape {@code rest} with per-side strides. Advanced indexing is a
 * gather (or scatter) of such blocks, one per position of the broadcast index arrays.
 */
final class BlockCopy {
  private BlockCopy() {}

  static void copy(
      DType dtype,
      Tensor src,
      int[] srcBase,
      int[] srcRest,
      Tensor dst,
      int[] dstBase,
      int[] dstRest,
      int[] rest) {
    int n = srcBase.length;
    switch (dtype) {
      case FLOAT64:
        {
          double[] in = src.doubleStorage();
          double[] out = dst.doubleStorage();
          if (rest.length == 0) {
            for (int b = 0; b < n; b++) {
              out[dstBase[b]] = in[srcBase[b]];
            }
            return;
          }
          Strided.RowKernel k =
              (p, s, m) -> {
                for (int j = 0, i = p[0], o = p[1]; j < m; j++, i += s[0], o += s[1]) {
                  out[o] = in[i];
                }
              };
          blocks(srcBase, srcRest, dstBase, dstRest, rest, k);
          return;
        }
      case INT64:
        {
          long[] in = src.longStorage();
          long[] out = dst.longStorage();
          if (rest.length == 0) {
            for (int b = 0; b < n; b++) {
              out[dstBase[b]] = in[srcBase[b]];
            }
            return;
          }
          Strided.RowKernel k =
              (p, s, m) -> {
                for (int j = 0, i = p[0], o = p[1]; j < m; j++, i += s[0], o += s[1]) {
                  out[o] = in[i];
                }
              };
          blocks(srcBase, srcRest, dstBase, dstRest, rest, k);
          return;
        }
      default:
        {
          boolean[] in = src.boolStorage();
          boolean[] out = dst.boolStorage();
          if (rest.length == 0) {
            for (int b = 0; b < n; b++) {
              out[dstBase[b]] = in[srcBase[b]];
            }
            return;
          }
          Strided.RowKernel k =
              (p, s, m) -> {
                for (int j = 0, i = p[0], o = p[1]; j < m; j++, i += s[0], o += s[1]) {
                  out[o] = in[i];
                }
              };
          blocks(srcBase, srcRest, dstBase, dstRest, rest, k);
        }
    }
  }

  private static void blocks(
      int[] srcBase, int[] srcRest, int[] dstBase, int[] dstRest, int[] rest, Strided.RowKernel k) {
    int[][] strides = {srcRest, dstRest};
    int[] offs = new int[2];
    for (int b = 0; b < srcBase.length; b++) {
      offs[0] = srcBase[b];
      offs[1] = dstBase[b];
      Strided.forEachRow(rest, strides, offs, k);
    }
  }

  /**
   * The start of every block when block coordinates (C order over {@code shape}) step by {@code
   * strides} from {@code base}: an odometer, so no division per block.
   */
  static int[] offsets(int[] shape, int[] strides, int base) {
    int count = 1;
    for (int d : shape) {
      count *= d;
    }
    int[] out = new int[count];
    int nd = shape.length;
    int[] idx = new int[nd];
    int pos = base;
    for (int b = 0; b < count; b++) {
      out[b] = pos;
      for (int d = nd - 1; d >= 0; d--) {
        pos += strides[d];
        if (++idx[d] < shape[d]) {
          break;
        }
        pos -= strides[d] * shape[d];
        idx[d] = 0;
      }
    }
    return out;
  }
}
