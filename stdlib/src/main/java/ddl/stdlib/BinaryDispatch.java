package ddl.stdlib;

import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.Elementwise;

/** {@code a op b} for any two ddl values: traced, tensor, scalar, string and tuple operands. */
final class BinaryDispatch {
  private BinaryDispatch() {}

  /** {@code a op b} for any two ddl values. */
  static Object binary(BinaryOp op, Object a, Object b) {
    if (a instanceof Overloaded) {
      Lang.shared(b); // a traced operation may keep its operands
      return ((Overloaded) a).binary(op, b, false);
    }
    if (b instanceof Overloaded) {
      Lang.shared(a);
      return ((Overloaded) b).binary(op, a, true);
    }
    if (a instanceof Tensor || b instanceof Tensor) {
      checkOperand(op, a, b);
      checkOperand(op, b, a);
      return Elementwise.binary(op, a, b);
    }
    if (Ops.isScalar(a) && Ops.isScalar(b)) {
      return Scalars.binary(op, a, b);
    }
    if (a instanceof String || b instanceof String) {
      if (op == BinaryOp.ADD && a instanceof String && b instanceof String) {
        return (String) a + b;
      }
      if (op == BinaryOp.MUL && a instanceof String && Ops.isInt(b)) {
        return ((String) a).repeat((int) Math.max(0, ((Number) b).longValue()));
      }
      if (op == BinaryOp.ADD && a instanceof String) {
        throw new IllegalArgumentException(
            "can only concatenate str (not \"" + Values.typeName(b) + "\") to str");
      }
    }
    if (op == BinaryOp.ADD && a instanceof Tuple && b instanceof Tuple) {
      java.util.List<Object> l = new java.util.ArrayList<>((Tuple) a);
      l.addAll((Tuple) b);
      return Tuple.copyOf(l);
    }
    if (op == BinaryOp.EQ) {
      return Values.equal(a, b);
    }
    if (op == BinaryOp.NE) {
      return !Values.equal(a, b);
    }
    throw Values.unsupported(op.symbol(), a, b);
  }

  private static void checkOperand(BinaryOp op, Object v, Object other) {
    if (!(v instanceof Tensor) && !Ops.isScalar(v)) {
      throw other instanceof Tensor ? Values.unsupported(op.symbol(), other, v)
          : Values.unsupported(op.symbol(), v, other);
    }
  }
}
