package ddl.stdlib.autodiff;

import ddl.stdlib.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of one grad call: every operation on a traced value appends a node, so the list is in
 * evaluation order and walking it backwards visits each node after all its consumers (reverse-mode
 * automatic differentiation; Griewank and Walther, "Evaluating Derivatives", ch. 3). A nested grad
 * has a tape of its own one level deeper, which records nothing of the outer one.
 */
final class Tape {
  /** How deep this grad call is nested: 1 for an outermost grad. */
  final int level;

  private final List<Var> nodes = new ArrayList<>();

  Tape(int level) {
    this.level = level;
  }

  /** A differentiated argument: a node without inputs. */
  Var leaf(Object value) {
    return add(new Var(this, value, null, null));
  }

  /** The result of an operation on {@code inputs} (null entries for constants). */
  Var record(Object value, Backward backward, Var... inputs) {
    if (value instanceof Var && ((Var) value).tape == this) {
      throw new IllegalStateException("a node of a tape cannot hold a node of the same tape");
    }
    return add(new Var(this, value, inputs, backward));
  }

  private Var add(Var v) {
    nodes.add(v);
    return v;
  }

  /**
   * Back-propagates {@code seed} (the gradient of {@code result}, ones) through every node recorded
   * up to {@code result}; afterwards each leaf holds its gradient in {@link Var#grad()}.
   */
  void backward(Var result, Object seed) {
    result.accumulate(seed);
    for (int i = nodes.indexOf(result); i >= 0; i--) {
      Var v = nodes.get(i);
      Object g = v.takeGrad();
      if (g == null || v.backward == null) {
        if (v.backward == null) {
          v.keepGrad(g);
        }
        continue;
      }
      Object[] gs = v.backward.apply(g);
      for (int k = 0; k < v.inputs.length; k++) {
        if (v.inputs[k] != null && gs[k] != null) {
          v.inputs[k].accumulate(gs[k]);
        }
      }
    }
  }

  /** The seed of back-propagation: a gradient of one for the scalar result. */
  static Tensor ones(int[] shape) {
    return Grads.full(1.0, shape);
  }
}
