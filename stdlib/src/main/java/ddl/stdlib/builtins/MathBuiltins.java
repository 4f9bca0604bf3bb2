package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.DType;
import ddl.stdlib.Ops;
import ddl.stdlib.Opt;
import ddl.stdlib.Overloaded;
import ddl.stdlib.Scalars;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Elementwise;
import ddl.stdlib.math.Reductions;
import ddl.stdlib.math.UnaryOp;

/**
 * Elementwise functions and reductions. A reduction over every axis returns a Java scalar, as numpy
 * returns a scalar; over some axes, a tensor.
 */
public final class MathBuiltins {
  private MathBuiltins() {}

  @Builtin(doc = "the sum of the elements, over all axes or the given axis/axes",
      example = "sum([[1, 2], [3, 4]], axis=1)  # => [3 7]")
  public static Object sum(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    if (axis == null && Boolean.FALSE.equals(keepdims) && a instanceof Tensor) {
      Tensor t = (Tensor) a;  // the common case in a loop, before the JIT has compiled the rest
      if (t.dtype() == DType.FLOAT64 && t.ndim() == 1 && t.isContiguous()) {
        return Reductions.sumOfVector(t);
      }
    }
    return reduce("sum", a, axis, keepdims, Kind.SUM);
  }

  @Builtin(doc = "the mean of the elements (float64)", example = "mean([1, 2, 3, 4])  # => 2.5")
  public static Object mean(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    return reduce("mean", a, axis, keepdims, Kind.MEAN);
  }

  @Builtin(doc = "the largest element, over all axes or along an axis (as np.max)",
      example = "max([[1, 5], [7, 2]], 1)  # => [5 7]")
  public static Object max(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    return reduce("max", a, axis, keepdims, Kind.MAX);
  }

  @Builtin(doc = "the smallest element, over all axes or along an axis (as np.min)",
      example = "min([3, 1, 2])  # => 1")
  public static Object min(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    return reduce("min", a, axis, keepdims, Kind.MIN);
  }

  @Builtin(doc = "the index of the largest element (flat unless an axis is given)",
      example = "argmax([3, 9, 2])  # => 1")
  public static Object argmax(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    return arg(Args.tensor(a, "a"), axis, keepdims, true);
  }

  @Builtin(doc = "the index of the smallest element (flat unless an axis is given)",
      example = "argmin([3, 9, 2])  # => 2")
  public static Object argmin(Object a, @Opt("None") Object axis, @Opt("false") Object keepdims) {
    return arg(Args.tensor(a, "a"), axis, keepdims, false);
  }

  @Builtin(doc = "e to the power of each element", example = "exp([0, 1])")
  public static Object exp(Object x) {
    return unary(UnaryOp.EXP, x, "exp");
  }

  @Builtin(doc = "the natural logarithm of each element", example = "log([1, 100])")
  public static Object log(Object x) {
    return unary(UnaryOp.LOG, x, "log");
  }

  @Builtin(doc = "the square root of each element", example = "sqrt([1, 4, 9])  # => [1. 2. 3.]")
  public static Object sqrt(Object x) {
    return unary(UnaryOp.SQRT, x, "sqrt");
  }

  @Builtin(doc = "the absolute value of each element", example = "abs([-1, 2])  # => [1 2]")
  public static Object abs(Object x) {
    if (Scalars.isInt(x)) {
      return Scalars.abs(x); // Python's abs: exact, abs(-2**63) is 2**63
    }
    return unary(UnaryOp.ABS, x, "abs");
  }

  @Builtin(doc = "the sine of each element (radians)", example = "sin(pi / 2)  # => 1.0")
  public static Object sin(Object x) {
    return unary(UnaryOp.SIN, x, "sin");
  }

  @Builtin(doc = "the cosine of each element (radians)", example = "cos(0)  # => 1.0")
  public static Object cos(Object x) {
    return unary(UnaryOp.COS, x, "cos");
  }

  @Builtin(doc = "the hyperbolic tangent of each element", example = "tanh(0)  # => 0.0")
  public static Object tanh(Object x) {
    return unary(UnaryOp.TANH, x, "tanh");
  }

  @Builtin(doc = "the matrix product, as the @ operator and np.matmul",
      example = "matmul([[1, 2], [3, 4]], [1, 1])  # => [3 7]")
  public static Object matmul(Object a, Object b) {
    return Ops.matmul(asTensorOrSelf(a), asTensorOrSelf(b));
  }

  static Object asTensorOrSelf(Object v) {
    return v instanceof Overloaded ? v : Args.tensor(v, "operand");
  }

  private static Object unary(UnaryOp op, Object x, String name) {
    Overloaded o = Overloaded.find(x);
    if (o != null) {
      return o.apply(name, new Object[] {x});
    }
    if (x instanceof Tensor) {
      return Elementwise.unary(op, (Tensor) x);
    }
    // a scalar in, a scalar out (numpy returns a numpy scalar)
    return Elementwise.unary(op, Args.tensor(x, "x")).item();
  }

  enum Kind { SUM, MEAN, MAX, MIN }

  /** A reduction, handed to a traced value (autodiff) when {@code a} is one. */
  private static Object reduce(String name, Object a, Object axis, Object keepdims, Kind kind) {
    Overloaded o = Overloaded.find(a);
    if (o != null) {
      return o.apply(name, new Object[] {a, axis, keepdims});
    }
    return reduce(Args.tensor(a, "a"), axis, keepdims, kind);
  }

  private static Object reduce(Tensor t, Object axis, Object keepdims, Kind kind) {
    int[] axes = Args.axes(axis);
    boolean keep = Args.toBool(keepdims, "keepdims");
    Tensor r;
    switch (kind) {
      case SUM:
        r = Reductions.sum(t, axes, keep);
        break;
      case MEAN:
        r = Reductions.mean(t, axes, keep);
        break;
      case MAX:
        r = Reductions.max(t, axes, keep);
        break;
      default:
        r = Reductions.min(t, axes, keep);
    }
    // numpy gives a scalar for a reduction over every axis, also when they are named: (0, 1)
    return r.ndim() == 0 && !keep ? r.item() : r;
  }

  private static Object arg(Tensor t, Object axis, Object keepdims, boolean max) {
    boolean keep = Args.toBool(keepdims, "keepdims");
    if (axis == null) {
      Tensor r = Reductions.argExtremeAll(t, keep, max);
      return keep ? r : r.item();
    }
    int ax = Args.axis(axis);
    return max ? Reductions.argmax(t, ax, keep) : Reductions.argmin(t, ax, keep);
  }
}
