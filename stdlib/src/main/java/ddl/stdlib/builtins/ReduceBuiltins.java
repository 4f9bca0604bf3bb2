package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Opt;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.order.Accumulate;
import ddl.stdlib.order.MoreReductions;
import ddl.stdlib.order.Quantiles;
import ddl.stdlib.DType;

/**
 * numpy's statistics and reductions beyond sum and mean (prod, ptp, average, median, percentile,
 * quantile, count_nonzero, the nan-ignoring ones) and the running ones (cumsum, cumprod, diff). Over every axis they return a scalar, as
 * numpy does; over some axes, a tensor.
 */
public final class ReduceBuiltins {
  private ReduceBuiltins() {}

  @Builtin(doc = "the product of the elements (int64 for int and bool, as numpy)",
      example = "prod([[1, 2], [3, 4]], axis=1)  # => [ 2 12]")
  public static Object prod(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    boolean keep = Args.toBool(keepdims, "keepdims");
    return OrderBuiltins.scalarIf(MoreReductions.prod(Args.tensor(a, "a"), Args.axes(axis), keep), keep);
  }

  @Builtin(doc = "the running sum along an axis (None flattens)",
      example = "cumsum([1, 2, 3, 4])  # => [ 1  3  6 10]")
  public static Tensor cumsum(Object a, @Opt("None") Object axis) {
    return Accumulate.cumsum(Args.tensor(a, "a"), axis == null ? null : Args.axis(axis));
  }

  @Builtin(doc = "the running product along an axis (None flattens)",
      example = "cumprod([1, 2, 3, 4])  # => [ 1  2  6 24]")
  public static Tensor cumprod(Object a, @Opt("None") Object axis) {
    return Accumulate.cumprod(Args.tensor(a, "a"), axis == null ? null : Args.axis(axis));
  }

  @Builtin(doc = "the n-th differences along an axis: a[1:] - a[:-1], n times",
      example = "diff([1, 4, 9, 16])  # => [3 5 7]")
  public static Tensor diff(Object a, @Opt("1") Object n, @Opt("-1") Object axis) {
    return Accumulate.diff(Args.tensor(a, "a"), Args.toInt(n, "n"), Args.axis(axis));
  }

  @Builtin(doc = "the range max - min (peak to peak)", example = "ptp([4, 9, 1])  # => 8")
  public static Object ptp(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    boolean keep = Args.toBool(keepdims, "keepdims");
    return OrderBuiltins.scalarIf(MoreReductions.ptp(Args.tensor(a, "a"), Args.axes(axis), keep), keep);
  }

  @Builtin(doc = "the weighted mean sum(a * w) / sum(w); returned=true also gives sum(w)",
      example = "average([1, 2, 3], weights=[3, 1, 0])  # => 1.25")
  public static Object average(Object a, @Opt("None") Object axis, @Opt("None") Object weights,
      @Opt("false") Object returned, @Opt("false") Object keepdims) {
    boolean keep = Args.toBool(keepdims, "keepdims");
    Tensor[] r = MoreReductions.average(Args.tensor(a, "a"), Args.axes(axis),
        weights == null ? null : Args.tensor(weights, "weights"), keep);
    Object avg = OrderBuiltins.scalarIf(r[0], keep);
    return Args.toBool(returned, "returned") ? Tuple.of(avg, OrderBuiltins.scalarIf(r[1], keep)) : avg;
  }

  @Builtin(doc = "how many elements are non-zero (true)",
      example = "count_nonzero([[1, 0], [2, 2]], axis=0)  # => [2 1]")
  public static Object count_nonzero(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    boolean keep = Args.toBool(keepdims, "keepdims");
    return OrderBuiltins.scalarIf(
        MoreReductions.countNonzero(Args.tensor(a, "a"), Args.axes(axis), keep), keep);
  }

  @Builtin(doc = "the sum, counting nan as zero", example = "nansum([1, nan, 2])  # => 3.0")
  public static Object nansum(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    boolean keep = Args.toBool(keepdims, "keepdims");
    return OrderBuiltins.scalarIf(MoreReductions.nansum(Args.tensor(a, "a"), Args.axes(axis), keep), keep);
  }

  @Builtin(doc = "the mean of the elements that are not nan", example = "nanmean([1, nan, 2])  # => 1.5")
  public static Object nanmean(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    boolean keep = Args.toBool(keepdims, "keepdims");
    return OrderBuiltins.scalarIf(MoreReductions.nanmean(Args.tensor(a, "a"), Args.axes(axis), keep), keep);
  }

  @Builtin(doc = "the largest element, ignoring nan", example = "nanmax([1, nan, 2])  # => 2.0")
  public static Object nanmax(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    boolean keep = Args.toBool(keepdims, "keepdims");
    return OrderBuiltins.scalarIf(MoreReductions.nanmax(Args.tensor(a, "a"), Args.axes(axis), keep), keep);
  }

  @Builtin(doc = "the smallest element, ignoring nan", example = "nanmin([1, nan, 2])  # => 1.0")
  public static Object nanmin(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    boolean keep = Args.toBool(keepdims, "keepdims");
    return OrderBuiltins.scalarIf(MoreReductions.nanmin(Args.tensor(a, "a"), Args.axes(axis), keep), keep);
  }

  @Builtin(doc = "the median along an axis or axes (nan if the lane holds a nan, as numpy)",
      example = "median([[3, 1, 4], [2, 8, 5]], axis=1)  # => [3. 5.]")
  public static Object median(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    boolean keep = Args.toBool(keepdims, "keepdims");
    return OrderBuiltins.scalarIf(Quantiles.median(Args.tensor(a, "a"), Args.axes(axis), keep), keep);
  }

  @Builtin(doc = "the q-th percentile (q in [0, 100]), interpolated linearly as numpy's default",
      example = "percentile([1, 2, 3, 4], 25)  # => 1.75")
  public static Object percentile(Object a, Object q, @Opt("None") Object axis,
      @Opt("\"linear\"") Object method, @Opt("false") Object keepdims) {
    Tensor qs = Args.tensor(q, "q").astype(DType.FLOAT64).div(100L);
    checkQ(qs, "Percentiles must be in the range [0, 100]");
    return quantiles(a, qs, axis, method, keepdims);
  }

  @Builtin(doc = "the q-th quantile (q in [0, 1]), interpolated linearly as numpy's default",
      example = "quantile([1, 2, 3, 4], [0.25, 0.5])  # => [1.75 2.5 ]")
  public static Object quantile(Object a, Object q, @Opt("None") Object axis,
      @Opt("\"linear\"") Object method, @Opt("false") Object keepdims) {
    Tensor qs = Args.tensor(q, "q").astype(DType.FLOAT64);
    checkQ(qs, "Quantiles must be in the range [0, 1]");
    return quantiles(a, qs, axis, method, keepdims);
  }

  private static Object quantiles(Object a, Tensor q, Object axis, Object method, Object keepdims) {
    if (!"linear".equals(method)) {
      throw new IllegalArgumentException("method: only \"linear\" (numpy's default) is supported, found "
          + Args.describe(method));
    }
    boolean keep = Args.toBool(keepdims, "keepdims");
    return OrderBuiltins.scalarIf(Quantiles.quantile(Args.tensor(a, "a"), q, Args.axes(axis), keep), keep);
  }

  private static void checkQ(Tensor q, String message) {
    for (double v : q.toDoubleArray()) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
