package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.Elementwise;

/**
 * numpy's {@code dot(a, b)} for the method {@code A.dot(b)} while no {@code dot} built-in exists:
 * a product with a 0-d operand; otherwise the sum over a's last axis and b's second-to-last (its
 * only axis when 1-D), through matmul.
 */
final class Dot {
  private Dot() {}

  static Object dot(Tensor a, Object other) {
    Tensor b = Args.tensor(other, "b");
    if (a.ndim() == 0 || b.ndim() == 0) {
      Tensor r = Elementwise.binary(BinaryOp.MUL, a, b);
      return r.ndim() == 0 ? r.item() : r;
    }
    int axisB = b.ndim() == 1 ? 0 : b.ndim() - 2;
    int k = a.shape(-1);
    if (k != b.shape(axisB)) {
      throw new IllegalArgumentException("shapes " + Shape.compact(a.shape()) + " and "
          + Shape.compact(b.shape()) + " not aligned: " + k + " (dim " + (a.ndim() - 1) + ") != "
          + b.shape(axisB) + " (dim " + axisB + ")");
    }
    if (a.ndim() <= 2 && b.ndim() <= 2) {
      Tensor r = a.matmul(b);
      return r.ndim() == 0 ? r.item() : r;
    }
    int[] perm = new int[b.ndim()];
    int[] out = new int[a.ndim() - 1 + b.ndim() - 1];
    int o = 0;
    for (int i = 0; i < a.ndim() - 1; i++) {
      out[o++] = a.shape(i);
    }
    perm[0] = axisB;
    for (int i = 0, j = 1; i < b.ndim(); i++) {
      if (i != axisB) {
        perm[j++] = i;
        out[o++] = b.shape(i);
      }
    }
    Tensor a2 = a.reshape(-1, k);
    Tensor b2 = b.transpose(perm).reshape(k, -1);
    return a2.matmul(b2).reshape(out);
  }
}
