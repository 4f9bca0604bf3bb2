package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.DType;
import ddl.stdlib.Lang;
import ddl.stdlib.Opt;
import ddl.stdlib.Rest;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.shape.Copies;
import ddl.stdlib.shape.Splits;
import ddl.stdlib.shape.Taking;
import ddl.stdlib.shape.Views;
import java.util.ArrayList;
import java.util.List;

/**
 * numpy's shape functions. Those numpy answers with a view answer with one here too (squeeze,
 * expand_dims, swapaxes, moveaxis, flip, broadcast_to, split's parts); split and array_split give a
 * tuple of arrays where numpy gives a list (it indexes and unpacks alike).
 */
public final class ShapeBuiltins {
  private ShapeBuiltins() {}

  @Builtin(doc = "a view without the axes of length one (or only the given ones)",
      example = "squeeze(zeros(1, 3, 1)).shape  # => (3,)")
  public static Tensor squeeze(Object a, @Opt("None") Object axis) {
    Tensor t = Args.tensor(a, "a");
    if (t.ndim() == 0 && (axis instanceof Long || axis instanceof Integer)
        && (((Number) axis).longValue() == 0 || ((Number) axis).longValue() == -1)) {
      // numpy lets a single axis 0 or -1 squeeze a 0-d array (to itself); a tuple it refuses
      return Views.squeeze(t, Args.axes(null));
    }
    return Views.squeeze(t, Args.axes(axis));
  }

  @Builtin(doc = "a view with axes of length one inserted at the given positions",
      example = "expand_dims([1, 2], 0).shape  # => (1, 2)")
  public static Tensor expand_dims(Object a, Object axis) {
    return Views.expandDims(Args.tensor(a, "a"), Args.axes(axis));
  }

  @Builtin(doc = "a view with two axes interchanged",
      example = "swapaxes(zeros(2, 3, 4), 0, 2).shape  # => (4, 3, 2)")
  public static Tensor swapaxes(Object a, Object axis1, Object axis2) {
    return Views.swapaxes(Args.tensor(a, "a"), Args.axis(axis1), Args.axis(axis2));
  }

  @Builtin(doc = "a view with axes moved to new positions, the others in their order",
      example = "moveaxis(zeros(2, 3, 4), 0, -1).shape  # => (3, 4, 2)")
  public static Tensor moveaxis(Object a, Object source, Object destination) {
    return Views.moveaxis(Args.tensor(a, "a"), Args.axes(source), Args.axes(destination));
  }

  @Builtin(doc = "a view with the order of elements reversed along the axes (all when None)",
      example = "flip([1, 2, 3])  # => [3 2 1]")
  public static Tensor flip(Object m, @Opt("None") Object axis) {
    return Views.flip(Args.tensor(m, "m"), Args.axes(axis));
  }

  @Builtin(doc = "a view with the columns in reverse order (axis 1)",
      example = "fliplr([[1, 2], [3, 4]])[0]  # => [2 1]")
  public static Tensor fliplr(Object m) {
    Tensor t = Args.tensor(m, "m");
    if (t.ndim() < 2) {
      throw new IllegalArgumentException("Input must be >= 2-d.");
    }
    return Views.flip(t, new int[] {1});
  }

  @Builtin(doc = "a view with the rows in reverse order (axis 0)",
      example = "flipud([1, 2, 3])  # => [3 2 1]")
  public static Tensor flipud(Object m) {
    Tensor t = Args.tensor(m, "m");
    if (t.ndim() < 1) {
      throw new IllegalArgumentException("Input must be >= 1-d.");
    }
    return Views.flip(t, new int[] {0});
  }

  @Builtin(doc = "the elements shifted cyclically along an axis (None: the flat array)",
      example = "roll([1, 2, 3, 4], 1)  # => [4 1 2 3]")
  public static Tensor roll(Object a, Object shift, @Opt("None") Object axis) {
    return Copies.roll(Args.tensor(a, "a"), Args.ints(shift, "shift"), Args.axes(axis));
  }

  @Builtin(doc = "the array repeated reps times (a number or one per axis)",
      example = "tile([1, 2], 3)  # => [1 2 1 2 1 2]")
  public static Tensor tile(Object A, Object reps) {
    return Copies.tile(Args.tensor(A, "A"), Args.ints(reps, "reps"));
  }

  @Builtin(doc = "each element repeated (repeats: a number or one per element; None flattens)",
      example = "repeat([1, 2], 2)  # => [1 1 2 2]")
  public static Tensor repeat(Object a, Object repeats, @Opt("None") Object axis) {
    Tensor r = Args.tensor(repeats, "repeats");
    if (r.dtype() == DType.FLOAT64) {
      throw new IllegalArgumentException(
          "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
    }
    return Copies.repeat(Args.tensor(a, "a"), r.toLongArray(), axis == null ? null : Args.axis(axis));
  }

  @Builtin(doc = "the array padded: mode=\"constant\" (constant_values), \"edge\" or \"reflect\"",
      example = "pad([1, 2, 3], (2, 1), mode=\"reflect\")  # => [3 2 1 2 3 2]")
  public static Tensor pad(Object array, Object pad_width, @Opt("\"constant\"") Object mode,
      @Opt("0") Object constant_values) {
    Tensor t = Args.tensor(array, "array");
    return Copies.pad(t, widths(pad_width, t.ndim()), String.valueOf(mode),
        Args.number(constant_values, "constant_values"));
  }

  /** numpy's pad_width broadcast to (ndim, 2): n, (n,), (before, after) or one pair per axis. */
  private static int[][] widths(Object w, int nd) {
    Tensor t = Args.tensor(w, "pad_width");
    if (t.dtype() == DType.FLOAT64) {
      throw new IllegalArgumentException("`pad_width` must be of integral type.");
    }
    long[] v = t.toLongArray();
    int[][] r = new int[nd][2];
    int[] s = t.shape();
    for (int d = 0; d < nd; d++) {
      for (int k = 0; k < 2; k++) {
        long x;
        if (v.length == 1) {
          x = v[0];
        } else if (s.length == 1 && s[0] == 2) {
          x = v[k];
        } else if (s.length == 2 && s[0] == 1 && s[1] == 2) {
          x = v[k];
        } else if (s.length == 2 && s[0] == nd && s[1] == 2) {
          x = v[2 * d + k];
        } else if (s.length == 2 && s[0] == nd && s[1] == 1) {
          x = v[d];
        } else {
          throw new IllegalArgumentException("operands could not be broadcast together with "
              + "remapped shapes [original->remapped]: " + ddl.stdlib.Shape.compact(s)
              + "  and requested shape (" + nd + ",2)");
        }
        r[d][k] = (int) x;
      }
    }
    return r;
  }

  @Builtin(doc = "equal parts along an axis (views), or parts between the given indices; a tuple",
      example = "a, b = split(arange(6), 2)  # a [0 1 2], b [3 4 5]")
  public static Tuple split(Object ary, Object indices_or_sections, @Opt("0") Object axis) {
    return splitting(ary, indices_or_sections, axis, true);
  }

  @Builtin(doc = "like split, but the parts may differ in length by one",
      example = "len(array_split(arange(5), 3))  # => 3")
  public static Tuple array_split(Object ary, Object indices_or_sections, @Opt("0") Object axis) {
    return splitting(ary, indices_or_sections, axis, false);
  }

  private static Tuple splitting(Object ary, Object ios, Object axis, boolean equal) {
    Tensor t = Args.tensor(ary, "ary");
    int ax = Args.axis(axis);
    if (ios instanceof Long || ios instanceof Integer) {
      return Tuple.copyOf(Splits.split(t, Args.toInt(ios, "indices_or_sections"), ax, equal));
    }
    return Tuple.copyOf(Splits.splitAt(t, Args.ints(ios, "indices_or_sections"), ax));
  }

  @Builtin(doc = "arrays joined horizontally (1-D end to end, others along axis 1)",
      example = "hstack(([1, 2], [3]))  # => [1 2 3]")
  public static Tensor hstack(Object tup) {
    return Splits.hstack(tensors(tup));
  }

  @Builtin(doc = "arrays stacked vertically (1-D arrays become rows)",
      example = "vstack(([1, 2], [3, 4])).shape  # => (2, 2)")
  public static Tensor vstack(Object tup) {
    return Splits.vstack(tensors(tup));
  }

  @Builtin(doc = "arrays stacked along the third axis",
      example = "dstack(([1, 2], [3, 4])).shape  # => (1, 2, 2)")
  public static Tensor dstack(Object tup) {
    return Splits.dstack(tensors(tup));
  }

  @Builtin(doc = "1-D arrays as the columns of a 2-D array",
      example = "column_stack(([1, 2], [3, 4]))[0]  # => [1 3]")
  public static Tensor column_stack(Object tup) {
    return Splits.columnStack(tensors(tup));
  }

  @Builtin(doc = "the arrays with at least one dimension (a tuple for several)",
      example = "atleast_1d(5)  # => [5]")
  public static Object atleast_1d(@Rest Object[] arys) {
    List<Object> l = new ArrayList<>();
    for (Object a : arys) {
      l.add(Splits.atleast1d(Args.tensor(a, "arys")));
    }
    return l.size() == 1 ? l.get(0) : Tuple.copyOf(l);
  }

  @Builtin(doc = "the arrays with at least two dimensions (a tuple for several)",
      example = "atleast_2d([1, 2]).shape  # => (1, 2)")
  public static Object atleast_2d(@Rest Object[] arys) {
    List<Object> l = new ArrayList<>();
    for (Object a : arys) {
      l.add(Splits.atleast2d(Args.tensor(a, "arys")));
    }
    return l.size() == 1 ? l.get(0) : Tuple.copyOf(l);
  }

  @Builtin(doc = "a view of the array broadcast to a shape",
      example = "broadcast_to([1, 2], (3, 2)).shape  # => (3, 2)")
  public static Tensor broadcast_to(Object array, Object shape) {
    return Views.broadcastTo(Args.tensor(array, "array"), Args.ints(shape, "shape"));
  }

  @Builtin(doc = "elements at the given indices along an axis (None: of the flat array)",
      example = "take([10, 20, 30], [2, 0])  # => [30 10]")
  public static Object take(Object a, Object indices, @Opt("None") Object axis) {
    Tensor r = Taking.take(Args.tensor(a, "a"), Args.tensor(indices, "indices"),
        axis == null ? null : Args.axis(axis));
    return r.ndim() > 0 ? r : r.item();
  }

  @Builtin(doc = "elements picked along an axis by an index array of the same dimensions",
      example = "take_along_axis([[10, 30, 20]], argsort([[10, 30, 20]]), axis=1)  # => [[10 20 30]]")
  public static Tensor take_along_axis(Object arr, Object indices, @Opt("-1") Object axis) {
    return Taking.takeAlongAxis(Args.tensor(arr, "arr"), Args.tensor(indices, "indices"),
        axis == null ? null : Args.axis(axis));
  }

  @Builtin(doc = "sets a.flat[ind] = v in place (v repeated as needed)",
      example = "a = zeros(4); put(a, [0, 2], [5, 6]); a  # => [5. 0. 6. 0.]")
  public static Object put(Object a, Object ind, Object v) {
    if (!(a instanceof Tensor)) {
      throw new IllegalArgumentException("put: a must be an array, found " + Args.describe(a));
    }
    Taking.put((Tensor) a, Args.tensor(ind, "ind"), Args.tensor(v, "v"));
    return null;
  }

  private static List<Tensor> tensors(Object arrays) {
    List<Tensor> l = new ArrayList<>();
    if (arrays instanceof List) {
      for (Object o : (List<?>) arrays) {
        l.add(Args.tensor(o, "tup"));
      }
      return l;
    }
    if (arrays instanceof Tensor && ((Tensor) arrays).ndim() > 0) {
      for (Object row : Lang.iter(arrays)) {
        l.add(Args.tensor(row, "tup"));
      }
      return l;
    }
    throw new IllegalArgumentException("tup: expected a tuple of arrays, found " + Args.describe(arrays));
  }
}
