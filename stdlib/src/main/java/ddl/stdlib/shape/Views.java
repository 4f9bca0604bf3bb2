package ddl.stdlib.shape;

import ddl.stdlib.AxisError;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/**
 * numpy's shape functions that return views of the same storage: squeeze, expand_dims, swapaxes,
 * moveaxis, flip (negative strides) and broadcast_to (zero strides).
 */
public final class Views {
  private Views() {}

  /** {@code np.squeeze(a, axis)}: unit axes removed (all of them when axes is null). */
  public static Tensor squeeze(Tensor a, int[] axes) {
    int nd = a.ndim();
    int[] shape = a.shape();
    boolean[] drop = new boolean[nd];
    if (axes == null) {
      for (int d = 0; d < nd; d++) {
        drop[d] = shape[d] == 1;
      }
    } else {
      drop = Shape.axisMask(axes, nd);
      for (int d = 0; d < nd; d++) {
        if (drop[d] && shape[d] != 1) {
          throw new IllegalArgumentException(
              "cannot select an axis to squeeze out which has size not equal to one");
        }
      }
    }
    return keep(a, drop);
  }

  private static Tensor keep(Tensor a, boolean[] drop) {
    int[] shape = a.shape();
    int[] strides = a.strides();
    int k = 0;
    for (boolean b : drop) {
      k += b ? 0 : 1;
    }
    int[] s = new int[k];
    int[] st = new int[k];
    for (int d = 0, j = 0; d < shape.length; d++) {
      if (!drop[d]) {
        s[j] = shape[d];
        st[j++] = strides[d];
      }
    }
    return a.view(s, st, a.offset());
  }

  /** {@code np.expand_dims(a, axis)}: unit axes inserted at the given places of the result. */
  public static Tensor expandDims(Tensor a, int[] axes) {
    int nd = a.ndim() + axes.length;
    boolean[] add = Shape.axisMask(axes, nd);
    int[] shape = a.shape();
    int[] strides = a.strides();
    int[] s = new int[nd];
    int[] st = new int[nd];
    for (int d = 0, j = 0; d < nd; d++) {
      if (add[d]) {
        s[d] = 1;
        st[d] = 0;
      } else {
        s[d] = shape[j];
        st[d] = strides[j++];
      }
    }
    return a.view(s, st, a.offset());
  }

  /** {@code np.swapaxes(a, axis1, axis2)}. */
  public static Tensor swapaxes(Tensor a, int axis1, int axis2) {
    int nd = a.ndim();
    int i = named(axis1, nd, "axis1");
    int j = named(axis2, nd, "axis2");
    int[] perm = new int[nd];
    for (int d = 0; d < nd; d++) {
      perm[d] = d == i ? j : d == j ? i : d;
    }
    return a.transpose(perm);
  }

  /** An axis checked as numpy checks a named one: "axis2: axis 2 is out of bounds ...". */
  private static int named(int axis, int nd, String name) {
    if (axis < -nd || axis >= nd) {
      throw new AxisError(name + ": " + new AxisError(axis, nd).getMessage());
    }
    return axis < 0 ? axis + nd : axis;
  }

  /** {@code np.moveaxis(a, source, destination)}: the other axes keep their order. */
  public static Tensor moveaxis(Tensor a, int[] source, int[] destination) {
    int nd = a.ndim();
    if (source.length != destination.length) {
      throw new IllegalArgumentException(
          "`source` and `destination` arguments must have the same number of elements");
    }
    boolean[] src = axisMask(source, nd, "source");
    boolean[] dst = axisMask(destination, nd, "destination");
    int[] perm = new int[nd];
    java.util.Arrays.fill(perm, -1);
    for (int k = 0; k < source.length; k++) {
      perm[norm(destination[k], nd)] = norm(source[k], nd);
    }
    int next = 0;
    for (int d = 0; d < nd; d++) {
      if (dst[d]) {
        continue;
      }
      while (src[next]) {
        next++;
      }
      perm[d] = next++;
    }
    return a.transpose(perm);
  }

  private static boolean[] axisMask(int[] axes, int nd, String name) {
    boolean[] m = new boolean[nd];
    for (int x : axes) {
      int n = Shape.normalizeAxis(x, nd);
      if (m[n]) {
        throw new IllegalArgumentException("repeated axis in `" + name + "` argument");
      }
      m[n] = true;
    }
    return m;
  }

  private static int norm(int axis, int nd) {
    return Shape.normalizeAxis(axis, nd);
  }

  /** {@code np.flip(m, axis)}: the order of elements reversed along the axes (all when null). */
  public static Tensor flip(Tensor a, int[] axes) {
    int nd = a.ndim();
    boolean[] rev = new boolean[nd];
    if (axes == null) {
      java.util.Arrays.fill(rev, true);
    } else {
      rev = Shape.axisMask(axes, nd);
    }
    int[] shape = a.shape();
    int[] strides = a.strides();
    int off = a.offset();
    for (int d = 0; d < nd; d++) {
      if (rev[d] && shape[d] > 0) {
        off += (shape[d] - 1) * strides[d];
        strides[d] = -strides[d];
      }
    }
    return a.view(shape, strides, off);
  }

  /**
   * {@code np.broadcast_to(array, shape)}: a read-only view repeating the array through zero
   * strides (writing into it would change every place that shares an element).
   */
  public static Tensor broadcastTo(Tensor a, int[] shape) {
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("all elements of broadcast shape must be non-negative");
      }
    }
    int[] as = a.shape();
    boolean ok = as.length <= shape.length;
    for (int i = 0; ok && i < as.length; i++) {
      int t = shape[shape.length - as.length + i];
      ok = as[i] == t || as[i] == 1;
    }
    if (!ok) {
      throw new IllegalArgumentException("operands could not be broadcast together with remapped "
          + "shapes [original->remapped]: " + Shape.compact(as) + "  and requested shape "
          + Shape.compact(shape));
    }
    return a.view(shape.clone(), Shape.broadcastStrides(as, a.strides(), shape), a.offset())
        .readOnlyView();
  }

  /** The error of an axis out of range, as numpy words it. */
  static AxisError axisError(int axis, int ndim) {
    return new AxisError(axis, ndim);
  }
}
