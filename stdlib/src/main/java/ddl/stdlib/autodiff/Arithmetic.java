package ddl.stdlib.autodiff;

import static ddl.stdlib.autodiff.Grads.mulSumTo;
import static ddl.stdlib.autodiff.Grads.sumTo;

import ddl.stdlib.Ops;
import ddl.stdlib.Tensor;
import ddl.stdlib.builtins.MathBuiltins;
import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.UnaryOp;

/**
 * Derivative rules of the operators {@code + - * / % **} with broadcasting, and of the elementwise
 * functions {@code - abs exp log sqrt sin cos tanh}. Comparisons give constant bool tensors.
 */
final class Arithmetic {
  private Arithmetic() {}

  static Object binary(Tape tape, BinaryOp op, Object a, Object b) {
    Object x = Var.valueIn(tape, a);
    Object y = Var.valueIn(tape, b);
    if (op.isComparison()) {
      return Ops.binary(op, x, y);
    }
    if (op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM) {
      return Select.extremum(tape, op == BinaryOp.MAXIMUM, a, b);
    }
    Var va = Var.nodeIn(tape, a);
    Var vb = Var.nodeIn(tape, b);
    int[] sa = Grads.shapeOf(x);
    int[] sb = Grads.shapeOf(y);
    Object out = Grads.tensorOf(Ops.binary(op, x, y));
    Backward rule;
    switch (op) {
      case ADD:
        rule =
            g -> new Object[] {va == null ? null : sumTo(g, sa), vb == null ? null : sumTo(g, sb)};
        break;
      case SUB:
        rule =
            g ->
                new Object[] {
                  va == null ? null : sumTo(g, sa), vb == null ? null : neg(sumTo(g, sb))
                };
        break;
      case MUL:
        rule =
            g ->
                new Object[] {
                  va == null ? null : mulSumTo(g, y, sa), vb == null ? null : mulSumTo(g, x, sb)
                };
        break;
      case DIV:
        rule =
            g ->
                new Object[] {
                  va == null ? null : sumTo(Ops.div(g, y), sa),
                  vb == null ? null : neg(mulSumTo(g, Ops.div(out, y), sb))
                };
        break;
      case MOD:
        // a % b = a - b * floor(a / b), and floor is locally constant
        rule =
            g ->
                new Object[] {
                  va == null ? null : sumTo(g, sa),
                  vb == null ? null : neg(mulSumTo(g, Ops.floordiv(x, y), sb))
                };
        break;
      case POW:
        rule =
            g ->
                new Object[] {
                  va == null ? null : powBase(g, x, y, sa),
                  vb == null ? null : mulSumTo(g, Ops.mul(out, MathBuiltins.log(x)), sb)
                };
        break;
      default:
        throw Rules.noRule(op.symbol());
    }
    return tape.record(out, rule, va, vb);
  }

  /** d(x ** p)/dx = p * x ** (p - 1); x * 2 for the square, in one pass when g is uniform. */
  private static Object powBase(Object g, Object x, Object p, int[] shape) {
    Double c = Grads.uniform(g);
    boolean square = p instanceof Number && ((Number) p).doubleValue() == 2;
    if (square && c != null) {
      return sumTo(Ops.mul(x, 2 * c), shape);
    }
    Object local;
    if (square) {
      local = Ops.mul(x, 2.0);
    } else if (p instanceof Number) {
      local = Ops.mul(Ops.pow(x, ((Number) p).doubleValue() - 1), p);
    } else {
      local = Ops.mul(Ops.pow(x, Ops.sub(p, 1.0)), p);
    }
    return mulSumTo(g, local, shape);
  }

  static Object neg(Object g) {
    Double c = Grads.uniform(g);
    if (c != null && g instanceof Tensor) {
      return Grads.full(-c, ((Tensor) g).shape());
    }
    return Ops.neg(g);
  }

  static Object unary(Var self, UnaryOp op) {
    Tape tape = self.tape;
    Object x = self.value;
    Object out;
    Backward rule;
    switch (op) {
      case NEG:
        out = Ops.neg(x);
        rule = g -> new Object[] {neg(g)};
        break;
      case ABS:
        out = MathBuiltins.abs(x);
        rule = g -> new Object[] {Ops.mul(g, sign(self.tensor()))};
        break;
      case EXP:
        out = MathBuiltins.exp(x);
        rule = null; // needs the result: set below
        break;
      case LOG:
        out = MathBuiltins.log(x);
        rule = g -> new Object[] {Ops.div(g, x)};
        break;
      case SQRT:
        out = MathBuiltins.sqrt(x);
        rule = null; // needs the result: set below
        break;
      case SIN:
        out = MathBuiltins.sin(x);
        rule = g -> new Object[] {Ops.mul(g, MathBuiltins.cos(x))};
        break;
      case COS:
        out = MathBuiltins.cos(x);
        rule = g -> new Object[] {neg(Ops.mul(g, MathBuiltins.sin(x)))};
        break;
      case TANH:
        out = MathBuiltins.tanh(x);
        rule = null; // needs the result: set below
        break;
      default:
        throw Rules.noRule(op == UnaryOp.INVERT ? "~" : op.ufunc());
    }
    Object value = Grads.tensorOf(out);
    if (op == UnaryOp.EXP) {
      rule = g -> new Object[] {Ops.mul(g, value)};
    } else if (op == UnaryOp.SQRT) {
      rule = g -> new Object[] {Ops.div(g, Ops.mul(value, 2.0))};
    } else if (op == UnaryOp.TANH) {
      rule = g -> new Object[] {Ops.mul(g, Ops.sub(1.0, Ops.mul(value, value)))};
    }
    return tape.record(value, rule, self);
  }

  /** numpy's sign of the numbers: the derivative of abs, a constant even under a nested grad. */
  static Tensor sign(Tensor t) {
    double[] d = t.toDoubleArray();
    for (int i = 0; i < d.length; i++) {
      d[i] = Math.signum(d[i]);
    }
    return Tensor.wrap(d, t.shape());
  }
}
