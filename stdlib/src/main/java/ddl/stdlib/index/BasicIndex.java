package ddl.stdlib.index;

import ddl.stdlib.Tensor;

/**
 * numpy's basic indexing (integers, slices, newaxis, ellipsis): the result is a view computed from
 * shape, strides and offset alone, or a storage position when every axis gets an integer.
 *
 * <p>This is the hot path of {@code A[i]} and {@code A[0, 1]}: two passes over the items and a few
 * small arrays, no collections and no boxing beyond the caller's.
 */
final class BasicIndex {
  private BasicIndex() {}

  /**
   * The storage position selected by integer items on every axis, or -1 when the items are not
   * exactly one integer per axis (then {@link #view} applies).
   */
  static int scalarPosition(Tensor a, Object[] items) {
    int nd = a.ndim();
    if (items.length != nd) {
      return -1;
    }
    for (Object o : items) {
      if (!(o instanceof Long || o instanceof Integer)) {
        return -1;
      }
    }
    int pos = a.offset();
    int[] strides = nd == 0 ? null : a.strides();
    for (int d = 0; d < nd; d++) {
      int n = a.shape(d);
      pos += Items.normalize(((Number) items[d]).longValue(), n, d) * strides[d];
    }
    return pos;
  }

  /**
   * The view selected by basic items, or null when the items are an integer on every axis with no
   * newaxis or ellipsis (numpy then returns a scalar; {@code scalar[0]} is set to its position).
   */
  static Tensor view(Tensor a, Object[] items, int[] scalar) {
    int nd = a.ndim();
    int consumed = 0;
    int ints = 0;
    int newaxes = 0;
    boolean ellipsis = false;
    for (Object o : items) {
      switch (Items.kind(o)) {
        case Items.INT:
          ints++;
          consumed++;
          break;
        case Items.SLICE:
          consumed++;
          break;
        case Items.NEWAXIS:
          newaxes++;
          break;
        case Items.ELLIPSIS:
          if (ellipsis) {
            throw Items.twoEllipses();
          }
          ellipsis = true;
          break;
        default:
          throw new IllegalStateException("advanced index in basic indexing");
      }
    }
    if (consumed > nd) {
      throw Items.tooMany(nd, consumed);
    }
    int[] shape = a.shape();
    int[] strides = a.strides();
    int off = a.offset();
    if (ints == nd && items.length == nd) {
      for (int d = 0; d < nd; d++) {
        off += Items.normalize(Items.intValue(items[d]), shape[d], d) * strides[d];
      }
      scalar[0] = off;
      return null;
    }
    int outNd = nd - ints + newaxes;
    int[] os = new int[outNd];
    int[] ost = new int[outNd];
    int axis = 0;
    int out = 0;
    for (Object o : items) {
      switch (Items.kind(o)) {
        case Items.INT:
          off += Items.normalize(Items.intValue(o), shape[axis], axis) * strides[axis];
          axis++;
          break;
        case Items.SLICE:
          Slice.Indices s = ((Slice) o).indices(shape[axis]);
          os[out] = s.length();
          ost[out] = s.step() * strides[axis];
          if (s.length() > 0) {
            off += s.start() * strides[axis];
          }
          axis++;
          out++;
          break;
        case Items.NEWAXIS:
          os[out] = 1;
          ost[out] = 0;
          out++;
          break;
        default: // the ellipsis: every axis no other item consumes
          for (int k = nd - consumed; k > 0; k--, axis++, out++) {
            os[out] = shape[axis];
            ost[out] = strides[axis];
          }
      }
    }
    for (; axis < nd; axis++, out++) {
      os[out] = shape[axis];
      ost[out] = strides[axis];
    }
    return a.view(os, ost, off);
  }

  /** Row {@code i} along axis 0: a view of rank ndim-1 (rank 0 for a 1-D tensor). */
  static Tensor row(Tensor a, long i) {
    int nd = a.ndim();
    int[] shape = a.shape();
    int[] strides = a.strides();
    int r = Items.normalize(i, shape[0], 0);
    int[] os = new int[nd - 1];
    int[] ost = new int[nd - 1];
    System.arraycopy(shape, 1, os, 0, nd - 1);
    System.arraycopy(strides, 1, ost, 0, nd - 1);
    return a.view(os, ost, a.offset() + r * strides[0]);
  }
}
