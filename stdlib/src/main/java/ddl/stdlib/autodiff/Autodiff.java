package ddl.stdlib.autodiff;

import ddl.stdlib.Args;
import ddl.stdlib.DType;
import ddl.stdlib.Fn;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.Values;
import java.util.List;

/** Reverse-mode automatic differentiation of ddl functions (see docs/autodiff.md). */
public final class Autodiff {
  private Autodiff() {}

  /**
   * The value of {@code fn(args)} (a scalar) and its gradients with respect to the arguments at
   * positions {@code wrt}: {@code result[0]} is the value (Double), {@code result[1 + i]} the
   * gradient for {@code args[wrt[i]]}, shaped like that argument (a Tensor, or a Double for a
   * scalar argument).
   *
   * <p>The arguments at {@code wrt} are passed to fn as traced tensors ({@link Var}, float64) that
   * record every operation on a tape of this call; the tape is then walked backwards from the
   * result. Called inside another grad's function, the values and gradients are that grad's traced
   * values, so gradients of gradients work.
   *
   * @throws IllegalArgumentException when fn's result is not a scalar, or an argument at wrt is not
   *     a tensor or a number
   * @throws UnsupportedOperationException for an operation with no derivative rule, naming it
   */
  public static Object[] valueAndGrad(Fn fn, Object[] args, int[] wrt) {
    int level = 1;
    for (Object a : args) {
      if (a instanceof Var) {
        level = Math.max(level, ((Var) a).tape.level + 1);
      }
    }
    Tape tape = new Tape(level);
    Object[] call = args.clone();
    Var[] leaves = new Var[wrt.length];
    for (int i = 0; i < wrt.length; i++) {
      leaves[i] = tape.leaf(leafValue(args[wrt[i]], wrt[i]));
      call[wrt[i]] = leaves[i];
    }
    Object r;
    try {
      r = fn.call(call);
    } catch (RuntimeException e) {
      throw Rules.translate(e);
    }
    Object[] out = new Object[wrt.length + 1];
    if (r instanceof Var && ((Var) r).tape == tape) {
      Var v = (Var) r;
      checkScalar(v.shape());
      out[0] = scalarValue(v.value);
      tape.backward(v, Tape.ones(v.shape()));
    } else {
      // the result does not depend on the arguments: every gradient is zero
      checkScalar(Grads.shapeOf(r instanceof Tensor || r instanceof Var ? r : 0.0));
      if (!(r instanceof Number || r instanceof Tensor || r instanceof Var)) {
        throw new IllegalArgumentException(
            "grad: the function must return a number, found " + Values.typeName(r));
      }
      out[0] = scalarValue(r);
    }
    for (int i = 0; i < wrt.length; i++) {
      out[i + 1] = gradientOf(leaves[i], args[wrt[i]]);
    }
    return out;
  }

  private static Object leafValue(Object a, int position) {
    if (a instanceof Var) {
      return a; // a value of an enclosing grad: this grad's leaf holds it
    }
    Tensor t;
    if (a instanceof Tensor) {
      t = (Tensor) a;
    } else if (a instanceof Number || a instanceof List || (a != null && a.getClass().isArray())) {
      t = Args.tensor(a, "argument " + position);
    } else {
      throw new IllegalArgumentException(
          "grad: argument "
              + position
              + " must be a tensor or a number, found "
              + Values.typeName(a));
    }
    return t.dtype() == DType.FLOAT64 ? t : t.astype(DType.FLOAT64);
  }

  private static void checkScalar(int[] shape) {
    if (Shape.size(shape) != 1) {
      throw new IllegalArgumentException(
          "grad: the function must return a scalar, found a tensor of shape "
              + Shape.toString(shape));
    }
  }

  /** A size-1 tensor as a Double; a value of an enclosing grad stays traced. */
  private static Object scalarValue(Object v) {
    if (v instanceof Tensor) {
      return ((Tensor) v).getDouble(0);
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    return v;
  }

  /** A leaf's gradient shaped like the argument: a new float64 tensor, or a Double for a number. */
  private static Object gradientOf(Var leaf, Object arg) {
    Object g = leaf.grad();
    int[] shape = leaf.shape();
    if (g == null) {
      g = Tensor.empty(DType.FLOAT64, shape);
    }
    if (g instanceof Tensor) {
      Tensor t = (Tensor) g;
      // a broadcast view (the gradient of a sum) is materialised only here, once
      t =
          t.isContiguous() && t.offset() == 0 && t.size() == t.doubleStorage().length
              ? t.reshape(shape)
              : t.copy().reshape(shape);
      return arg instanceof Number ? (Object) t.getDouble(0) : t;
    }
    return g;
  }
}
