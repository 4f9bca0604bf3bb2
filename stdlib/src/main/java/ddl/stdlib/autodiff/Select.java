package ddl.stdlib.autodiff;

import ddl.stdlib.Args;
import ddl.stdlib.Ops;
import ddl.stdlib.Overloaded;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Functions;

/**
 * Derivative rules of the functions that select among their operands: {@code maximum minimum clip
 * where}. Which operand is selected is decided by the numbers and is a constant; the gradient flows
 * to the selected operand only, split in half on ties of maximum and minimum (as JAX).
 */
final class Select {
  private Select() {}

  static Object extremum(Tape tape, boolean max, Object a, Object b) {
    Var va = Var.nodeIn(tape, a);
    Var vb = Var.nodeIn(tape, b);
    Object x = Var.valueIn(tape, a);
    Object y = Var.valueIn(tape, b);
    String name = max ? "maximum" : "minimum";
    Object out = call(name, x, y);
    Tensor tx = data(x);
    Tensor ty = data(y);
    Tensor wins = max ? tx.gt(ty) : tx.lt(ty);
    Tensor wa = Functions.where(wins, 1.0, Functions.where(tx.eq(ty), 0.5, 0.0));
    int[] sa = Grads.shapeOf(x);
    int[] sb = Grads.shapeOf(y);
    Backward rule =
        g ->
            new Object[] {
              va == null ? null : Grads.mulSumTo(g, wa, sa),
              vb == null ? null : Grads.mulSumTo(g, Ops.sub(1.0, wa), sb)
            };
    return tape.record(out, rule, va, vb);
  }

  /** {@code clip(a, lo, hi)}: the gradient passes where lo <= a <= hi (as PyTorch's clamp). */
  static Object clip(Tape tape, Object a, Object lo, Object hi) {
    if (Var.nodeIn(tape, lo) != null || Var.nodeIn(tape, hi) != null) {
      // traced bounds: clip is minimum(maximum(a, lo), hi), as numpy defines it
      Object r = lo == null ? a : extremum(tape, true, a, lo);
      return hi == null ? r : extremum(tape, false, r, hi);
    }
    Var va = Var.nodeIn(tape, a);
    Object x = Var.valueIn(tape, a);
    Object out = call("clip", x, lo, hi);
    Tensor t = data(x);
    Tensor inside = Tensor.wrap(new boolean[] {true});
    if (lo != null) {
      inside = inside.and(t.ge(data(lo)));
    }
    if (hi != null) {
      inside = inside.and(t.le(data(hi)));
    }
    Tensor pass = Functions.where(inside, 1.0, 0.0);
    int[] sa = Grads.shapeOf(x);
    return tape.record(out, g -> new Object[] {Grads.mulSumTo(g, pass, sa)}, va);
  }

  /** {@code where(cond, x, y)}: the condition is a constant (comparisons give bool tensors). */
  static Object where(Tape tape, Object cond, Object a, Object b) {
    Var va = Var.nodeIn(tape, a);
    Var vb = Var.nodeIn(tape, b);
    Object x = Var.valueIn(tape, a);
    Object y = Var.valueIn(tape, b);
    Tensor c = data(cond).astype(ddl.stdlib.DType.BOOL);
    Object out = call("where", c, x, y);
    int[] sa = Grads.shapeOf(x);
    int[] sb = Grads.shapeOf(y);
    Backward rule =
        g ->
            new Object[] {
              va == null ? null : Grads.sumTo(call("where", c, g, 0.0), sa),
              vb == null ? null : Grads.sumTo(call("where", c, 0.0, g), sb)
            };
    return tape.record(out, rule, va, vb);
  }

  /** The function on values: handed to an enclosing tape's value if there is one. */
  private static Object call(String name, Object... args) {
    Overloaded o = Var.owner(args);
    if (o != null) {
      return o.apply(name, args);
    }
    switch (name) {
      case "maximum":
        return Functions.maximum(args[0], args[1]);
      case "minimum":
        return Functions.minimum(args[0], args[1]);
      case "clip":
        return Functions.clip(args[0], args[1], args[2]);
      default:
        return Functions.where(args[0], args[1], args[2]);
    }
  }

  /** The numbers of an operand, traced or not. */
  private static Tensor data(Object v) {
    if (v instanceof Var) {
      return ((Var) v).tensor();
    }
    return Args.tensor(v, "operand");
  }
}
