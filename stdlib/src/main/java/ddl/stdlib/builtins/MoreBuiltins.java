package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Opt;
import ddl.stdlib.Overloaded;
import ddl.stdlib.Rest;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.create.Joining;
import ddl.stdlib.math.Functions;
import ddl.stdlib.math.Logic;
import ddl.stdlib.math.Statistics;
import java.util.ArrayList;
import java.util.List;

/** The numpy functions students reach for after arithmetic, with numpy's names and keywords. */
public final class MoreBuiltins {
  private MoreBuiltins() {}

  @Builtin(doc = "the elementwise larger of two arrays (nan wins)",
      example = "maximum([1, 5], [3, 2])  # => [3 5]")
  public static Object maximum(Object x1, Object x2) {
    Overloaded o = Overloaded.find(x1, x2);
    if (o != null) {
      return o.apply("maximum", new Object[] {x1, x2});
    }
    return scalarIfBoth(Functions.maximum(x1, x2), x1, x2);
  }

  @Builtin(doc = "the elementwise smaller of two arrays (nan wins)",
      example = "minimum([1, 5], [3, 2])  # => [1 2]")
  public static Object minimum(Object x1, Object x2) {
    Overloaded o = Overloaded.find(x1, x2);
    if (o != null) {
      return o.apply("minimum", new Object[] {x1, x2});
    }
    return scalarIfBoth(Functions.minimum(x1, x2), x1, x2);
  }

  @Builtin(doc = "x where condition is true, else y (all three broadcast)",
      example = "where([1, -2, 3] > 0, 1, 0)  # => [1 0 1]")
  public static Object where(Object condition, Object x, Object y) {
    Overloaded o = Overloaded.find(condition, x, y);
    if (o != null) {
      return o.apply("where", new Object[] {condition, x, y});
    }
    return Functions.where(condition, x, y);
  }

  @Builtin(doc = "values limited to [a_min, a_max]; either may be None, and min=/max= are"
      + " numpy 2's keyword spellings of them (also for A.clip(max=1))",
      example = "clip([-2, 0, 5], 0, 3)  # => [0 0 3]")
  public static Object clip(Object a, @Opt("None") Object a_min, @Opt("None") Object a_max,
      @Opt("None") Object min, @Opt("None") Object max) {
    if (min != null || max != null) {
      if (a_min != null || a_max != null) {
        throw new IllegalArgumentException("Passing `min` or `max` keyword argument when `a_min`"
            + " and `a_max` are provided is forbidden.");
      }
      a_min = min;
      a_max = max;
    }
    Overloaded o = Overloaded.find(a, a_min, a_max);
    if (o != null) {
      return o.apply("clip", new Object[] {a, a_min, a_max});
    }
    Tensor r = Functions.clip(a instanceof Tensor ? a : Args.tensor(a, "a"), a_min, a_max);
    boolean scalars = !(a instanceof Tensor || a_min instanceof Tensor || a_max instanceof Tensor);
    return scalars && r.ndim() == 0 ? r.item() : r;
  }

  @Builtin(doc = "whether any element is true, over all axes or along an axis",
      example = "any([0, 0, 1])  # => true")
  public static Object any(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    Tensor t = Args.tensor(a, "a");
    if (axis == null && !Args.toBool(keepdims, "keepdims")) {
      return Logic.any(t);
    }
    return Logic.any(t, Args.axes(axis), Args.toBool(keepdims, "keepdims"));
  }

  @Builtin(doc = "whether every element is true, over all axes or along an axis",
      example = "all([1, 2] > 0)  # => true")
  public static Object all(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    Tensor t = Args.tensor(a, "a");
    if (axis == null && !Args.toBool(keepdims, "keepdims")) {
      return Logic.all(t);
    }
    return Logic.all(t, Args.axes(axis), Args.toBool(keepdims, "keepdims"));
  }

  @Builtin(doc = "the standard deviation (divided by N - ddof)",
      example = "std([1, 2, 3, 4])  # => 1.118033988749895")
  public static Object std(Object a, @Opt("None") Object axis, @Opt("0") Object ddof,
      @Opt("false") Object keepdims) {
    Tensor t = Args.tensor(a, "a");
    int d = Args.toInt(ddof, "ddof");
    if (axis == null && !Args.toBool(keepdims, "keepdims")) {
      return Statistics.std(t, d);
    }
    return Statistics.std(t, Args.axes(axis), Args.toBool(keepdims, "keepdims"), d);
  }

  @Builtin(doc = "the variance (mean squared deviation, divided by N - ddof)",
      example = "var([1, 2, 3, 4])  # => 1.25")
  public static Object var(Object a, @Opt("None") Object axis, @Opt("0") Object ddof,
      @Opt("false") Object keepdims) {
    Tensor t = Args.tensor(a, "a");
    int d = Args.toInt(ddof, "ddof");
    if (axis == null && !Args.toBool(keepdims, "keepdims")) {
      return Statistics.var(t, d);
    }
    return Statistics.var(t, Args.axes(axis), Args.toBool(keepdims, "keepdims"), d);
  }

  @Builtin(doc = "whether two arrays are equal within |a - b| <= atol + rtol * |b|",
      example = "allclose([1.0, 2.0], [1.0, 2.0 + 1e-10])  # => true")
  public static boolean allclose(Object a, Object b, @Opt("1e-05") Object rtol,
      @Opt("1e-08") Object atol, @Opt("false") Object equal_nan) {
    return Logic.allclose(plain(a), plain(b), Args.toDouble(rtol, "rtol"),
        Args.toDouble(atol, "atol"), Args.toBool(equal_nan, "equal_nan"));
  }

  @Builtin(doc = "elementwise: whether a and b are equal within tolerance",
      example = "isclose([1.0, 2.0], [1.0, 2.1])  # => [ True False]")
  public static Tensor isclose(Object a, Object b, @Opt("1e-05") Object rtol,
      @Opt("1e-08") Object atol, @Opt("false") Object equal_nan) {
    return Logic.isclose(plain(a), plain(b), Args.toDouble(rtol, "rtol"),
        Args.toDouble(atol, "atol"), Args.toBool(equal_nan, "equal_nan"));
  }

  @Builtin(doc = "arrays joined along an existing axis",
      example = "concatenate(([1, 2], [3]))  # => [1 2 3]")
  public static Tensor concatenate(Object arrays, @Opt("0") Object axis) {
    return Joining.concatenate(tensors(arrays, "arrays"), Args.axis(axis));
  }

  @Builtin(doc = "arrays of one shape stacked along a new axis",
      example = "stack(([1, 2], [3, 4]), axis=1)")
  public static Tensor stack(Object arrays, @Opt("0") Object axis) {
    return Joining.stack(tensors(arrays, "arrays"), Args.axis(axis));
  }

  @Builtin(doc = "coordinate grids from 1-D arrays (indexing=\"xy\" or \"ij\")",
      example = "X, Y = meshgrid([1, 2, 3], [4, 5])")
  public static Tuple meshgrid(@Rest Object[] xi, @Opt("\"xy\"") Object indexing) {
    List<Tensor> in = new ArrayList<>();
    for (Object x : xi) {
      in.add(Args.tensor(x, "xi"));
    }
    return Tuple.copyOf(Joining.meshgrid(in, String.valueOf(indexing)));
  }

  private static List<Tensor> tensors(Object arrays, String param) {
    List<Tensor> l = new ArrayList<>();
    if (arrays instanceof List) {
      for (Object o : (List<?>) arrays) {
        l.add(Args.tensor(o, param));
      }
      return l;
    }
    if (arrays instanceof Tensor && ((Tensor) arrays).ndim() > 0) {
      for (Object row : ddl.stdlib.Lang.iter(arrays)) {
        l.add(Args.tensor(row, param));
      }
      return l;
    }
    throw new IllegalArgumentException(param + ": expected a tuple of arrays, found " + Args.describe(arrays));
  }

  private static Object plain(Object v) {
    return v instanceof Tensor || v instanceof Number || v instanceof Boolean ? v : Args.tensor(v, "a");
  }

  /** numpy returns a scalar for scalar inputs: maximum(2, 3.0) is 3.0. */
  private static Object scalarIfBoth(Tensor r, Object a, Object b) {
    return !(a instanceof Tensor) && !(b instanceof Tensor) && r.ndim() == 0 ? r.item() : r;
  }
}
