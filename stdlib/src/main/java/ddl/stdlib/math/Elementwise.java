package ddl.stdlib.math;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/**
 * Elementwise operations with numpy's broadcasting and type promotion. Operands are tensors or
 * Java scalars; scalars are weakly typed as Python's ({@code int64 array + 2} stays int64).
 */
public final class Elementwise {
  private Elementwise() {}

  /** {@code a op b} where at least one of them is a tensor and the other may be a Java scalar. */
  public static Tensor binary(BinaryOp op, Object a, Object b) {
    if (a instanceof Tensor && b instanceof Tensor) {
      Tensor ta = (Tensor) a;
      Tensor tb = (Tensor) b;
      if (ta.dtype() == DType.FLOAT64 && tb.dtype() == DType.FLOAT64) {
        Tensor fast = sameShapeDoubles(op, ta, tb);
        if (fast != null) {
          return fast;
        }
      }
      DType compute = op.computeType(DType.promote(ta.dtype(), tb.dtype()));
      return run(op, compute, ta, tb, op.ufunc());
    }
    if (a instanceof Tensor) {
      Tensor ta = (Tensor) a;
      DType compute = op.computeType(DType.promoteWeak(ta.dtype(), DType.ofScalar(b)));
      return run(op, compute, ta, scalarTensor(b, compute), FloatWarnings.ufunc(op, b));
    }
    if (b instanceof Tensor) {
      Tensor tb = (Tensor) b;
      DType compute = op.computeType(DType.promoteWeak(tb.dtype(), DType.ofScalar(a)));
      return run(op, compute, scalarTensor(a, compute), tb, op.ufunc());
    }
    DType compute = op.computeType(DType.promote(DType.ofScalar(a), DType.ofScalar(b)));
    return run(op, compute, scalarTensor(a, compute), scalarTensor(b, compute),
        FloatWarnings.ufunc(op, b));
  }

  /** {@code a op= b} in place: the result is cast back to a's dtype under numpy's same-kind rule. */
  public static Tensor binaryInPlace(BinaryOp op, Tensor a, Object b) {
    return binaryOut(op, a, b, a); // numpy's a += b is np.add(a, b, out=a)
  }

  /**
   * numpy's {@code np.add(a, b, out=out)}: the result written into {@code out}, converted to its
   * dtype under the same-kind rule and broadcast to its shape; returns out. With a, b and out of one
   * dtype and shape this is one loop and no new array (see {@link #binaryInto}); otherwise the
   * result is computed whole first, so out may overlap the operands in any way.
   */
  public static Tensor binaryOut(BinaryOp op, Object a, Object b, Tensor out) {
    out.checkWritable();
    if (binaryInto(op, a, b, out)) {
      return out;
    }
    Tensor r = binary(op, a, b);
    checkOutput(op, a, b, r, out);
    assign(out, r);
    return out;
  }

  /**
   * numpy's checks of an output operand for the result r of {@code a op b}: its shape takes r's by
   * broadcasting, to its own shape, and r's dtype casts to its dtype under the same-kind rule.
   */
  private static void checkOutput(BinaryOp op, Object a, Object b, Tensor r, Tensor out) {
    int[] bs;
    try {
      bs = Shape.broadcast(r.shape(), out.shape());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "operands could not be broadcast together with shapes "
              + shapeOf(a) + " " + shapeOf(b) + " " + Shape.compact(out.shape()) + " ");
    }
    if (r.dtype().ordinal() > out.dtype().ordinal()) {
      throw new IllegalArgumentException(
          "Cannot cast ufunc '"
              + op.ufunc()
              + "' output from dtype('"
              + r.dtype()
              + "') to dtype('"
              + out.dtype()
              + "') with casting rule 'same_kind'");
    }
    if (!Shape.equal(bs, out.shape())) {
      throw new IllegalArgumentException(
          "non-broadcastable output operand with shape "
              + Shape.compact(out.shape())
              + " doesn't match the broadcast shape "
              + Shape.compact(r.shape()));
    }
  }

  private static String shapeOf(Object v) {
    return v instanceof Tensor ? Shape.compact(((Tensor) v).shape()) : "()";
  }

  /**
   * {@code a op b} written into {@code out}, for a result that replaces {@code out} (the dsl's
   * {@code acc = acc + y}): done when the result has out's dtype and shape, out is contiguous and
   * no operand overlaps it other than as exactly out (element j is read before it is written, as
   * in {@code a += b}). Returns false with out untouched otherwise, for the caller to compute a new
   * result, which also raises the errors. Operands are tensors or Java scalars.
   */
  public static boolean binaryInto(BinaryOp op, Object a, Object b, Tensor out) {
    Tensor ta;
    Tensor tb;
    DType compute;
    if (a instanceof Tensor && b instanceof Tensor) {
      ta = (Tensor) a;
      tb = (Tensor) b;
      compute = op.computeType(DType.promote(ta.dtype(), tb.dtype()));
    } else if (a instanceof Tensor && isScalar(b)) {
      ta = (Tensor) a;
      compute = op.computeType(DType.promoteWeak(ta.dtype(), DType.ofScalar(b)));
      tb = scalarTensor(b, compute);
    } else if (b instanceof Tensor && isScalar(a)) {
      tb = (Tensor) b;
      compute = op.computeType(DType.promoteWeak(tb.dtype(), DType.ofScalar(a)));
      ta = scalarTensor(a, compute);
    } else {
      return false;
    }
    // ops that may raise (int64 ** with negative exponents, bool arithmetic numpy refuses) take
    // the general path, which raises before anything is written
    if (op.resultType(compute) != out.dtype()
        || compute == DType.BOOL
        || (compute == DType.INT64 && op == BinaryOp.POW)
        || !out.isContiguous()
        || !readableWhileWriting(ta, out)
        || !readableWhileWriting(tb, out)) {
      return false;
    }
    int[] shape;
    try {
      shape = Shape.broadcast(ta.shape(), tb.shape());
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (!Shape.equal(shape, out.shape())) {
      return false;
    }
    String ufunc = FloatWarnings.ufunc(op, b);
    if (compute == DType.FLOAT64 && !op.isComparison() && intoDoubles(op, ta, tb, out, ufunc)) {
      return true;
    }
    run(op, compute, ta, tb, out, ufunc);
    return true;
  }

  /** The common case of binaryInto: float64 operands of out's shape, or a scalar, all contiguous. */
  private static boolean intoDoubles(BinaryOp op, Tensor a, Tensor b, Tensor out, String ufunc) {
    boolean aWhole = a.isContiguous() && Shape.equal(a.shape(), out.shape());
    boolean bWhole = b.isContiguous() && Shape.equal(b.shape(), out.shape());
    boolean aOne = a.size() == 1;
    boolean bOne = b.size() == 1;
    if (a.dtype() != DType.FLOAT64 || b.dtype() != DType.FLOAT64 || !(aWhole || aOne) || !(bWhole || bOne)) {
      return false;
    }
    double[] x = a.doubleStorage();
    double[] y = b.doubleStorage();
    double[] o = out.doubleStorage();
    int xo = a.offset();
    int yo = b.offset();
    int sx = aWhole ? 1 : 0;
    int sy = bWhole ? 1 : 0;
    int oo = out.offset();
    if (!FloatWarnings.wanted(op, ufunc)) {
      Parallel.split(out.size(), (lo, hi) -> Kernels.doubles(op, x, xo + lo * sx, sx, y, yo + lo * sy, sy, o, oo + lo, hi - lo));
      return true;
    }
    boolean[] nonFinite = {false};
    Parallel.split(out.size(), (lo, hi) -> {
      if (Kernels.doublesChecked(
          op, x, xo + lo * sx, sx, y, yo + lo * sy, sy, o, oo + lo, hi - lo)) {
        nonFinite[0] = true;
      }
    });
    if (nonFinite[0]) {
      FloatWarnings.binary(op, a, b, out, overwritten(a, b, out), ufunc);
    }
    return true;
  }

  /** Which operand (0 or 1) out was written over, for {@link FloatWarnings}; -1 for neither. */
  private static int overwritten(Tensor a, Tensor b, Tensor out) {
    return a.sharesStorage(out) ? 0 : b.sharesStorage(out) ? 1 : -1;
  }

  /** An operand apart from out's storage, or out itself element for element. */
  private static boolean readableWhileWriting(Tensor operand, Tensor out) {
    return !operand.sharesStorage(out)
        || (operand.offset() == out.offset()
            && Shape.equal(operand.shape(), out.shape())
            && java.util.Arrays.equals(operand.strides(), out.strides()));
  }

  private static boolean isScalar(Object v) {
    return v instanceof Number || v instanceof Boolean;
  }

  /** Copies {@code src} (broadcast to dst's shape, converted to dst's dtype) into {@code dst}. */
  public static void assign(Tensor dst, Tensor src) {
    int[] shape = dst.shape();
    int[] bs = Shape.broadcast(shape, src.shape());
    if (!Shape.equal(bs, shape)) {
      throw new IllegalArgumentException(
          "could not broadcast input array from shape "
              + Shape.compact(src.shape())
              + " into shape "
              + Shape.compact(shape));
    }
    Tensor s = src.dtype() == dst.dtype() ? src : src.astype(dst.dtype());
    if (src.sharesStorage(dst)) {
      s = s.copy(); // overlapping views: read everything before writing
    }
    int[][] st = {Shape.broadcastStrides(s.shape(), s.strides(), shape), dst.strides()};
    int[] offs = {s.offset(), dst.offset()};
    Tensor from = s;
    switch (dst.dtype()) {
      case FLOAT64: {
        double[] in = from.doubleStorage();
        double[] out = dst.doubleStorage();
        Strided.forEachRowSplit(shape, st, offs, (b, k, n) -> {
          for (int j = 0, p = b[0], q = b[1]; j < n; j++, p += k[0], q += k[1]) {
            out[q] = in[p];
          }
        });
        break;
      }
      case INT64: {
        long[] in = from.longStorage();
        long[] out = dst.longStorage();
        Strided.forEachRowSplit(shape, st, offs, (b, k, n) -> {
          for (int j = 0, p = b[0], q = b[1]; j < n; j++, p += k[0], q += k[1]) {
            out[q] = in[p];
          }
        });
        break;
      }
      default: {
        boolean[] in = from.boolStorage();
        boolean[] out = dst.boolStorage();
        Strided.forEachRowSplit(shape, st, offs, (b, k, n) -> {
          for (int j = 0, p = b[0], q = b[1]; j < n; j++, p += k[0], q += k[1]) {
            out[q] = in[p];
          }
        });
      }
    }
  }

  /** Fills every element of {@code dst} with a Java scalar (converted to dst's dtype). */
  public static void fill(Tensor dst, Object value) {
    assign(dst, Tensor.scalar(value));
  }

  static Tensor scalarTensor(Object value, DType dtype) {
    if (value instanceof Tensor) {
      return (Tensor) value;
    }
    switch (dtype) {
      case FLOAT64:
        return Tensor.wrap(new double[] {toDouble(value)});
      case INT64:
        return Tensor.wrap(new long[] {toLong(value)});
      default:
        return Tensor.wrap(new boolean[] {(Boolean) value});
    }
  }

  static double toDouble(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v ? 1 : 0;
    }
    if (v instanceof Number) {
      return ddl.stdlib.Scalars.toDouble(v);
    }
    throw new IllegalArgumentException("expected a number, found " + describe(v));
  }

  static long toLong(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v ? 1 : 0;
    }
    if (v instanceof Number) {
      return ddl.stdlib.Scalars.toLong(v);
    }
    throw new IllegalArgumentException("expected a number, found " + describe(v));
  }

  static String describe(Object v) {
    return v == null ? "None" : v instanceof String ? "a string" : v.getClass().getSimpleName();
  }

  /** The common case of two float64 tensors of one shape, both contiguous: one tight loop. */
  private static Tensor sameShapeDoubles(BinaryOp op, Tensor a, Tensor b) {
    if (!a.isContiguous() || !b.isContiguous() || !Shape.equal(a.shape(), b.shape())) {
      return null;
    }
    int n = a.size();
    double[] x = a.doubleStorage();
    double[] y = b.doubleStorage();
    int xo = a.offset();
    int yo = b.offset();
    if (op.isComparison()) {
      boolean[] out = new boolean[n];
      Parallel.split(n, (lo, hi) -> Kernels.compare(op, x, xo + lo, 1, y, yo + lo, 1, out, lo, hi - lo));
      return Tensor.wrap(out, a.shape());
    }
    double[] out = new double[n];
    if (!FloatWarnings.wanted(op, op.ufunc())) {
      Parallel.split(n, (lo, hi) -> Kernels.doubles(op, x, xo + lo, 1, y, yo + lo, 1, out, lo, hi - lo));
      return Tensor.wrap(out, a.shape());
    }
    boolean[] nonFinite = {false};
    Parallel.split(n, (lo, hi) -> {
      if (Kernels.doublesChecked(op, x, xo + lo, 1, y, yo + lo, 1, out, lo, hi - lo)) {
        nonFinite[0] = true;
      }
    });
    Tensor r = Tensor.wrap(out, a.shape());
    if (nonFinite[0]) {
      FloatWarnings.binary(op, a, b, r, -1, op.ufunc());
    }
    return r;
  }

  private static Tensor run(BinaryOp op, DType compute, Tensor a, Tensor b, String ufunc) {
    int[] shape = Shape.broadcast(a.shape(), b.shape());
    return run(op, compute, a, b, Tensor.empty(op.resultType(compute), shape), ufunc);
  }

  /**
   * Computes {@code a op b} into {@code out}, whose shape is the broadcast shape; ufunc names the
   * op in numpy's warnings.
   */
  private static Tensor run(BinaryOp op, DType compute, Tensor a, Tensor b, Tensor out,
      String ufunc) {
    int[] shape = out.shape();
    Tensor ca = a.dtype() == compute ? a : a.astype(compute);
    Tensor cb = b.dtype() == compute ? b : b.astype(compute);
    int[][] st = {
      Shape.broadcastStrides(ca.shape(), ca.strides(), shape),
      Shape.broadcastStrides(cb.shape(), cb.strides(), shape),
      out.strides()
    };
    int[] offs = {ca.offset(), cb.offset(), out.offset()};
    boolean cmp = op.isComparison();
    switch (compute) {
      case FLOAT64: {
        double[] x = ca.doubleStorage();
        double[] y = cb.doubleStorage();
        if (cmp) {
          boolean[] o = out.boolStorage();
          Strided.forEachRowSplit(shape, st, offs,
              (p, s, n) -> Kernels.compare(op, x, p[0], s[0], y, p[1], s[1], o, p[2], n));
        } else {
          double[] o = out.doubleStorage();
          if (!FloatWarnings.wanted(op, ufunc)) {
            Strided.forEachRowSplit(shape, st, offs,
                (p, s, n) -> Kernels.doubles(op, x, p[0], s[0], y, p[1], s[1], o, p[2], n));
            break;
          }
          boolean[] nonFinite = {false};
          Strided.forEachRowSplit(shape, st, offs, (p, s, n) -> {
            if (Kernels.doublesChecked(op, x, p[0], s[0], y, p[1], s[1], o, p[2], n)) {
              nonFinite[0] = true;
            }
          });
          if (nonFinite[0]) {
            FloatWarnings.binary(op, ca, cb, out, overwritten(ca, cb, out), ufunc);
          }
        }
        break;
      }
      case INT64: {
        long[] x = ca.longStorage();
        long[] y = cb.longStorage();
        if (cmp) {
          boolean[] o = out.boolStorage();
          Strided.forEachRowSplit(shape, st, offs,
              (p, s, n) -> Kernels.compare(op, x, p[0], s[0], y, p[1], s[1], o, p[2], n));
        } else {
          long[] o = out.longStorage();
          Strided.forEachRowSplit(shape, st, offs,
              (p, s, n) -> Kernels.longs(op, x, p[0], s[0], y, p[1], s[1], o, p[2], n));
        }
        break;
      }
      default: {
        boolean[] x = ca.boolStorage();
        boolean[] y = cb.boolStorage();
        boolean[] o = out.boolStorage();
        Strided.forEachRowSplit(shape, st, offs,
            (p, s, n) -> Kernels.bools(op, x, p[0], s[0], y, p[1], s[1], o, p[2], n));
      }
    }
    return out;
  }

  /** A unary ufunc: {@code -a}, {@code abs(a)}, {@code exp(a)}, ... */
  public static Tensor unary(UnaryOp op, Tensor a) {
    DType rt = op.resultType(a.dtype());
    Tensor in = a.dtype() == rt ? a : a.astype(rt);
    int[] shape = in.shape();
    Tensor out = Tensor.empty(rt, shape);
    int[][] st = {in.strides(), out.strides()};
    int[] offs = {in.offset(), 0};
    switch (rt) {
      case FLOAT64: {
        double[] x = in.doubleStorage();
        double[] o = out.doubleStorage();
        if (!FloatWarnings.wanted(op)) {
          Strided.forEachRowSplit(shape, st, offs, (p, s, n) -> Kernels.unary(op, x, p[0], s[0], o, p[1], n));
          break;
        }
        boolean[] nonFinite = {false};
        Strided.forEachRowSplit(shape, st, offs, (p, s, n) -> {
          if (Kernels.unaryChecked(op, x, p[0], s[0], o, p[1], n)) {
            nonFinite[0] = true;
          }
        });
        if (nonFinite[0]) {
          FloatWarnings.unary(op, in, out);
        }
        break;
      }
      case INT64: {
        long[] x = in.longStorage();
        long[] o = out.longStorage();
        Strided.forEachRowSplit(shape, st, offs, (p, s, n) -> {
          for (int j = 0, q = p[0]; j < n; j++, q += s[0]) {
            o[p[1] + j] = op.apply(x[q]);
          }
        });
        break;
      }
      default: {
        boolean[] x = in.boolStorage();
        boolean[] o = out.boolStorage();
        boolean invert = op == UnaryOp.INVERT;
        Strided.forEachRowSplit(shape, st, offs, (p, s, n) -> {
          for (int j = 0, q = p[0]; j < n; j++, q += s[0]) {
            o[p[1] + j] = invert != x[q];
          }
        });
      }
    }
    return out;
  }
}
