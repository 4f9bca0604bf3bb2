package ddl.stdlib.autodiff;

import ddl.stdlib.Args;
import ddl.stdlib.Members;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.builtins.ArrayBuiltins;

/** Derivative rules of {@code reshape}, {@code transpose} and {@code .T}: the inverse rearrangement. */
final class Shapes {
  private Shapes() {}

  static Object reshape(Var self, Object[] shape) {
    Object out = ArrayBuiltins.reshape(self.value, shape);
    int[] in = self.shape();
    return self.tape.record(out, g -> new Object[] {Grads.reshape(g, in)}, self);
  }

  /** {@code transpose(a, axes)}; null axes reverse them ({@code .T}). */
  static Object transpose(Var self, Object axes) {
    Object out =
        axes == null ? Members.attr(self.value, "T") : ArrayBuiltins.transpose(self.value, axes);
    int n = self.shape().length;
    int[] inverse = new int[n];
    if (axes == null) {
      for (int i = 0; i < n; i++) {
        inverse[i] = n - 1 - i;
      }
    } else {
      int[] perm = Args.ints(axes, "axes");
      if (perm.length != n) {
        throw new IllegalArgumentException("axes don't match array");
      }
      for (int i = 0; i < n; i++) {
        inverse[Shape.normalizeAxis(perm[i], n)] = i;
      }
    }
    return self.tape.record(out, g -> new Object[] {permute(g, inverse)}, self);
  }

  private static Object permute(Object g, int[] axes) {
    if (g instanceof Tensor) {
      return ((Tensor) g).transpose(axes);
    }
    return ArrayBuiltins.transpose(g, Tuple.ofShape(axes));
  }
}
