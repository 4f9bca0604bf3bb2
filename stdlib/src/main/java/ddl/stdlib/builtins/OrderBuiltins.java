package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.DType;
import ddl.stdlib.Opt;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.order.Counting;
import ddl.stdlib.order.Histogram;
import ddl.stdlib.order.Lanes;
import ddl.stdlib.order.Sorting;
import java.util.List;

/** numpy's sorting, searching and counting: sort, argsort, unique, nonzero, searchsorted, histogram, ... */
public final class OrderBuiltins {
  private OrderBuiltins() {}

  @Builtin(doc = "a sorted copy along an axis (None flattens); nan last, as numpy",
      example = "sort([3, 1, nan, 2])  # => [ 1.  2.  3. nan]")
  public static Tensor sort(Object a, @Opt("-1") Object axis, @Opt("None") Object kind) {
    checkKind(kind);
    Tensor t = Args.tensor(a, "a");
    Lanes l = axis == null ? Lanes.flat(t) : Lanes.of(t, Args.axis(axis));
    int n = l.n;
    switch (t.dtype()) {
      case FLOAT64: {
        double[] x = l.doubles();
        for (int c = 0; c < l.count; c++) {
          Sorting.sort(x, c * n, n);
        }
        return l.back(x, n);
      }
      case INT64: {
        long[] x = l.longs();
        for (int c = 0; c < l.count; c++) {
          Sorting.sort(x, c * n, n);
        }
        return l.back(x, n);
      }
      default: {
        boolean[] x = l.bools();
        for (int c = 0; c < l.count; c++) {
          int trues = 0;
          for (int i = c * n; i < c * n + n; i++) {
            trues += x[i] ? 1 : 0;
          }
          for (int i = c * n; i < c * n + n; i++) {
            x[i] = i >= c * n + n - trues;
          }
        }
        return l.back(x, n);
      }
    }
  }

  @Builtin(doc = "the indices that sort an array along an axis (stable: ties keep their order)",
      example = "argsort([3, 1, 2])  # => [1 2 0]")
  public static Tensor argsort(Object a, @Opt("-1") Object axis, @Opt("None") Object kind) {
    checkKind(kind);
    Tensor t = Args.tensor(a, "a");
    if (t.ndim() == 0) {
      return Tensor.of(0L); // numpy sorts a 0-d array as its one element
    }
    Lanes l = axis == null ? Lanes.flat(t) : Lanes.of(t, Args.axis(axis));
    int n = l.n;
    long[] out = new long[l.count * n];
    if (t.dtype() == DType.FLOAT64) {
      double[] x = l.doubles();
      for (int c = 0; c < l.count; c++) {
        Sorting.argsort(x, c * n, n, out, c * n);
      }
    } else {
      long[] x = l.longs();
      for (int c = 0; c < l.count; c++) {
        Sorting.argsort(x, c * n, n, out, c * n);
      }
    }
    return l.back(out, n);
  }

  private static void checkKind(Object kind) {
    if (kind == null) {
      return;
    }
    String k = String.valueOf(kind);
    if (!List.of("quick", "quicksort", "heap", "heapsort", "stable", "mergesort").contains(k)) {
      throw new IllegalArgumentException(
          "sort kind must be one of 'quick', 'heap', or 'stable' (got '" + k + "')");
    }
  }

  @Builtin(doc = "the sorted distinct elements; with return_index, return_inverse, return_counts a tuple",
      example = "unique([3, 1, 3, 2], return_counts=true)  # => (array([1, 2, 3]), array([1, 1, 2]))")
  public static Object unique(Object ar, @Opt("false") Object return_index,
      @Opt("false") Object return_inverse, @Opt("false") Object return_counts) {
    boolean i = Args.toBool(return_index, "return_index");
    boolean v = Args.toBool(return_inverse, "return_inverse");
    boolean c = Args.toBool(return_counts, "return_counts");
    List<Tensor> r = Counting.unique(Args.tensor(ar, "ar"), i, v, c);
    return r.size() == 1 ? r.get(0) : Tuple.copyOf(r);
  }

  @Builtin(doc = "the indices of the non-zero elements, one array per axis",
      example = "nonzero([[1, 0], [0, 2]])  # => (array([0, 1]), array([0, 1]))")
  public static Tuple nonzero(Object a) {
    return Tuple.copyOf(Counting.nonzero(Args.tensor(a, "a")));
  }

  @Builtin(doc = "the indices of the non-zero elements, one row per element",
      example = "argwhere([[1, 0], [0, 2]]).shape  # => (2, 2)")
  public static Tensor argwhere(Object a) {
    return Counting.argwhere(Args.tensor(a, "a"));
  }

  @Builtin(doc = "where v would go in the sorted array a to keep it sorted (side=\"left\" or \"right\")",
      example = "searchsorted([1, 2, 3], [2, 5], side=\"right\")  # => [2 3]")
  public static Object searchsorted(Object a, Object v, @Opt("\"left\"") Object side,
      @Opt("None") Object sorter) {
    String s = String.valueOf(side);
    if (!s.equals("left") && !s.equals("right")) {
      throw new IllegalArgumentException("search side must be 'left' or 'right' (got '" + s + "')");
    }
    Tensor r = Counting.searchsorted(Args.tensor(a, "a"), Args.tensor(v, "v"), s.equals("right"),
        sorter == null ? null : Args.tensor(sorter, "sorter"));
    return r.ndim() > 0 ? r : r.item();
  }

  @Builtin(doc = "the counts of values in equal bins over range (default the data's), and the bin edges",
      example = "counts, edges = histogram([1, 2, 2, 3], bins=2)  # counts [1 3], edges [1. 2. 3.]")
  public static Tuple histogram(Object a, @Opt("10") Object bins, @Opt("None") Object range,
      @Opt("None") Object density, @Opt("None") Object weights) {
    Object b = bins instanceof Long || bins instanceof Integer ? (Object) Args.toLong(bins, "bins")
        : Args.tensor(bins, "bins");
    double[] r = null;
    if (range != null) {
      List<?> l = (List<?>) range;
      r = new double[] {Args.toDouble(l.get(0), "range"), Args.toDouble(l.get(1), "range")};
    }
    Tensor[] h = Histogram.histogram(Args.tensor(a, "a"), b, r,
        density != null && Args.toBool(density, "density"),
        weights == null ? null : Args.tensor(weights, "weights"));
    return Tuple.of(h[0], h[1]);
  }

  @Builtin(doc = "how often each non-negative integer occurs (weights= sums weights instead)",
      example = "bincount([0, 1, 1, 3])  # => [1 2 0 1]")
  public static Tensor bincount(Object x, @Opt("None") Object weights, @Opt("0") Object minlength) {
    return Counting.bincount(Args.tensor(x, "x"),
        weights == null ? null : Args.tensor(weights, "weights"), Args.toInt(minlength, "minlength"));
  }

  /** numpy gives a scalar for a result of no dimensions (unless keepdims). */
  static Object scalarIf(Tensor r, boolean keepdims) {
    return r.ndim() == 0 && !keepdims ? r.item() : r;
  }
}
