package ddl.stdlib.autodiff;

import ddl.stdlib.Overloaded;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.UnaryOp;

/**
 * A traced tensor: the value a grad call passes to the differentiated function in place of a tensor
 * argument, and the result of every operation on one. Operators and built-ins hand themselves to it
 * through {@link Overloaded}; it computes the value with the ordinary tensor kernels and appends a
 * node with the operation's derivative rule to its grad call's tape.
 *
 * <p>Comparisons give plain bool tensors (constants), so masks and {@code where} conditions are not
 * differentiated. Printing shows the value.
 */
public final class Var implements Overloaded {
  final Tape tape;

  /** A Tensor, or a Var of an enclosing tape when grad is nested. */
  final Object value;

  /** Inputs of the operation (null for constants and for leaves). */
  final Var[] inputs;

  final Backward backward;

  private Object grad;
  private boolean gradOwned;

  Var(Tape tape, Object value, Var[] inputs, Backward backward) {
    this.tape = tape;
    this.value = value;
    this.inputs = inputs;
    this.backward = backward;
  }

  /** The numbers: the value, or the tensor inside an enclosing tape's value. */
  public Tensor tensor() {
    return value instanceof Var ? ((Var) value).tensor() : (Tensor) value;
  }

  int[] shape() {
    return tensor().shape();
  }

  /** The value of {@code o} as {@code tape} sees it: a node of the tape gives its value. */
  static Object valueIn(Tape tape, Object o) {
    return o instanceof Var && ((Var) o).tape == tape ? ((Var) o).value : o;
  }

  /** {@code o} as an input of an operation of {@code tape}: itself if it is one of its nodes. */
  static Var nodeIn(Tape tape, Object o) {
    return o instanceof Var && ((Var) o).tape == tape ? (Var) o : null;
  }

  // ---- the hook --------------------------------------------------------------------------------

  @Override
  public Object binary(BinaryOp op, Object other, boolean reflected) {
    Var owner = owner(this, other);
    if (owner != this) {
      return owner.binary(op, this, !reflected);
    }
    Object a = reflected ? other : this;
    Object b = reflected ? this : other;
    return Arithmetic.binary(tape, op, a, b);
  }

  @Override
  public Object unary(UnaryOp op) {
    return Arithmetic.unary(this, op);
  }

  @Override
  public Object apply(String function, Object[] args) {
    Var owner = owner(args);
    if (owner != this) {
      return owner.apply(function, args);
    }
    return Rules.apply(this, function, args);
  }

  /**
   * The operand whose tape is nested deepest, which must record the operation: the values of an
   * outer tape are constants to an inner one, never the reverse (else nested grads confuse their
   * perturbations).
   */
  static Var owner(Object... args) {
    Var best = null;
    for (Object a : args) {
      Var v = a instanceof Var ? (Var) a : null;
      if (a instanceof Object[]) {
        v = owner((Object[]) a);
      }
      if (v == null) {
        continue;
      }
      if (best == null || v.tape.level > best.tape.level) {
        best = v;
      } else if (v.tape != best.tape && v.tape.level == best.tape.level) {
        throw new IllegalStateException(
            "grad: a traced value was used outside its grad call; pass it to the function as an"
                + " argument instead");
      }
    }
    return best;
  }

  // ---- back-propagation state ------------------------------------------------------------------

  /** Adds a gradient arriving from one consumer. */
  void accumulate(Object g) {
    if (g instanceof Scatter) {
      grad = ((Scatter) g).addInto(grad, gradOwned, shape());
      gradOwned = grad instanceof Tensor;
      return;
    }
    if (grad == null) {
      grad = g;
      gradOwned = false;
    } else if (gradOwned && g instanceof Tensor && ((Tensor) grad).isContiguous()) {
      ((Tensor) grad).addInPlace(g);
    } else {
      grad = ddl.stdlib.Ops.add(grad, g);
      gradOwned = grad instanceof Tensor;
    }
  }

  Object takeGrad() {
    Object g = grad;
    grad = null;
    return g;
  }

  void keepGrad(Object g) {
    grad = g;
  }

  /** The gradient after back-propagation (a leaf's), shaped like the value, or null if none. */
  Object grad() {
    return grad;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
