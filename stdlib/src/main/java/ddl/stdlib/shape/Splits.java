package ddl.stdlib.shape;

import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Joining;
import java.util.ArrayList;
import java.util.List;

/** numpy's split, array_split, hstack, vstack, dstack, column_stack and atleast_1d/2d/3d. */
public final class Splits {
  private Splits() {}

  /**
   * {@code np.array_split(ary, sections, axis)}: views; the first n % sections parts one longer.
   * {@code equal} is np.split: sections must divide the axis.
   */
  public static List<Tensor> split(Tensor a, int sections, int axis, boolean equal) {
    int ax = Shape.normalizeAxis(axis, a.ndim());
    int n = a.shape(ax);
    if (equal && sections == 0) {
      throw new ArithmeticException("integer modulo by zero"); // np.split takes n % sections first
    }
    if (sections <= 0) {
      throw new IllegalArgumentException("number sections must be larger than 0.");
    }
    if (equal && n % sections != 0) {
      throw new IllegalArgumentException("array split does not result in an equal division");
    }
    int each = n / sections;
    int extra = n % sections;
    List<Tensor> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < sections; i++) {
      int len = each + (i < extra ? 1 : 0);
      out.add(slice(a, ax, start, start + len));
      start += len;
    }
    return out;
  }

  /** {@code np.split(ary, indices, axis)}: views between the given split points (clipped). */
  public static List<Tensor> splitAt(Tensor a, int[] indices, int axis) {
    int ax = Shape.normalizeAxis(axis, a.ndim());
    int n = a.shape(ax);
    List<Tensor> out = new ArrayList<>();
    int prev = 0;
    for (int k = 0; k <= indices.length; k++) {
      int end = k < indices.length ? indices[k] : n;
      int lo = clip(prev, n);
      int hi = clip(end, n);
      out.add(slice(a, ax, lo, Math.max(lo, hi)));
      prev = end;
    }
    return out;
  }

  private static int clip(int i, int n) {
    int j = i < 0 ? i + n : i;
    return Math.max(0, Math.min(n, j));
  }

  private static Tensor slice(Tensor a, int ax, int lo, int hi) {
    int[] shape = a.shape();
    int[] strides = a.strides();
    shape[ax] = hi - lo;
    return a.view(shape, strides, a.offset() + (hi > lo ? lo * strides[ax] : 0));
  }

  /** {@code np.atleast_1d}: 0-d becomes (1,). */
  public static Tensor atleast1d(Tensor a) {
    return a.ndim() >= 1 ? a : a.reshape(1);
  }

  /** {@code np.atleast_2d}: (N,) becomes (1, N), 0-d (1, 1). */
  public static Tensor atleast2d(Tensor a) {
    return a.ndim() >= 2 ? a : a.ndim() == 1 ? Views.expandDims(a, new int[] {0}) : a.reshape(1, 1);
  }

  /** {@code np.atleast_3d}: (N,) becomes (1, N, 1), (M, N) (M, N, 1), 0-d (1, 1, 1). */
  public static Tensor atleast3d(Tensor a) {
    switch (a.ndim()) {
      case 0:
        return a.reshape(1, 1, 1);
      case 1:
        return Views.expandDims(a, new int[] {0, 2});
      case 2:
        return Views.expandDims(a, new int[] {2});
      default:
        return a;
    }
  }

  /** {@code np.hstack}: 1-D arrays joined end to end, others along axis 1. */
  public static Tensor hstack(List<Tensor> arrays) {
    List<Tensor> l = new ArrayList<>();
    for (Tensor t : arrays) {
      l.add(atleast1d(t));
    }
    return Joining.concatenate(l, !l.isEmpty() && l.get(0).ndim() == 1 ? 0 : 1);
  }

  /** {@code np.vstack}: rows stacked (1-D arrays become rows). */
  public static Tensor vstack(List<Tensor> arrays) {
    List<Tensor> l = new ArrayList<>();
    for (Tensor t : arrays) {
      l.add(atleast2d(t));
    }
    return Joining.concatenate(l, 0);
  }

  /** {@code np.dstack}: stacked along the third axis. */
  public static Tensor dstack(List<Tensor> arrays) {
    List<Tensor> l = new ArrayList<>();
    for (Tensor t : arrays) {
      l.add(atleast3d(t));
    }
    return Joining.concatenate(l, 2);
  }

  /** {@code np.column_stack}: 1-D arrays become columns, then joined along axis 1. */
  public static Tensor columnStack(List<Tensor> arrays) {
    List<Tensor> l = new ArrayList<>();
    for (Tensor t : arrays) {
      l.add(t.ndim() < 2 ? atleast2d(t).transpose() : t);
    }
    return Joining.concatenate(l, 1);
  }
}
