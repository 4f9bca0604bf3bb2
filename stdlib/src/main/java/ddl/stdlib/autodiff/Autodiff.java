package ddl.stdlib.autodiff;

import ddl.stdlib.Fn;

/** Reverse-mode automatic differentiation of ddl functions (see docs/autodiff.md). */
public final class Autodiff {
  private Autodiff() {}

  /**
   * The value of {@code fn(args)} (a scalar) and its gradients with respect to the arguments at
   * positions {@code wrt}: {@code result[0]} is the value (Double), {@code result[1 + i]} the
   * gradient for {@code args[wrt[i]]}, shaped like that argument (a Tensor, or a Double for a
   * scalar argument).
   */
  public static Object[] valueAndGrad(Fn fn, Object[] args, int[] wrt) {
    throw new UnsupportedOperationException("automatic differentiation is not available yet");
  }
}
