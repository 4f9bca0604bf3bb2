package ddl.stdlib.autodiff;

import ddl.stdlib.Ops;
import ddl.stdlib.Tensor;

/**
 * The gradient an indexing node sends to its input: g at the selected places, zero elsewhere. It is
 * added into the input's gradient buffer in place rather than materialised as an array of zeros per
 * index expression ({@code phi[0]}, {@code phi[1]} add into one buffer).
 */
final class Scatter {
  private final Object g;
  private final Object[] items;

  Scatter(Object g, Object[] items) {
    this.g = g;
    this.items = items;
  }

  /** {@code grad + this}; writes into grad when {@code owned} (a buffer no one else sees). */
  Object addInto(Object grad, boolean owned, int[] shape) {
    if (!(g instanceof Tensor) || (grad != null && !(grad instanceof Tensor))) {
      Object s = Index.scatter(g, shape, items);
      return grad == null ? s : Ops.add(grad, s);
    }
    Tensor buffer;
    if (grad == null) {
      return Index.scatter(g, shape, items);
    } else if (owned && ((Tensor) grad).isContiguous() && ((Tensor) grad).offset() == 0) {
      buffer = (Tensor) grad;
    } else {
      buffer = ((Tensor) grad).astype(ddl.stdlib.DType.FLOAT64);
    }
    Index.addAt(buffer, items, (Tensor) g);
    return buffer;
  }
}
