package ddl.stdlib;

import ddl.stdlib.create.Creation;
import ddl.stdlib.math.Linalg;
import ddl.stdlib.math.Reductions;
import ddl.stdlib.math.Strided;
import java.util.Arrays;

/**
 * An n-dimensional array with numpy's semantics: dtypes float64, int64 and bool, numpy's promotion
 * and broadcasting, reductions with axes, matmul, views.
 *
 * <p>Storage is a Java array (one of {@code double[]}, {@code long[]}, {@code boolean[]}) read
 * through a shape, strides (in elements) and an offset, so that slices, transposes and reshapes of
 * contiguous data are views sharing their parent's storage, and small tensors cost what a Java
 * array costs. ND4J does the matrix products above a size threshold (see {@link Linalg}). numpy's
 * operators are the methods of {@link TensorArithmetic}.
 */
public final class Tensor implements TensorArithmetic {
  private final DType dtype;
  private final int[] shape;
  private final int[] strides;
  private final int offset;
  private final int size;
  private final double[] f64;
  private final long[] i64;
  private final boolean[] b8;

  /**
   * Set by {@link Ops} on a new result the dsl stores in a variable, and cleared by {@link
   * Lang#shared} whenever that variable's value is used other than as an operand of an arithmetic
   * operator: while set, nothing but the one variable refers to this tensor, so the next result
   * assigned to that variable may be written into its storage (numpy gets this from reference
   * counting: {@code acc = acc + y} in a loop reuses one block of memory). False for every tensor
   * made through the Java API.
   */
  boolean exclusive;

  /** numpy's WRITEABLE flag cleared (broadcast_to's views): writes raise, views inherit it. */
  private boolean readOnly;

  private Tensor(
      DType dtype, int[] shape, int[] strides, int offset, double[] f, long[] l, boolean[] b) {
    this.dtype = dtype;
    this.shape = shape;
    this.strides = strides;
    this.offset = offset;
    this.size = Shape.size(shape);
    this.f64 = f;
    this.i64 = l;
    this.b8 = b;
  }

  // ---- construction from storage ------------------------------------------------------------

  /** A contiguous float64 tensor over {@code data} (not copied). */
  public static Tensor wrap(double[] data, int... shape) {
    checkLength(data.length, shape);
    return new Tensor(DType.FLOAT64, shape.clone(), Shape.cStrides(shape), 0, data, null, null);
  }

  /** A contiguous int64 tensor over {@code data} (not copied). */
  public static Tensor wrap(long[] data, int... shape) {
    checkLength(data.length, shape);
    return new Tensor(DType.INT64, shape.clone(), Shape.cStrides(shape), 0, null, data, null);
  }

  /** A contiguous bool tensor over {@code data} (not copied). */
  public static Tensor wrap(boolean[] data, int... shape) {
    checkLength(data.length, shape);
    return new Tensor(DType.BOOL, shape.clone(), Shape.cStrides(shape), 0, null, null, data);
  }

  /** A view of this tensor's storage with another shape, strides and offset. */
  public Tensor view(int[] newShape, int[] newStrides, int newOffset) {
    Tensor v = new Tensor(dtype, newShape, newStrides, newOffset, f64, i64, b8);
    v.readOnly = readOnly;
    return v;
  }

  /** A read-only view of the same elements (numpy's {@code flags.writeable = False}). */
  public Tensor readOnlyView() {
    Tensor v = view(shape, strides, offset);
    v.readOnly = true;
    return v;
  }

  /** numpy's ValueError for a write into a read-only array. */
  public void checkWritable() {
    if (readOnly) {
      throw new IllegalArgumentException("assignment destination is read-only");
    }
  }

  /** A new contiguous tensor of zeros. */
  public static Tensor empty(DType dtype, int... shape) {
    int n = Shape.size(shape);
    switch (dtype) {
      case FLOAT64:
        return wrap(new double[n], shape);
      case INT64:
        return wrap(new long[n], shape);
      default:
        return wrap(new boolean[n], shape);
    }
  }

  private static void checkLength(int length, int[] shape) {
    if (Shape.size(shape) != length) {
      throw new IllegalArgumentException(
          "cannot reshape array of size " + length + " into shape " + Shape.compact(shape));
    }
  }

  /** A 1-D float64 tensor: {@code Tensor.of(1.5, 2.0)}. */
  public static Tensor of(double... values) {
    return wrap(values.clone(), values.length);
  }

  /** A 1-D int64 tensor: {@code Tensor.of(1, 2, 3)}. */
  public static Tensor of(long... values) {
    return wrap(values.clone(), values.length);
  }

  /** A 1-D int64 tensor: {@code Tensor.of(1, 2, 3)}. */
  public static Tensor of(int... values) {
    long[] l = new long[values.length];
    for (int i = 0; i < l.length; i++) {
      l[i] = values[i];
    }
    return wrap(l, l.length);
  }

  /** A 1-D bool tensor. */
  public static Tensor of(boolean... values) {
    return wrap(values.clone(), values.length);
  }

  /** numpy's {@code np.array}: from nested lists or Java arrays of numbers, booleans or tensors. */
  public static Tensor array(Object nested) {
    return Creation.array(nested);
  }

  /** A 0-d tensor holding a Java scalar (Double, Long, Integer or Boolean). */
  public static Tensor scalar(Object value) {
    switch (DType.ofScalar(value)) {
      case BOOL:
        return wrap(new boolean[] {(Boolean) value});
      case INT64:
        return wrap(new long[] {Scalars.toLong(value)});
      default:
        return wrap(new double[] {Scalars.toDouble(value)});
    }
  }

  // ---- properties ---------------------------------------------------------------------------

  public DType dtype() {
    return dtype;
  }

  /** The shape, as a copy. */
  public int[] shape() {
    return shape.clone();
  }

  /** The length of axis {@code axis} (negative counts from the end). */
  public int shape(int axis) {
    return shape[Shape.normalizeAxis(axis, shape.length)];
  }

  public int ndim() {
    return shape.length;
  }

  public int size() {
    return size;
  }

  /** The strides in elements, as a copy. */
  public int[] strides() {
    return strides.clone();
  }

  /** Where element (0, ..., 0) lives in the storage array. */
  public int offset() {
    return offset;
  }

  /** The float64 storage array (shared, not copied), or null for another dtype. */
  public double[] doubleStorage() {
    return f64;
  }

  /** The int64 storage array (shared, not copied), or null for another dtype. */
  public long[] longStorage() {
    return i64;
  }

  /** The bool storage array (shared, not copied), or null for another dtype. */
  public boolean[] boolStorage() {
    return b8;
  }

  /** Whether this tensor has {@code other}'s shape (without copying either). */
  public boolean sameShape(Tensor other) {
    return java.util.Arrays.equals(shape, other.shape);
  }

  /** Whether this tensor and {@code other} read the same storage array. */
  public boolean sharesStorage(Tensor other) {
    Object a = f64 != null ? f64 : i64 != null ? i64 : b8;
    Object b = other.f64 != null ? other.f64 : other.i64 != null ? other.i64 : other.b8;
    return a == b;
  }

  /** Whether elements lie in C order with no gaps (so storage[offset .. offset+size) is the data). */
  public boolean isContiguous() {
    int expected = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      if (shape[i] != 1 && strides[i] != expected) {
        return false;
      }
      expected *= shape[i];
    }
    return true;
  }

  // ---- element access -----------------------------------------------------------------------

  /** The storage position of the element at C-order position {@code flat}. */
  public int storageIndex(int flat) {
    int pos = offset;
    for (int d = shape.length - 1; d >= 0; d--) {
      int n = shape[d];
      pos += (flat % n) * strides[d];
      flat /= n;
    }
    return pos;
  }

  /** The storage position of the element at {@code index} (non-negative, in range). */
  public int storageIndex(int[] index) {
    int pos = offset;
    for (int d = 0; d < index.length; d++) {
      pos += index[d] * strides[d];
    }
    return pos;
  }

  /** The element at C-order position {@code flat}, as a double. */
  public double getDouble(int flat) {
    int p = storageIndex(flat);
    return f64 != null ? f64[p] : i64 != null ? (double) i64[p] : (b8[p] ? 1.0 : 0.0);
  }

  /** The element at C-order position {@code flat}, as a long (floats truncate toward zero). */
  public long getLong(int flat) {
    int p = storageIndex(flat);
    return i64 != null ? i64[p] : f64 != null ? (long) f64[p] : (b8[p] ? 1L : 0L);
  }

  /** The element at C-order position {@code flat}, as a boolean (non-zero is true). */
  public boolean getBoolean(int flat) {
    int p = storageIndex(flat);
    return b8 != null ? b8[p] : f64 != null ? f64[p] != 0 : i64[p] != 0;
  }

  /** The element at C-order position {@code flat} as a Java scalar of this tensor's dtype. */
  public Object get(int flat) {
    int p = storageIndex(flat);
    return f64 != null ? (Object) f64[p] : i64 != null ? (Object) i64[p] : (Object) b8[p];
  }

  /** The single element of a one-element tensor as a Java Double, Long or Boolean. */
  public Object item() {
    if (size != 1) {
      throw new IllegalArgumentException("can only convert an array of size 1 to a Python scalar");
    }
    return get(0);
  }

  /** The elements in C order, converted to double. */
  public double[] toDoubleArray() {
    if (f64 != null && isContiguous()) {
      return Arrays.copyOfRange(f64, offset, offset + size);
    }
    return astype(DType.FLOAT64).f64;
  }

  /** The elements in C order, converted to long. */
  public long[] toLongArray() {
    if (i64 != null && isContiguous()) {
      return Arrays.copyOfRange(i64, offset, offset + size);
    }
    return astype(DType.INT64).i64;
  }

  /** The elements in C order, converted to boolean. */
  public boolean[] toBooleanArray() {
    if (b8 != null && isContiguous()) {
      return Arrays.copyOfRange(b8, offset, offset + size);
    }
    return astype(DType.BOOL).b8;
  }

  // ---- copies and conversion ----------------------------------------------------------------

  /** A contiguous copy in C order. */
  public Tensor copy() {
    return castCopy(dtype);
  }

  /** This tensor if it is contiguous from offset 0 of its own storage, else a contiguous copy. */
  public Tensor contiguous() {
    return isContiguous() ? this : copy();
  }

  /** numpy's {@code astype}: a contiguous copy converted to {@code target} (float → int truncates). */
  public Tensor astype(DType target) {
    return castCopy(target);
  }

  private Tensor castCopy(DType target) {
    return Casts.copy(this, target);
  }

  // ---- reductions ---------------------------------------------------------------------------

  /** The sum of all elements as a Java scalar (Long for int/bool, Double for float). */
  public Object sum() {
    return Reductions.sum(this);
  }

  /** The sum over {@code axes}; an empty {@code axes} means every axis. */
  public Tensor sum(boolean keepdims, int... axes) {
    return Reductions.sum(this, axes.length == 0 ? null : axes, keepdims);
  }

  public double mean() {
    return (Double) Reductions.mean(this);
  }

  public Tensor mean(boolean keepdims, int... axes) {
    return Reductions.mean(this, axes.length == 0 ? null : axes, keepdims);
  }

  public Object max() {
    return Reductions.max(this);
  }

  public Tensor max(boolean keepdims, int... axes) {
    return Reductions.max(this, axes.length == 0 ? null : axes, keepdims);
  }

  public Object min() {
    return Reductions.min(this);
  }

  public Tensor min(boolean keepdims, int... axes) {
    return Reductions.min(this, axes.length == 0 ? null : axes, keepdims);
  }

  public long argmax() {
    return Reductions.argmax(this);
  }

  public Tensor argmax(int axis, boolean keepdims) {
    return Reductions.argmax(this, axis, keepdims);
  }

  public long argmin() {
    return Reductions.argmin(this);
  }

  public Tensor argmin(int axis, boolean keepdims) {
    return Reductions.argmin(this, axis, keepdims);
  }

  // ---- linear algebra and shape -------------------------------------------------------------

  /** numpy's {@code matmul}; 1-D @ 1-D gives a 0-d tensor (see {@link Linalg#matmul}). */
  public Tensor matmul(Tensor other) {
    return Linalg.matmul(this, other);
  }

  /** The transpose (axes reversed), a view. */
  public Tensor T() {
    return Views.reversed(this);
  }

  /** numpy's {@code transpose(a, axes)}: a view with permuted axes; no axes reverses them. */
  public Tensor transpose(int... axes) {
    return axes.length == 0 ? T() : Views.permuted(this, axes);
  }

  /** numpy's {@code reshape}: one dimension may be -1; a view when the data is contiguous. */
  public Tensor reshape(int... newShape) {
    return Views.reshaped(this, newShape);
  }

  /** A 1-D view (or copy when not contiguous) of all elements. */
  public Tensor ravel() {
    return reshape(size);
  }

  /** The shape as Python prints it: {@code (3, 4)}. */
  public String shapeString() {
    return Shape.toString(shape);
  }

  @Override
  public String toString() {
    return ddl.stdlib.format.ArrayFormat.str(this);
  }
}
