package ddl.stdlib.autodiff;

import ddl.stdlib.Ops;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.builtins.ArrayBuiltins;

/**
 * The derivative rule of numpy's matmul: for C = A @ B, dA = G @ B^T and dB = A^T @ G over the last
 * two axes, batch axes summed back where an operand was broadcast; a 1-D operand is a row (left) or
 * column (right) whose unit axis is dropped again (Giles, "An extended collection of matrix
 * derivative results for forward and reverse mode AD", 2008).
 */
final class Matmul {
  private Matmul() {}

  static Object apply(Tape tape, Object a, Object b) {
    Var va = Var.nodeIn(tape, a);
    Var vb = Var.nodeIn(tape, b);
    Object x = Var.valueIn(tape, a);
    Object y = Var.valueIn(tape, b);
    Object out = Grads.tensorOf(Ops.matmul(x, y));
    int[] sa = Grads.shapeOf(x);
    int[] sb = Grads.shapeOf(y);
    Backward rule =
        g ->
            new Object[] {
              va == null ? null : gradA(g, x, y, sa, sb), vb == null ? null : gradB(g, x, y, sa, sb)
            };
    return tape.record(out, rule, va, vb);
  }

  private static Object gradA(Object g, Object x, Object y, int[] sa, int[] sb) {
    if (sa.length == 1 && sb.length == 2) {
      return Ops.matmul(y, g); // a @ B is (m,): dA = B @ g
    }
    if (sa.length == 2 && sb.length == 1) {
      return outer(g, y); // A @ b is (n,): dA = g b^T
    }
    Object g2 = Grads.reshape(g, g2Shape(g, sa, sb));
    Object y2 = sb.length == 1 ? Grads.reshape(y, new int[] {sb[0], 1}) : y;
    int[] a2 = sa.length == 1 ? new int[] {1, sa[0]} : sa;
    return Grads.reshape(Grads.sumTo(Ops.matmul(g2, swap(y2)), a2), sa);
  }

  private static Object gradB(Object g, Object x, Object y, int[] sa, int[] sb) {
    if (sa.length == 2 && sb.length == 1) {
      return Ops.matmul(g, x); // A @ b is (n,): dB = A^T g = g @ A, with no transposed copy of A
    }
    if (sa.length == 1 && sb.length == 2) {
      return outer(x, g); // a @ B is (m,): dB = a g^T
    }
    Object g2 = Grads.reshape(g, g2Shape(g, sa, sb));
    Object x2 = sa.length == 1 ? Grads.reshape(x, new int[] {1, sa[0]}) : x;
    int[] b2 = sb.length == 1 ? new int[] {sb[0], 1} : sb;
    return Grads.reshape(Grads.sumTo(Ops.matmul(swap(x2), g2), b2), sb);
  }

  /** The outer product of two vectors, as the matmul of a column and a row. */
  private static Object outer(Object u, Object v) {
    int[] su = Grads.shapeOf(u);
    int[] sv = Grads.shapeOf(v);
    return Ops.matmul(
        Grads.reshape(u, new int[] {su[0], 1}), Grads.reshape(v, new int[] {1, sv[0]}));
  }

  /** G's shape with the unit axes of 1-D operands put back: (..., n, m). */
  private static int[] g2Shape(Object g, int[] sa, int[] sb) {
    int[] gs = Grads.shapeOf(g);
    int extra = (sa.length == 1 ? 1 : 0) + (sb.length == 1 ? 1 : 0);
    int[] r = new int[gs.length + extra];
    int batch = gs.length - (sa.length == 1 ? 0 : 1) - (sb.length == 1 ? 0 : 1);
    System.arraycopy(gs, 0, r, 0, batch);
    r[batch] = sa.length == 1 ? 1 : gs[batch];
    r[batch + 1] = sb.length == 1 ? 1 : gs[gs.length - 1];
    return r;
  }

  /** The last two axes exchanged (a view for tensors). */
  private static Object swap(Object t) {
    int n = Grads.shapeOf(t).length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    perm[n - 2] = n - 1;
    perm[n - 1] = n - 2;
    if (t instanceof Tensor) {
      return ((Tensor) t).transpose(perm);
    }
    return ArrayBuiltins.transpose(t, Tuple.ofShape(perm));
  }
}
