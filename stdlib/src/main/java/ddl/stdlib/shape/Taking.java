package ddl.stdlib.shape;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/** numpy's take, take_along_axis and put: elements chosen (or written) by integer indices. */
public final class Taking {
  private Taking() {}

  /** {@code np.take(a, indices, axis)}: a null axis takes from the flattened array. */
  public static Tensor take(Tensor a, Tensor indices, Integer axis) {
    Tensor src = axis == null ? a.reshape(a.size()) : a;
    int ax = axis == null ? 0 : Shape.normalizeAxis(axis, a.ndim());
    int n = src.shape(ax);
    int[] idx = checked(indices, n, ax);
    int[][] map = Gather.identities(src.shape());
    map[ax] = idx;
    Tensor g = Gather.gather(src, map, null);
    int[] s = src.shape();
    int[] is = indices.shape();
    int[] shape = new int[s.length - 1 + is.length];
    System.arraycopy(s, 0, shape, 0, ax);
    System.arraycopy(is, 0, shape, ax, is.length);
    System.arraycopy(s, ax + 1, shape, ax + is.length, s.length - ax - 1);
    return g.reshape(shape);
  }

  /** Indices as positions in [0, n), negative ones counted from the end, or numpy's IndexError. */
  private static int[] checked(Tensor indices, int n, int axis) {
    if (indices.dtype() == DType.FLOAT64) {
      throw new IllegalArgumentException(
          "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
    }
    long[] l = indices.toLongArray();
    int[] r = new int[l.length];
    for (int i = 0; i < l.length; i++) {
      long v = l[i];
      if (v < -n || v >= n) {
        throw new IndexOutOfBoundsException(
            "index " + v + " is out of bounds for axis " + axis + " with size " + n);
      }
      r[i] = (int) (v < 0 ? v + n : v);
    }
    return r;
  }

  /**
   * {@code np.take_along_axis(arr, indices, axis)}: out[..., i, ...] = arr[..., indices[..., i,
   * ...], ...], the other axes broadcast between arr and indices.
   */
  public static Tensor takeAlongAxis(Tensor arr, Tensor indices, Integer axis) {
    if (indices.dtype() == DType.FLOAT64) {
      throw new IndexOutOfBoundsException("`indices` must be an integer array");
    }
    if (axis == null) {
      if (indices.ndim() != 1) {
        throw new IllegalArgumentException(
            "when axis=None, `indices` must have a single dimension.");
      }
      return takeAlongAxis(arr.reshape(arr.size()), indices, 0);
    }
    int nd = arr.ndim();
    if (indices.ndim() != nd) {
      throw new IllegalArgumentException(
          "`indices` and `arr` must have the same number of dimensions");
    }
    int ax = Shape.normalizeAxis(axis, nd);
    int[] as = arr.shape();
    int[] is = indices.shape();
    int[] out = new int[nd];
    for (int d = 0; d < nd; d++) {
      if (d == ax) {
        out[d] = is[d];
      } else if (as[d] == is[d] || is[d] == 1) {
        out[d] = as[d];
      } else if (as[d] == 1) {
        out[d] = is[d];
      } else {
        throw new IllegalArgumentException("shape mismatch: indexing arrays could not be broadcast "
            + "together with shapes " + broadcastShapes(as, is, ax));
      }
    }
    int n = as[ax];
    Tensor ib = Views.broadcastTo(indices, out);
    int size = Shape.size(out);
    int[] ast = arr.strides();
    Tensor res = Tensor.empty(arr.dtype(), out);
    int[] idx = new int[nd];
    int[] pos = new int[size];
    for (int c = 0; c < size; c++) {
      long v = ib.getLong(c);
      if (v < -n || v >= n) {
        throw new IndexOutOfBoundsException(
            "index " + v + " is out of bounds for axis " + ax + " with size " + n);
      }
      int p = arr.offset();
      for (int d = 0; d < nd; d++) {
        int i = d == ax ? (int) (v < 0 ? v + n : v) : as[d] == 1 ? 0 : idx[d];
        p += i * ast[d];
      }
      pos[c] = p;
      for (int d = nd - 1; d >= 0; d--) {
        if (++idx[d] < out[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    copyAt(arr, pos, res);
    return res;
  }

  private static String broadcastShapes(int[] as, int[] is, int ax) {
    StringBuilder sb = new StringBuilder();
    for (int d = 0; d < as.length; d++) {
      if (d == ax) {
        continue;
      }
      int[] s = new int[as.length];
      java.util.Arrays.fill(s, 1);
      s[d] = as[d];
      sb.append(Shape.compact(s)).append(' ');
    }
    return sb.append(Shape.compact(is)).toString();
  }

  private static void copyAt(Tensor src, int[] pos, Tensor out) {
    switch (src.dtype()) {
      case FLOAT64: {
        double[] x = src.doubleStorage();
        double[] o = out.doubleStorage();
        for (int c = 0; c < pos.length; c++) {
          o[c] = x[pos[c]];
        }
        break;
      }
      case INT64: {
        long[] x = src.longStorage();
        long[] o = out.longStorage();
        for (int c = 0; c < pos.length; c++) {
          o[c] = x[pos[c]];
        }
        break;
      }
      default: {
        boolean[] x = src.boolStorage();
        boolean[] o = out.boolStorage();
        for (int c = 0; c < pos.length; c++) {
          o[c] = x[pos[c]];
        }
      }
    }
  }

  /** {@code np.put(a, ind, v)}: a.flat[ind] = v, v repeated as needed, cast to a's dtype. */
  public static void put(Tensor a, Tensor ind, Tensor v) {
    a.checkWritable();
    int n = a.size();
    int[] idx = checked(ind, n, 0);
    if (idx.length == 0) {
      return;
    }
    if (v.size() == 0) {
      return;
    }
    Tensor vc = v.astype(a.dtype());
    int m = vc.size();
    for (int i = 0; i < idx.length; i++) {
      int p = a.storageIndex(idx[i]);
      int q = i % m;
      switch (a.dtype()) {
        case FLOAT64:
          a.doubleStorage()[p] = vc.doubleStorage()[q];
          break;
        case INT64:
          a.longStorage()[p] = vc.longStorage()[q];
          break;
        default:
          a.boolStorage()[p] = vc.boolStorage()[q];
      }
    }
  }
}
