package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.DType;
import ddl.stdlib.Lang;
import ddl.stdlib.Opt;
import ddl.stdlib.Rest;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import ddl.stdlib.create.Matrices;
import ddl.stdlib.create.Spacing;

/** numpy's array constructors beyond zeros, ones, full, arange, linspace and eye. */
public final class MoreCreateBuiltins {
  private MoreCreateBuiltins() {}

  @Builtin(doc = "zeros of a's shape and dtype (or the dtype and shape given)",
      example = "zeros_like([[1, 2], [3, 4]])")
  public static Tensor zeros_like(Object a, @Opt("None") Object dtype, @Opt("None") Object shape) {
    return Creation.full(likeShape(a, shape), 0L, likeDtype(a, dtype));
  }

  @Builtin(doc = "ones of a's shape and dtype (or the dtype and shape given)",
      example = "ones_like([1.5, 2.5])  # => [1. 1.]")
  public static Tensor ones_like(Object a, @Opt("None") Object dtype, @Opt("None") Object shape) {
    return Creation.full(likeShape(a, shape), 1L, likeDtype(a, dtype));
  }

  @Builtin(doc = "fill_value in a's shape and dtype (an int a truncates a float fill value)",
      example = "full_like([1, 2, 3], 7)  # => [7 7 7]")
  public static Tensor full_like(Object a, Object fill_value, @Opt("None") Object dtype,
      @Opt("None") Object shape) {
    return Creation.full(likeShape(a, shape), Args.number(fill_value, "fill_value"), likeDtype(a, dtype));
  }

  @Builtin(doc = "a new array of the given shape; numpy leaves it uninitialised, ddl gives zeros",
      example = "empty(2, 3).shape  # => (2, 3)")
  public static Tensor empty(@Rest Object[] shape, @Opt("\"float64\"") Object dtype) {
    return Creation.zeros(Args.dtype(dtype), Args.shape(shape, "shape"));
  }

  @Builtin(doc = "a new array of a's shape and dtype; numpy leaves it uninitialised, ddl gives zeros",
      example = "empty_like([1, 2]).dtype  # => int64")
  public static Tensor empty_like(Object a, @Opt("None") Object dtype, @Opt("None") Object shape) {
    return zeros_like(a, dtype, shape);
  }

  @Builtin(doc = "the n×n identity matrix", example = "identity(2, dtype=int)")
  public static Tensor identity(Object n, @Opt("None") Object dtype) {
    int k = Args.toInt(n, "n");
    Tensor t = Creation.eye(k, k, 0);
    DType dt = Args.dtype(dtype);
    return dt == null || dt == t.dtype() ? t : t.astype(dt);
  }

  @Builtin(doc = "a 1-D v as diagonal k of a square matrix; of a 2-D v, its diagonal k",
      example = "diag([[1, 2], [3, 4]])  # => [1 4]")
  public static Tensor diag(Object v, @Opt("0") Object k) {
    return Matrices.diag(Args.tensor(v, "v"), Args.toInt(k, "k"));
  }

  @Builtin(doc = "the flattened input as diagonal k of a square matrix",
      example = "diagflat([1, 2], 1)")
  public static Tensor diagflat(Object v, @Opt("0") Object k) {
    return Matrices.diagflat(Args.tensor(v, "v"), Args.toInt(k, "k"));
  }

  @Builtin(doc = "an N×M matrix of ones at and below diagonal k, zeros above",
      example = "tri(3, dtype=int)")
  public static Tensor tri(Object N, @Opt("None") Object M, @Opt("0") Object k,
      @Opt("\"float64\"") Object dtype) {
    int n = Args.toInt(N, "N");
    return Matrices.tri(n, M == null ? n : Args.toInt(M, "M"), Args.toInt(k, "k"), Args.dtype(dtype));
  }

  @Builtin(doc = "a copy with the elements above diagonal k zeroed (last two axes)",
      example = "tril([[1, 2], [3, 4]])")
  public static Tensor tril(Object m, @Opt("0") Object k) {
    return Matrices.triangle(Args.tensor(m, "m"), Args.toInt(k, "k"), true);
  }

  @Builtin(doc = "a copy with the elements below diagonal k zeroed (last two axes)",
      example = "triu([[1, 2], [3, 4]])")
  public static Tensor triu(Object m, @Opt("0") Object k) {
    return Matrices.triangle(Args.tensor(m, "m"), Args.toInt(k, "k"), false);
  }

  @Builtin(doc = "num values base**y for y evenly spaced from start to stop",
      example = "logspace(0, 3, 4)  # => [   1.   10.  100. 1000.]")
  public static Tensor logspace(Object start, Object stop, @Opt("50") Object num,
      @Opt("true") Object endpoint, @Opt("10.0") Object base, @Opt("None") Object dtype) {
    Tensor t = Spacing.logspace(Args.toDouble(start, "start"), Args.toDouble(stop, "stop"),
        Args.toInt(num, "num"), Args.toBool(endpoint, "endpoint"), Args.toDouble(base, "base"));
    return cast(t, dtype);
  }

  @Builtin(doc = "num values from start to stop in a geometric progression (equal ratios)",
      example = "geomspace(1, 1000, 4)  # => [   1.   10.  100. 1000.]")
  public static Tensor geomspace(Object start, Object stop, @Opt("50") Object num,
      @Opt("true") Object endpoint, @Opt("None") Object dtype) {
    Tensor t = Spacing.geomspace(Args.toDouble(start, "start"), Args.toDouble(stop, "stop"),
        Args.toInt(num, "num"), Args.toBool(endpoint, "endpoint"));
    return cast(t, dtype);
  }

  @Builtin(doc = "function called once with one array of indices per axis of shape (float64"
      + " indices unless dtype is given); its result",
      example = "def f(i, j) = 10 * i + j\nfromfunction(f, (2, 3), dtype=int)")
  public static Object fromfunction(Object function, Object shape, @Opt("\"float64\"") Object dtype) {
    int[] s = Args.ints(shape, "shape");
    DType dt = Args.dtype(dtype);
    Object[] idx = new Object[s.length];
    int n = ddl.stdlib.Shape.size(s);
    int[] strides = ddl.stdlib.Shape.cStrides(s);
    for (int ax = 0; ax < s.length; ax++) {
      long[] d = new long[n];
      for (int i = 0; i < n; i++) {
        d[i] = (i / strides[ax]) % s[ax];
      }
      Tensor t = Tensor.wrap(d, s);
      idx[ax] = dt == DType.INT64 ? t : t.astype(dt);
    }
    return Lang.call(function, idx);
  }

  private static int[] likeShape(Object a, Object shape) {
    return shape == null ? Args.tensor(a, "a").shape() : Args.ints(shape, "shape");
  }

  private static DType likeDtype(Object a, Object dtype) {
    DType dt = Args.dtype(dtype);
    return dt != null ? dt : Args.tensor(a, "a").dtype();
  }

  private static Tensor cast(Tensor t, Object dtype) {
    DType dt = Args.dtype(dtype);
    return dt == null || dt == t.dtype() ? t : t.astype(dt);
  }
}
