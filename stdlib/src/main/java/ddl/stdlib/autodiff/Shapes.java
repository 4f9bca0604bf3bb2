package ddl.stdlib.autodiff;

import ddl.stdlib.Args;
import ddl.stdlib.Lang;
import ddl.stdlib.Members;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.builtins.ArrayBuiltins;

/**
 * Derivative rules of the operations that rearrange elements: {@code reshape}, {@code transpose},
 * {@code .T} (the inverse rearrangement) and array literals (the rows of the gradient).
 */
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

  /** {@code [a, b, ...]} with traced items, stacked as np.array: item i's gradient is g[i]. */
  static Object array(Tape tape, Object[] items) {
    Object[] values = new Object[items.length];
    Var[] inputs = new Var[items.length];
    for (int i = 0; i < items.length; i++) {
      inputs[i] = Var.nodeIn(tape, items[i]);
      values[i] = Var.valueIn(tape, items[i]);
    }
    Object out = Lang.array(values);
    Backward rule =
        g -> {
          Object[] r = new Object[items.length];
          for (int i = 0; i < r.length; i++) {
            if (inputs[i] != null) {
              r[i] = Grads.tensorOf(Index.getitem(g, new Object[] {(long) i}));
            }
          }
          return r;
        };
    return tape.record(out, rule, inputs);
  }

  private static Object permute(Object g, int[] axes) {
    if (g instanceof Tensor) {
      return ((Tensor) g).transpose(axes);
    }
    return ArrayBuiltins.transpose(g, Tuple.ofShape(axes));
  }
}
