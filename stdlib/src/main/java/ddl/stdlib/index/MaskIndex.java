package ddl.stdlib.index;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import java.util.Arrays;

/**
 * The lecture's idioms {@code x[x > 40]} and {@code x[x > 40] = 0}: one bool mask of the array's
 * own shape. The general plan in {@link AdvancedIndex} gives the same results; this walks the two
 * arrays together in C order instead of building index arrays, several times faster on small
 * arrays.
 */
final class MaskIndex {
  private MaskIndex() {}

  /** Whether {@code items} is a single bool tensor with exactly a's shape. */
  static boolean applies(Tensor a, Object[] items) {
    if (items.length != 1 || !(items[0] instanceof Tensor)) {
      return false;
    }
    Tensor m = (Tensor) items[0];
    return m.dtype() == DType.BOOL && m.ndim() > 0 && Arrays.equals(m.shape(), a.shape());
  }

  /** numpy's {@code a[mask]}: the selected elements in C order, 1-D. */
  static Tensor get(Tensor a, Tensor mask) {
    int[] pos = positions(a, mask);
    int n = pos.length;
    switch (a.dtype()) {
      case FLOAT64:
        {
          double[] in = a.doubleStorage();
          double[] out = new double[n];
          for (int i = 0; i < n; i++) {
            out[i] = in[pos[i]];
          }
          return Tensor.wrap(out, n);
        }
      case INT64:
        {
          long[] in = a.longStorage();
          long[] out = new long[n];
          for (int i = 0; i < n; i++) {
            out[i] = in[pos[i]];
          }
          return Tensor.wrap(out, n);
        }
      default:
        {
          boolean[] in = a.boolStorage();
          boolean[] out = new boolean[n];
          for (int i = 0; i < n; i++) {
            out[i] = in[pos[i]];
          }
          return Tensor.wrap(out, n);
        }
    }
  }

  /** numpy's {@code a[mask] = value}: one value for all, or one per true element. */
  static void set(Tensor a, Tensor mask, Object value) {
    int[] pos = positions(a, mask);
    Values.checkMaskValue(value, pos.length);
    Tensor v = Values.tensor(value, a.dtype());
    // the value is read in full before writing, in case it is a view of a
    Tensor src = v.sharesStorage(a) ? v.copy() : v;
    int step = src.size() == 1 ? 0 : 1;
    for (int i = 0, k = 0; i < pos.length; i++, k += step) {
      int p = pos[i];
      switch (a.dtype()) {
        case FLOAT64:
          a.doubleStorage()[p] = src.getDouble(k);
          break;
        case INT64:
          a.longStorage()[p] = src.getLong(k);
          break;
        default:
          a.boolStorage()[p] = src.getBoolean(k);
      }
    }
  }

  /** The storage positions in {@code a} of the true elements of {@code mask}, in C order. */
  private static int[] positions(Tensor a, Tensor mask) {
    int n = a.size();
    boolean[] m = mask.boolStorage();
    boolean flat = a.isContiguous() && mask.isContiguous();
    int moff = mask.offset();
    int aoff = a.offset();
    int[] pos = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (flat ? m[moff + i] : m[mask.storageIndex(i)]) {
        pos[count++] = flat ? aoff + i : a.storageIndex(i);
      }
    }
    return count == n ? pos : Arrays.copyOf(pos, count);
  }
}
