package ddl.stdlib.create;

import ddl.stdlib.AxisError;
import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Elementwise;
import java.util.ArrayList;
import java.util.List;

/**
 * numpy's functions that build one array from several: {@code concatenate stack meshgrid}. Results
 * are new contiguous tensors; inputs may be any views.
 */
public final class Joining {
  private Joining() {}

  /** {@code np.concatenate(arrays)} along axis 0. */
  public static Tensor concatenate(List<Tensor> arrays) {
    return concatenate(arrays, 0);
  }

  /**
   * {@code np.concatenate(arrays, axis)}: joins along an existing axis; every other axis must
   * match. The dtype is the promotion of all the inputs' dtypes.
   *
   * <pre>concatenate([[1, 2], [3.5]], 0)  # [1.  2.  3.5]</pre>
   *
   * @throws IllegalArgumentException with numpy's messages: no arrays, a 0-d array, differing
   *     numbers of dimensions, or a differing size along another axis
   * @throws IndexOutOfBoundsException (an {@link AxisError}) for an axis out of range
   */
  public static Tensor concatenate(List<Tensor> arrays, int axis) {
    if (arrays.isEmpty()) {
      throw new IllegalArgumentException("need at least one array to concatenate");
    }
    Tensor first = arrays.get(0);
    int nd = first.ndim();
    if (nd == 0) {
      throw new IllegalArgumentException("zero-dimensional arrays cannot be concatenated");
    }
    for (int i = 1; i < arrays.size(); i++) {
      if (arrays.get(i).ndim() != nd) {
        throw new IllegalArgumentException(
            "all the input arrays must have same number of dimensions, but the array at index 0"
                + " has "
                + nd
                + " dimension(s) and the array at index "
                + i
                + " has "
                + arrays.get(i).ndim()
                + " dimension(s)");
      }
    }
    int ax = Shape.normalizeAxis(axis, nd);
    int[] shape = first.shape();
    DType dtype = first.dtype();
    long total = shape[ax];
    for (int i = 1; i < arrays.size(); i++) {
      Tensor t = arrays.get(i);
      for (int d = 0; d < nd; d++) {
        if (d != ax && t.shape(d) != shape[d]) {
          throw new IllegalArgumentException(
              "all the input array dimensions except for the concatenation axis must match"
                  + " exactly, but along dimension "
                  + d
                  + ", the array at index 0 has size "
                  + shape[d]
                  + " and the array at index "
                  + i
                  + " has size "
                  + t.shape(d));
        }
      }
      total += t.shape(ax);
      dtype = DType.promote(dtype, t.dtype());
    }
    shape[ax] = Math.toIntExact(total);
    Tensor out = Tensor.empty(dtype, shape);
    int[] strides = out.strides();
    int pos = 0;
    for (Tensor t : arrays) {
      // each input is copied into the slab of the result that it occupies along the axis
      int[] part = t.shape();
      Elementwise.assign(out.view(part, strides, pos * strides[ax]), t);
      pos += part[ax];
    }
    return out;
  }

  /** {@code np.stack(arrays)} along a new first axis. */
  public static Tensor stack(List<Tensor> arrays) {
    return stack(arrays, 0);
  }

  /**
   * {@code np.stack(arrays, axis)}: joins arrays of one shape along a new axis, which may be
   * anywhere in {@code [-ndim-1, ndim]}.
   *
   * <pre>stack([[1, 2], [3, 4]], 1)  # [[1 3]\n [2 4]]</pre>
   *
   * @throws IllegalArgumentException for no arrays or arrays of different shapes
   * @throws IndexOutOfBoundsException (an {@link AxisError}) for an axis out of range
   */
  public static Tensor stack(List<Tensor> arrays, int axis) {
    if (arrays.isEmpty()) {
      throw new IllegalArgumentException("need at least one array to stack");
    }
    int[] shape = arrays.get(0).shape();
    for (Tensor t : arrays) {
      if (!Shape.equal(t.shape(), shape)) {
        throw new IllegalArgumentException("all input arrays must have the same shape");
      }
    }
    int ax = Shape.normalizeAxis(axis, shape.length + 1);
    List<Tensor> expanded = new ArrayList<>(arrays.size());
    for (Tensor t : arrays) {
      expanded.add(t.view(insert(shape, ax, 1), insert(t.strides(), ax, 0), t.offset()));
    }
    return concatenate(expanded, ax);
  }

  /** {@code np.meshgrid(*xs)} with numpy's default {@code indexing='xy'}. */
  public static List<Tensor> meshgrid(List<Tensor> xs) {
    return meshgrid(xs, "xy");
  }

  /**
   * {@code np.meshgrid(*xs, indexing=)}: coordinate arrays over the grid of the (flattened) inputs,
   * each as a contiguous copy of its input's dtype. With {@code "xy"} (Cartesian, the default) the
   * first two axes of the result are swapped, so for x of length n and y of length m both results
   * have shape (m, n); with {@code "ij"} (matrix indexing) the shape is (n, m).
   *
   * <pre>X, Y = meshgrid([1, 2, 3], [10, 20])  # X = [[1 2 3]\n [1 2 3]]</pre>
   *
   * @throws IllegalArgumentException for an indexing other than "xy" or "ij"
   */
  public static List<Tensor> meshgrid(List<Tensor> xs, String indexing) {
    if (indexing == null) {
      indexing = "xy";
    }
    if (!indexing.equals("xy") && !indexing.equals("ij")) {
      throw new IllegalArgumentException("Valid values for `indexing` are 'xy' and 'ij'.");
    }
    int n = xs.size();
    boolean swap = indexing.equals("xy") && n > 1;
    int[] shape = new int[n];
    for (int i = 0; i < n; i++) {
      shape[i] = xs.get(i).size();
    }
    if (swap) {
      int t = shape[0];
      shape[0] = shape[1];
      shape[1] = t;
    }
    List<Tensor> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Tensor flat = xs.get(i).ravel();
      int along = swap && i < 2 ? 1 - i : i;
      // the input along its own axis, stride 0 elsewhere: assign broadcasts it over the grid
      int[] strides = new int[n];
      strides[along] = flat.strides()[0];
      Tensor grid = Tensor.empty(flat.dtype(), shape);
      Elementwise.assign(grid, flat.view(shape, strides, flat.offset()));
      out.add(grid);
    }
    return out;
  }

  private static int[] insert(int[] a, int at, int value) {
    int[] r = new int[a.length + 1];
    System.arraycopy(a, 0, r, 0, at);
    r[at] = value;
    System.arraycopy(a, at, r, at + 1, a.length - at);
    return r;
  }
}
