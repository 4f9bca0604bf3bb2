package ddl.stdlib;

import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.UnaryOp;

/**
 * A value that implements ddl's operators itself (the traced tensors of automatic
 * differentiation). {@link Ops} hands an operation to it whenever it is an operand.
 */
public interface Overloaded {
  /** {@code this op other}, or {@code other op this} when {@code reflected}. */
  Object binary(BinaryOp op, Object other, boolean reflected);

  Object unary(UnaryOp op);

  /**
   * A built-in function applied to arguments among which this value is ({@code "matmul"},
   * {@code "sum"}, {@code "reshape"}, ...),.
   */
  Object apply(String function, Object[] args);

  /** The first Overloaded value among {@code args}, or null: built-ins hand the call to it. */
  static Overloaded find(Object... args) {
    for (Object a : args) {
      if (a instanceof Overloaded) {
        return (Overloaded) a;
      }
    }
    return null;
  }
}
