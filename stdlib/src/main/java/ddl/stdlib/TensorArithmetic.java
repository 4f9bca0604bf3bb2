package ddl.stdlib;

import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.Elementwise;
import ddl.stdlib.math.UnaryOp;

/**
 * numpy's operators as methods of {@link Tensor}, for Java code: {@code x.add(y)} is {@code x + y}
 * with numpy's promotion and broadcasting, {@code x.add(y, out)} writes into {@code out},
 * {@code x.addInPlace(y)} is {@code x += y}.
 */
public sealed interface TensorArithmetic permits Tensor {
  private Tensor self() {
    return (Tensor) this;
  }

  default Tensor add(Object other) {
    return Elementwise.binary(BinaryOp.ADD, self(), other);
  }

  default Tensor sub(Object other) {
    return Elementwise.binary(BinaryOp.SUB, self(), other);
  }

  default Tensor mul(Object other) {
    return Elementwise.binary(BinaryOp.MUL, self(), other);
  }

  /** True division: always float64. */
  default Tensor div(Object other) {
    return Elementwise.binary(BinaryOp.DIV, self(), other);
  }

  /** Floor division {@code //}. */
  default Tensor floordiv(Object other) {
    return Elementwise.binary(BinaryOp.FLOORDIV, self(), other);
  }

  /** Python's modulo {@code %}: the result has the sign of the divisor. */
  default Tensor mod(Object other) {
    return Elementwise.binary(BinaryOp.MOD, self(), other);
  }

  default Tensor pow(Object other) {
    return Elementwise.binary(BinaryOp.POW, self(), other);
  }

  default Tensor lt(Object other) {
    return Elementwise.binary(BinaryOp.LT, self(), other);
  }

  default Tensor le(Object other) {
    return Elementwise.binary(BinaryOp.LE, self(), other);
  }

  default Tensor gt(Object other) {
    return Elementwise.binary(BinaryOp.GT, self(), other);
  }

  default Tensor ge(Object other) {
    return Elementwise.binary(BinaryOp.GE, self(), other);
  }

  /** Elementwise {@code ==} (a bool tensor, not Java equality). */
  default Tensor eq(Object other) {
    return Elementwise.binary(BinaryOp.EQ, self(), other);
  }

  default Tensor ne(Object other) {
    return Elementwise.binary(BinaryOp.NE, self(), other);
  }

  /** {@code &}: logical and on bools, bitwise on ints. */
  default Tensor and(Object other) {
    return Elementwise.binary(BinaryOp.AND, self(), other);
  }

  /** {@code |}: logical or on bools, bitwise on ints. */
  default Tensor or(Object other) {
    return Elementwise.binary(BinaryOp.OR, self(), other);
  }

  /** {@code ^}: logical xor on bools, bitwise on ints. */
  default Tensor xor(Object other) {
    return Elementwise.binary(BinaryOp.XOR, self(), other);
  }

  /** {@code ~}: logical not on bools, bitwise not on ints. */
  default Tensor not() {
    return Elementwise.unary(UnaryOp.INVERT, self());
  }

  default Tensor neg() {
    return Elementwise.unary(UnaryOp.NEG, self());
  }

  default Tensor abs() {
    return Elementwise.unary(UnaryOp.ABS, self());
  }

  default Tensor exp() {
    return Elementwise.unary(UnaryOp.EXP, self());
  }

  default Tensor log() {
    return Elementwise.unary(UnaryOp.LOG, self());
  }

  default Tensor sqrt() {
    return Elementwise.unary(UnaryOp.SQRT, self());
  }

  /**
   * {@code out = this + other} written into {@code out}, numpy's {@code np.add(x, y, out=out)}:
   * no new array, so a loop that keeps its result tensor runs in warm memory (a new 8 MB array is
   * cold on the JVM). Returns out.
   */
  default Tensor add(Object other, Tensor out) {
    return Elementwise.binaryOut(BinaryOp.ADD, self(), other, out);
  }

  default Tensor sub(Object other, Tensor out) {
    return Elementwise.binaryOut(BinaryOp.SUB, self(), other, out);
  }

  default Tensor mul(Object other, Tensor out) {
    return Elementwise.binaryOut(BinaryOp.MUL, self(), other, out);
  }

  default Tensor div(Object other, Tensor out) {
    return Elementwise.binaryOut(BinaryOp.DIV, self(), other, out);
  }

  /** In place {@code this += other}, keeping this tensor's dtype (numpy's same-kind rule). */
  default Tensor addInPlace(Object other) {
    return Elementwise.binaryInPlace(BinaryOp.ADD, self(), other);
  }

  default Tensor subInPlace(Object other) {
    return Elementwise.binaryInPlace(BinaryOp.SUB, self(), other);
  }

  default Tensor mulInPlace(Object other) {
    return Elementwise.binaryInPlace(BinaryOp.MUL, self(), other);
  }

  default Tensor divInPlace(Object other) {
    return Elementwise.binaryInPlace(BinaryOp.DIV, self(), other);
  }
}
