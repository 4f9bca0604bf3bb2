package ddl.stdlib.index;

import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Elementwise;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * numpy's {@code a[index]} and {@code a[index] = value} for {@link Tensor}.
 *
 * <p>Index items are Long or Integer (negative counts from the end), {@link Slice}, {@link
 * NewAxis#INSTANCE} or {@code null}, {@link Ellipsis#INSTANCE}, a bool tensor (mask), an int64
 * tensor, a {@code List} of numbers or booleans, or a {@code long[]}, {@code int[]} or {@code
 * boolean[]}. Basic indexing (integers, slices, newaxis, ellipsis) gives a view sharing storage;
 * arrays and masks give copies (numpy's advanced indexing, in any combination with basic items).
 *
 * <pre>{@code
 * A = [[1, 2, 3], [4, 5, 6]]
 * A[1]          # [4 5 6]
 * A[0, 1]       # 2
 * A[:, ::-1]    # [[3 2 1]
 *               #  [6 5 4]]
 * A[A > 2]      # [3 4 5 6]
 * A[0, :] = 0   # A is [[0 0 0] [4 5 6]]
 * }</pre>
 */
public final class Indexing {
  private Indexing() {}

  /**
   * numpy's {@code a[items]}.
   *
   * @return a Java Double, Long or Boolean when every axis gets an integer (numpy's scalar), a view
   *     for other basic indices (0-d included), a new tensor for advanced indices
   * @throws IndexOutOfBoundsException numpy's IndexError (out-of-bounds index, too many indices,
   *     two ellipses, a mask of the wrong shape, an item that cannot index)
   * @throws IllegalArgumentException numpy's ValueError ({@code slice step cannot be zero})
   */
  public static Object get(Tensor a, Object... items) {
    int pos = BasicIndex.scalarPosition(a, items);
    if (pos >= 0) {
      return read(a, pos);
    }
    if (MaskIndex.applies(a, items)) {
      return MaskIndex.get(a, (Tensor) items[0]);
    }
    if (isAdvanced(items)) {
      AdvancedIndex p = AdvancedIndex.plan(a, items);
      Tensor out = Tensor.empty(a.dtype(), p.outShape);
      int[] os = out.strides();
      BlockCopy.copy(
          a.dtype(),
          p.v,
          p.vBase,
          pick(p.v.strides(), p.restAxes),
          out,
          BlockCopy.offsets(p.b, pick(os, p.bPos), 0),
          pick(os, p.restPos),
          pick(p.v.shape(), p.restAxes));
      return out;
    }
    int[] scalar = new int[1];
    Tensor view = BasicIndex.view(a, items, scalar);
    return view != null ? view : read(a, scalar[0]);
  }

  /** Like {@link #get} but always a tensor: a scalar result becomes a 0-d view. */
  public static Tensor view(Tensor a, Object... items) {
    Object r = get(a, items);
    if (r instanceof Tensor) {
      return (Tensor) r;
    }
    Object[] whole = new Object[items.length + 1];
    System.arraycopy(items, 0, whole, 0, items.length);
    whole[items.length] = Ellipsis.INSTANCE; // numpy: a[i, j, ...] is a 0-d view
    return (Tensor) get(a, whole);
  }

  /**
   * numpy's {@code a[items] = value}: writes {@code value} (a Java scalar, a tensor or a nested
   * list), broadcast to the selected region and converted to a's dtype (a float stored into an
   * int64 tensor truncates toward zero), through views, masks and integer arrays alike.
   *
   * <p>With integer arrays that repeat a position, the last write wins, as in numpy.
   *
   * @throws IllegalArgumentException numpy's ValueError: the value does not broadcast, a mask gets
   *     the wrong number of values, NaN stored into int64
   * @throws ArithmeticException numpy's OverflowError: infinity stored into int64
   */
  public static void set(Tensor a, Object value, Object... items) {
    a.checkWritable();
    int pos = BasicIndex.scalarPosition(a, items);
    if (pos < 0 && !isAdvanced(items)) {
      int[] scalar = new int[1];
      Tensor view = BasicIndex.view(a, items, scalar);
      if (view == null) {
        pos = scalar[0];
      } else {
        Elementwise.assign(view, value(value, a, view.shape(), true));
        return;
      }
    }
    if (pos >= 0) {
      Values.store(a, pos, value);
      return;
    }
    if (MaskIndex.applies(a, items)) {
      MaskIndex.set(a, (Tensor) items[0], value);
      return;
    }
    AdvancedIndex p = AdvancedIndex.plan(a, items);
    Tensor src = value(value, a, p.outShape, false);
    int[] ss = Shape.broadcastStrides(src.shape(), src.strides(), p.outShape);
    BlockCopy.copy(
        a.dtype(),
        src,
        BlockCopy.offsets(p.b, pick(ss, p.bPos), src.offset()),
        pick(ss, p.restPos),
        p.v,
        p.vBase,
        pick(p.v.strides(), p.restAxes),
        pick(p.v.shape(), p.restAxes));
  }

  /**
   * Element {@code i} along axis 0, as {@code for row in A} yields it: a view of rank ndim-1, or a
   * Java scalar for a 1-D tensor.
   *
   * @throws IllegalArgumentException numpy's TypeError {@code iteration over a 0-d array}
   */
  public static Object row(Tensor a, int i) {
    if (a.ndim() == 0) {
      throw new IllegalArgumentException("iteration over a 0-d array");
    }
    Tensor r = BasicIndex.row(a, i);
    return a.ndim() == 1 ? r.get(0) : r;
  }

  /**
   * numpy's iteration over the first axis ({@code for row in A}): views for rank 2 and more,
   * scalars for a 1-D tensor.
   *
   * @throws IllegalArgumentException {@code iteration over a 0-d array}
   */
  public static Iterable<Object> rows(Tensor a) {
    if (a.ndim() == 0) {
      throw new IllegalArgumentException("iteration over a 0-d array");
    }
    int n = a.shape(0);
    return () ->
        new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < n;
          }

          @Override
          public Object next() {
            if (i >= n) {
              throw new NoSuchElementException();
            }
            return row(a, i++);
          }
        };
  }

  private static boolean isAdvanced(Object[] items) {
    for (Object o : items) {
      if (o != null
          && !(o instanceof Long || o instanceof Integer)
          && Items.kind(o) == Items.ARRAY) {
        return true;
      }
    }
    return false;
  }

  private static Object read(Tensor a, int pos) {
    switch (a.dtype()) {
      case FLOAT64:
        return a.doubleStorage()[pos];
      case INT64:
        return a.longStorage()[pos];
      default:
        return a.boolStorage()[pos];
    }
  }

  /**
   * The value to assign as a tensor of a's dtype that broadcasts to {@code target} and does not
   * alias a's storage; {@code basic} selects numpy's message for a view target.
   */
  private static Tensor value(Object value, Tensor a, int[] target, boolean basic) {
    Tensor t = Values.tensor(value, a.dtype());
    int[] given = t.shape();
    // numpy drops leading length-1 axes of the value that the target does not have
    int[] s = t.shape();
    int drop = 0;
    while (s.length - drop > target.length && s[drop] == 1) {
      drop++;
    }
    if (drop > 0) {
      int[] st = t.strides();
      t =
          t.view(
              Arrays.copyOfRange(s, drop, s.length),
              Arrays.copyOfRange(st, drop, st.length),
              t.offset());
    }
    int[] bs;
    try {
      bs = Shape.broadcast(target, t.shape());
    } catch (IllegalArgumentException e) {
      bs = null;
    }
    if (bs == null || !Shape.equal(bs, target)) {
      if (basic) {
        throw new IllegalArgumentException(
            "could not broadcast input array from shape "
                + Shape.compact(given)
                + " into shape "
                + Shape.compact(target));
      }
      throw new IllegalArgumentException(
          "shape mismatch: value array of shape "
              + Shape.compact(given)
              + " could not be broadcast to indexing result of shape "
              + Shape.compact(target));
    }
    if (t.sharesStorage(a)) {
      t = t.copy(); // the region written may overlap the value read
    }
    return t;
  }

  private static int[] pick(int[] values, int[] at) {
    int[] out = new int[at.length];
    for (int i = 0; i < at.length; i++) {
      out[i] = values[at[i]];
    }
    return out;
  }
}
