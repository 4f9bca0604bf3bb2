package ddl.stdlib.autodiff;

import ddl.stdlib.Args;
import ddl.stdlib.Ops;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.builtins.MathBuiltins;
import ddl.stdlib.math.Functions;
import ddl.stdlib.math.Reductions;

/** Derivative rules of the reductions {@code sum mean max min} with {@code axis} and keepdims. */
final class Reduce {
  private Reduce() {}

  static Object apply(Var self, String function, Object[] args) {
    Object x = self.value;
    Object axis = args.length > 1 ? args[1] : null;
    Object keepdims = args.length > 2 ? args[2] : false;
    Object out;
    switch (function) {
      case "sum":
        out = MathBuiltins.sum(x, axis, keepdims);
        break;
      case "mean":
        out = MathBuiltins.mean(x, axis, keepdims);
        break;
      case "max":
        out = MathBuiltins.max(x, axis, keepdims);
        break;
      default:
        out = MathBuiltins.min(x, axis, keepdims);
    }
    Object value = Grads.tensorOf(out);
    int[] in = self.shape();
    int[] kept = keptShape(in, Args.axes(axis));
    Backward rule;
    if (function.equals("sum")) {
      rule = g -> new Object[] {Grads.expand(Grads.reshape(g, kept), in)};
    } else if (function.equals("mean")) {
      double scale = (double) Shape.size(kept) / Math.max(1, Shape.size(in));
      rule = g -> new Object[] {Grads.expand(Grads.reshape(scaled(g, scale), kept), in)};
    } else {
      // ties share the gradient equally, as JAX and PyTorch's amax
      Tensor t = self.tensor();
      Tensor hit = t.eq(valueTensor(value).reshape(kept));
      Tensor count = Reductions.sum(hit, Args.axes(axis), true);
      Tensor weight = Functions.where(hit, Ops.div(1.0, count), 0.0);
      rule = g -> new Object[] {Ops.mul(Grads.expand(Grads.reshape(g, kept), in), weight)};
    }
    return self.tape.record(value, rule, self);
  }

  private static Tensor valueTensor(Object v) {
    return v instanceof Var ? ((Var) v).tensor() : (Tensor) v;
  }

  private static Object scaled(Object g, double s) {
    Double c = Grads.uniform(g);
    if (c != null && g instanceof Tensor) {
      return Grads.full(c * s, ((Tensor) g).shape());
    }
    return Ops.mul(g, s);
  }

  /** The input's shape with the reduced axes set to 1 (keepdims), all of them when axes is null. */
  static int[] keptShape(int[] in, int[] axes) {
    boolean[] reduced;
    if (axes == null) {
      reduced = new boolean[in.length];
      java.util.Arrays.fill(reduced, true);
    } else {
      reduced = Shape.axisMask(axes, in.length);
    }
    int[] k = in.clone();
    for (int d = 0; d < k.length; d++) {
      if (reduced[d]) {
        k[d] = 1;
      }
    }
    return k;
  }
}
