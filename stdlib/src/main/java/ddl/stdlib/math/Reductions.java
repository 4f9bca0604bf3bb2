package ddl.stdlib.math;

import ddl.stdlib.Context;
import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/**
 * numpy's reductions {@code sum mean max min argmax argmin} over all axes, one axis or several,
 * with {@code keepdims}. float64 sums add contiguous runs pairwise in numpy's order (8 partial sums,
 * blocks of 128), so results agree with numpy's to the last bit in the common cases.
 */
public final class Reductions {
  private Reductions() {}

  // ---- full reductions to Java scalars ------------------------------------------------------

  /** {@code np.sum(a)}: Long for int64 and bool, Double for float64. */
  public static Object sum(Tensor a) {
    return sum(a, null, false).item();
  }

  /**
   * {@code np.sum(a)} of a contiguous one-dimensional float64 array: numpy's pairwise sum over
   * its elements, as {@link #sum(Tensor)} computes it, without planning a reduction.
   */
  public static double sumOfVector(Tensor a) {
    return SumKernels.pairwise(a.doubleStorage(), a.offset(), a.size());
  }

  /** {@code np.mean(a)} as a Double (nan for an empty array, as numpy). */
  public static Object mean(Tensor a) {
    return mean(a, null, false).item();
  }

  public static Object max(Tensor a) {
    return max(a, null, false).item();
  }

  public static Object min(Tensor a) {
    return min(a, null, false).item();
  }

  /** The C-order position of the first maximum (nan counts as the maximum). */
  public static long argmax(Tensor a) {
    return (Long) argmax(a.ravel(), 0, false).item();
  }

  public static long argmin(Tensor a) {
    return (Long) argmin(a.ravel(), 0, false).item();
  }

  // ---- reductions over axes -----------------------------------------------------------------

  /** {@code np.sum(a, axis=axes, keepdims=)}; null or empty axes reduce every axis. */
  public static Tensor sum(Tensor a, int[] axes, boolean keepdims) {
    Plan p = Plan.of(a, axes, keepdims);
    if (a.dtype() == DType.FLOAT64) {
      return p.finish(Tensor.wrap(sumDoubles(p, a), p.kShape));
    }
    Tensor in = a.dtype() == DType.INT64 ? a : a.astype(DType.INT64);
    Plan q = Plan.of(in, axes, keepdims);
    return q.finish(Tensor.wrap(sumLongs(q, in), q.kShape));
  }

  /** {@code np.mean}: float64, the float64 sum divided by the count. */
  public static Tensor mean(Tensor a, int[] axes, boolean keepdims) {
    Tensor in = a.dtype() == DType.FLOAT64 ? a : a.astype(DType.FLOAT64);
    Plan p = Plan.of(in, axes, keepdims);
    double[] s = sumDoubles(p, in);
    int count = Shape.size(p.rShape);
    for (int i = 0; i < s.length; i++) {
      s[i] /= count;
    }
    if (count == 0) {
      // numpy's _mean warns, then divides 0 by 0: a scalar sum in a scalar divide
      Context.warnRunning("RuntimeWarning: Mean of empty slice");
      if (s.length > 0) {
        Context.warnRunning("RuntimeWarning: invalid value encountered in "
            + (p.finalShape.length == 0 ? "scalar divide" : "divide"));
      }
    }
    return p.finish(Tensor.wrap(s, p.kShape));
  }

  public static Tensor max(Tensor a, int[] axes, boolean keepdims) {
    return extreme(a, axes, keepdims, BinaryOp.MAXIMUM, "maximum");
  }

  public static Tensor min(Tensor a, int[] axes, boolean keepdims) {
    return extreme(a, axes, keepdims, BinaryOp.MINIMUM, "minimum");
  }

  public static Tensor argmax(Tensor a, int axis, boolean keepdims) {
    return argExtreme(a, axis, keepdims, true);
  }

  public static Tensor argmin(Tensor a, int axis, boolean keepdims) {
    return argExtreme(a, axis, keepdims, false);
  }

  /** {@code np.argmax(a, axis=None, keepdims=True)}: the flat index, in a tensor of ndim ones. */
  public static Tensor argExtremeAll(Tensor a, boolean keepdims, boolean max) {
    Tensor r = argExtreme(a.ravel(), 0, false, max);
    if (!keepdims) {
      return r;
    }
    int[] ones = new int[a.ndim()];
    java.util.Arrays.fill(ones, 1);
    return r.reshape(ones);
  }

  // ---- kernels ------------------------------------------------------------------------------

  private static double[] sumDoubles(Plan p, Tensor a) {
    double[] x = a.doubleStorage();
    int outSize = Shape.size(p.kShape);
    double[] out = new double[outSize];
    if (Shape.size(p.rShape) == 0 || outSize == 0) {
      return out;
    }
    if (a.isContiguous()) {
      int order = blockOrder(p);
      if (order > 0) {
        SumKernels.trailing(x, a.offset(), outSize, Shape.size(p.rShape), out);
        return out;
      } else if (order < 0) {
        SumKernels.leading(x, a.offset(), Shape.size(p.rShape), outSize, out);
        return out;
      }
    }
    if (p.accumulate) {
      int[][] st = {p.kStrides, Shape.cStrides(p.kShape)};
      forEachOffset(p.rShape, p.rStrides, a.offset(), base ->
          Strided.forEachRow(p.kShape, st, new int[] {base, 0}, (b, s, n) -> {
            for (int j = 0, q = b[0]; j < n; j++, q += s[0]) {
              out[b[1] + j] += x[q];
            }
          }));
      return out;
    }
    int[] i = {0};
    forEachOffset(p.kShape, p.kStrides, a.offset(), base -> {
      double[] acc = {0};
      Strided.forEachRow(p.rShape, new int[][] {p.rStrides}, new int[] {base},
          (b, s, n) -> acc[0] += pairwise(x, b[0], s[0], n));
      out[i[0]++] = acc[0];
    });
    return out;
  }

  /**
   * For a contiguous array: 1 when every reduced axis lies inside every kept one (a trailing block:
   * one contiguous run per result), -1 when every kept axis lies inside every reduced one (a leading
   * block: whole contiguous slices added into the result), 0 otherwise. Unit axes do not count.
   */
  private static int blockOrder(Plan p) {
    int minKept = Integer.MAX_VALUE;
    int maxKept = -1;
    int minRed = Integer.MAX_VALUE;
    int maxRed = -1;
    for (int d = 0; d < p.kShape.length; d++) {
      if (p.kShape[d] > 1) {
        minKept = Math.min(minKept, p.kStrides[d]);
        maxKept = Math.max(maxKept, p.kStrides[d]);
      }
    }
    for (int d = 0; d < p.rShape.length; d++) {
      if (p.rShape[d] > 1) {
        minRed = Math.min(minRed, p.rStrides[d]);
        maxRed = Math.max(maxRed, p.rStrides[d]);
      }
    }
    if (maxRed < minKept) {
      return 1;
    }
    return maxKept < minRed ? -1 : 0;
  }

  private static long[] sumLongs(Plan p, Tensor a) {
    long[] x = a.longStorage();
    long[] out = new long[Shape.size(p.kShape)];
    int[] i = {0};
    forEachOffset(p.kShape, p.kStrides, a.offset(), base -> {
      long[] acc = {0};
      Strided.forEachRow(p.rShape, new int[][] {p.rStrides}, new int[] {base}, (b, s, n) -> {
        long t = 0;
        for (int j = 0, q = b[0]; j < n; j++, q += s[0]) {
          t += x[q];
        }
        acc[0] += t;
      });
      out[i[0]++] = acc[0];
    });
    return out;
  }

  /** numpy's {@code pairwise_sum}: exact same association, so the same rounding. */
  static double pairwise(double[] x, int p, int s, int n) {
    if (n < 8) {
      double res = 0.;
      for (int i = 0; i < n; i++) {
        res += x[p + i * s];
      }
      return res;
    } else if (n <= 128) {
      double r0 = x[p], r1 = x[p + s], r2 = x[p + 2 * s], r3 = x[p + 3 * s];
      double r4 = x[p + 4 * s], r5 = x[p + 5 * s], r6 = x[p + 6 * s], r7 = x[p + 7 * s];
      int i;
      for (i = 8; i < n - (n % 8); i += 8) {
        int q = p + i * s;
        r0 += x[q];
        r1 += x[q + s];
        r2 += x[q + 2 * s];
        r3 += x[q + 3 * s];
        r4 += x[q + 4 * s];
        r5 += x[q + 5 * s];
        r6 += x[q + 6 * s];
        r7 += x[q + 7 * s];
      }
      double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
      for (; i < n; i++) {
        res += x[p + i * s];
      }
      return res;
    } else {
      int n2 = n / 2;
      n2 -= n2 % 8;
      return pairwise(x, p, s, n2) + pairwise(x, p + n2 * s, s, n - n2);
    }
  }

  private static Tensor extreme(
      Tensor a, int[] axes, boolean keepdims, BinaryOp op, String name) {
    Plan p = Plan.of(a, axes, keepdims);
    if (Shape.size(p.rShape) == 0) {
      throw new IllegalArgumentException(
          "zero-size array to reduction operation " + name + " which has no identity");
    }
    Tensor in = a.dtype() == DType.BOOL ? a.astype(DType.INT64) : a;
    Plan q = Plan.of(in, axes, keepdims);
    Tensor out;
    Tensor fast = extremeContiguous(in, q, op == BinaryOp.MAXIMUM);
    if (fast != null) {
      out = fast;
    } else if (in.dtype() == DType.FLOAT64) {
      double[] x = in.doubleStorage();
      double[] o = new double[Shape.size(q.kShape)];
      int[] i = {0};
      forEachOffset(q.kShape, q.kStrides, in.offset(), base -> {
        double[] acc = {x[base]};
        Strided.forEachRow(q.rShape, new int[][] {q.rStrides}, new int[] {base}, (b, s, n) -> {
          double t = acc[0];
          for (int j = 0, k = b[0]; j < n; j++, k += s[0]) {
            t = op.apply(t, x[k]);
          }
          acc[0] = t;
        });
        o[i[0]++] = acc[0];
      });
      out = Tensor.wrap(o, q.kShape);
    } else {
      long[] x = in.longStorage();
      long[] o = new long[Shape.size(q.kShape)];
      int[] i = {0};
      forEachOffset(q.kShape, q.kStrides, in.offset(), base -> {
        long[] acc = {x[base]};
        Strided.forEachRow(q.rShape, new int[][] {q.rStrides}, new int[] {base}, (b, s, n) -> {
          long t = acc[0];
          for (int j = 0, k = b[0]; j < n; j++, k += s[0]) {
            t = op.apply(t, x[k]);
          }
          acc[0] = t;
        });
        o[i[0]++] = acc[0];
      });
      out = Tensor.wrap(o, q.kShape);
    }
    out = q.finish(out);
    return a.dtype() == DType.BOOL ? out.astype(DType.BOOL) : out;
  }

  /** max or min over a leading or trailing block of a contiguous array; null for other layouts. */
  private static Tensor extremeContiguous(Tensor in, Plan q, boolean max) {
    int outSize = Shape.size(q.kShape);
    int len = Shape.size(q.rShape);
    int order = in.isContiguous() && outSize > 0 && len > 0 ? blockOrder(q) : 0;
    if (order == 0) {
      return null;
    }
    if (in.dtype() == DType.FLOAT64) {
      double[] o = new double[outSize];
      if (order > 0) {
        ExtremeKernels.trailing(in.doubleStorage(), in.offset(), outSize, len, o, max);
      } else {
        ExtremeKernels.leading(in.doubleStorage(), in.offset(), len, outSize, o, max);
      }
      return Tensor.wrap(o, q.kShape);
    }
    long[] o = new long[outSize];
    if (order > 0) {
      ExtremeKernels.trailing(in.longStorage(), in.offset(), outSize, len, o, max);
    } else {
      ExtremeKernels.leading(in.longStorage(), in.offset(), len, outSize, o, max);
    }
    return Tensor.wrap(o, q.kShape);
  }

  private static Tensor argExtreme(Tensor a, int axis, boolean keepdims, boolean max) {
    int ax = Shape.normalizeAxis(axis, a.ndim());
    Plan p = Plan.of(a, new int[] {ax}, keepdims);
    int len = a.shape(ax);
    if (len == 0) {
      throw new IllegalArgumentException(
          "attempt to get " + (max ? "argmax" : "argmin") + " of an empty sequence");
    }
    int step = a.strides()[ax];
    long[] o = new long[Shape.size(p.kShape)];
    if (o.length > 0 && alongLastRun(a, ax)) {
      Tensor in = a.dtype() == DType.BOOL ? a.astype(DType.INT64) : a;
      if (in.dtype() == DType.FLOAT64) {
        ExtremeKernels.argTrailing(in.doubleStorage(), in.offset(), o.length, len, o, max);
      } else {
        ExtremeKernels.argTrailing(in.longStorage(), in.offset(), o.length, len, o, max);
      }
      return p.finish(Tensor.wrap(o, p.kShape));
    }
    int[] i = {0};
    if (a.dtype() == DType.FLOAT64) {
      double[] x = a.doubleStorage();
      forEachOffset(p.kShape, p.kStrides, a.offset(), base -> {
        int best = 0;
        double bv = x[base];
        for (int j = 1, q = base + step; j < len && !Double.isNaN(bv); j++, q += step) {
          double v = x[q];
          if (Double.isNaN(v) || (max ? v > bv : v < bv)) {
            bv = v;
            best = j;
          }
        }
        o[i[0]++] = best;
      });
    } else {
      Tensor in = a.dtype() == DType.INT64 ? a : a.astype(DType.INT64);
      long[] x = in.longStorage();
      int st = in.strides()[ax];
      Plan q = Plan.of(in, new int[] {ax}, keepdims);
      forEachOffset(q.kShape, q.kStrides, in.offset(), base -> {
        int best = 0;
        long bv = x[base];
        for (int j = 1, k = base + st; j < len; j++, k += st) {
          long v = x[k];
          if (max ? v > bv : v < bv) {
            bv = v;
            best = j;
          }
        }
        o[i[0]++] = best;
      });
    }
    return p.finish(Tensor.wrap(o, p.kShape));
  }

  /** Whether axis ax of a contiguous array is its last one but for unit axes: runs of stride 1. */
  private static boolean alongLastRun(Tensor a, int ax) {
    if (!a.isContiguous()) {
      return false;
    }
    for (int d = ax + 1; d < a.ndim(); d++) {
      if (a.shape(d) != 1) {
        return false;
      }
    }
    return true;
  }

  /** Calls {@code body} with the storage offset of every index of {@code shape}, in C order. */
  static void forEachOffset(int[] shape, int[] strides, int offset, java.util.function.IntConsumer body) {
    int n = Shape.size(shape);
    if (n == 0) {
      return;
    }
    int nd = shape.length;
    int[] idx = new int[nd];
    int pos = offset;
    for (int c = 0; c < n; c++) {
      body.accept(pos);
      for (int d = nd - 1; d >= 0; d--) {
        idx[d]++;
        pos += strides[d];
        if (idx[d] < shape[d]) {
          break;
        }
        pos -= strides[d] * shape[d];
        idx[d] = 0;
      }
    }
  }

  /** Which axes are kept and which reduced, and the shape to give the result. */
  static final class Plan {
    int[] kShape;
    int[] kStrides;
    int[] rShape;
    int[] rStrides;
    int[] finalShape;
    boolean accumulate;

    static Plan of(Tensor a, int[] axes, boolean keepdims) {
      int nd = a.ndim();
      boolean[] reduce;
      if (axes == null) {
        reduce = new boolean[nd];
        java.util.Arrays.fill(reduce, true);
      } else {
        reduce = Shape.axisMask(axes, nd);
      }
      int[] shape = a.shape();
      int[] strides = a.strides();
      int nr = 0;
      for (boolean r : reduce) {
        nr += r ? 1 : 0;
      }
      Plan p = new Plan();
      p.kShape = new int[nd - nr];
      p.kStrides = new int[nd - nr];
      p.rShape = new int[nr];
      p.rStrides = new int[nr];
      p.finalShape = new int[keepdims ? nd : nd - nr];
      int k = 0;
      int r = 0;
      int innermost = -1;
      int best = Integer.MAX_VALUE;
      for (int d = 0; d < nd; d++) {
        if (shape[d] > 1 && Math.abs(strides[d]) < best) {
          best = Math.abs(strides[d]);
          innermost = d;
        }
        if (reduce[d]) {
          p.rShape[r] = shape[d];
          p.rStrides[r++] = strides[d];
        } else {
          p.kShape[k] = shape[d];
          p.kStrides[k++] = strides[d];
        }
      }
      for (int d = 0, f = 0; d < nd; d++) {
        if (!reduce[d]) {
          p.finalShape[f++] = shape[d];
        } else if (keepdims) {
          p.finalShape[f++] = 1;
        }
      }
      // the innermost axis kept: add whole slices into the result (vectorised, numpy's order)
      p.accumulate = innermost >= 0 && !reduce[innermost] && nr > 0;
      return p;
    }

    Tensor finish(Tensor reduced) {
      return reduced.reshape(finalShape);
    }
  }
}
