package ddl.stdlib;

/** The views of {@link Tensor} that rearrange its axes: transposes and reshapes. */
final class Views {
  private Views() {}

  /** All axes in reverse order (numpy's {@code .T}). */
  static Tensor reversed(Tensor t) {
    int n = t.ndim();
    int[] axes = new int[n];
    for (int i = 0; i < n; i++) {
      axes[i] = n - 1 - i;
    }
    return permuted(t, axes);
  }

  /** Axis i of the view is axis axes[i] of t (negative axes count from the end). */
  static Tensor permuted(Tensor t, int[] axes) {
    int[] shape = t.shape();
    int[] strides = t.strides();
    if (axes.length != shape.length) {
      throw new IllegalArgumentException("axes don't match array");
    }
    boolean[] seen = new boolean[axes.length];
    int[] s = new int[axes.length];
    int[] st = new int[axes.length];
    for (int i = 0; i < axes.length; i++) {
      int a = Shape.normalizeAxis(axes[i], shape.length);
      if (seen[a]) {
        throw new IllegalArgumentException("repeated axis in transpose");
      }
      seen[a] = true;
      s[i] = shape[a];
      st[i] = strides[a];
    }
    return t.view(s, st, t.offset());
  }

  /** numpy's reshape: a view of contiguous data, else of a contiguous copy. */
  static Tensor reshaped(Tensor t, int[] newShape) {
    int[] target = ReshapeRules.resolve(newShape, t.size());
    int[] strides = Shape.cStrides(target);
    return t.isContiguous() ? t.view(target, strides, t.offset()) : t.copy().view(target, strides, 0);
  }
}
