package ddl.stdlib.order;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/**
 * The 1-D lanes of a tensor along an axis (or several axes flattened into one, as numpy's
 * {@code _ureduce}), copied out contiguously lane after lane, and results put back in the axis'
 * place: the shape of every "along an axis" function (sort, cumsum, median, diff, ...).
 */
public final class Lanes {
  /** The input's shape. */
  public final int[] shape;
  /** The axis (for one axis), non-negative; -1 for several. */
  public final int axis;
  /** The length of each lane. */
  public final int n;
  /** How many lanes. */
  public final int count;
  private final boolean[] reduce;
  private final Tensor moved;

  private Lanes(Tensor t, boolean[] reduce, int axis) {
    this.shape = t.shape();
    this.reduce = reduce;
    this.axis = axis;
    int nd = shape.length;
    int[] perm = new int[nd];
    int k = 0;
    int c = 1;
    int len = 1;
    for (int d = 0; d < nd; d++) {
      if (!reduce[d]) {
        perm[k++] = d;
        c *= shape[d];
      }
    }
    for (int d = 0; d < nd; d++) {
      if (reduce[d]) {
        perm[k++] = d;
        len *= shape[d];
      }
    }
    this.n = len;
    this.count = c;
    this.moved = t.transpose(perm).reshape(c, len);
  }

  /** The lanes of {@code t} along {@code axis} (negative counts from the end; numpy's AxisError). */
  public static Lanes of(Tensor t, int axis) {
    int a = Shape.normalizeAxis(axis, t.ndim());
    boolean[] mask = new boolean[t.ndim()];
    mask[a] = true;
    return new Lanes(t, mask, a);
  }

  /** numpy's {@code axis=None} for functions that flatten: the flattened tensor, one lane. */
  public static Lanes flat(Tensor t) {
    return of(t.reshape(t.size()), 0);
  }

  /** The lanes over {@code axes} together (null: every axis), for reductions with keepdims. */
  public static Lanes ofAxes(Tensor t, int[] axes) {
    boolean[] mask = new boolean[t.ndim()];
    if (axes == null) {
      java.util.Arrays.fill(mask, true);
    } else {
      mask = Shape.axisMask(axes, t.ndim());
    }
    int one = -1;
    int many = 0;
    for (int d = 0; d < mask.length; d++) {
      if (mask[d]) {
        one = d;
        many++;
      }
    }
    return new Lanes(t, mask, many == 1 ? one : -1);
  }

  /** The elements, lane after lane, as float64. */
  public double[] doubles() {
    return moved.toDoubleArray();
  }

  /** The elements, lane after lane, as int64. */
  public long[] longs() {
    return moved.toLongArray();
  }

  /** The elements, lane after lane, as bool. */
  public boolean[] bools() {
    return moved.toBooleanArray();
  }

  public DType dtype() {
    return moved.dtype();
  }

  /** A tensor from {@code m} results per lane, in the axis' place (a contiguous copy). */
  public Tensor back(double[] out, int m) {
    return back(Tensor.wrap(out, movedShape(m)));
  }

  public Tensor back(long[] out, int m) {
    return back(Tensor.wrap(out, movedShape(m)));
  }

  public Tensor back(boolean[] out, int m) {
    return back(Tensor.wrap(out, movedShape(m)));
  }

  /** One result per lane, shaped as a reduction's: the axes dropped, or kept as 1. */
  public Tensor reduced(Tensor perLane, boolean keepdims) {
    return perLane.reshape(reducedShape(keepdims));
  }

  /** The shape of a reduction's result: the reduced axes dropped, or kept as 1 when keepdims. */
  public int[] reducedShape(boolean keepdims) {
    int nd = 0;
    for (int d = 0; d < shape.length; d++) {
      nd += keepdims || !reduce[d] ? 1 : 0;
    }
    int[] s = new int[nd];
    for (int d = 0, k = 0; d < shape.length; d++) {
      if (!reduce[d]) {
        s[k++] = shape[d];
      } else if (keepdims) {
        s[k++] = 1;
      }
    }
    return s;
  }

  /** The input's shape with the (one) axis' length made m. */
  public int[] shapeWith(int m) {
    int[] s = shape.clone();
    s[axis] = m;
    return s;
  }

  private int[] movedShape(int m) {
    int[] s = new int[shape.length];
    for (int d = 0, k = 0; d < shape.length; d++) {
      if (d != axis) {
        s[k++] = shape[d];
      }
    }
    s[shape.length - 1] = m;
    return s;
  }

  private Tensor back(Tensor t) {
    if (axis == shape.length - 1) {
      return t;
    }
    return t.transpose(fromLast(shape.length, axis)).copy();
  }

  /** The inverse of the permutation that moves {@code axis} to the end. */
  static int[] fromLast(int nd, int axis) {
    int[] p = new int[nd];
    for (int d = 0; d < nd; d++) {
      p[d] = d < axis ? d : d == axis ? nd - 1 : d - 1;
    }
    return p;
  }
}
