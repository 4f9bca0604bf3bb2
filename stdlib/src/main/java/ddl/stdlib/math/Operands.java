package ddl.stdlib.math;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/**
 * Operand handling shared by the functions of several operands ({@code where}, {@code clip}, {@code
 * isclose}): numpy's result type with weak Python scalars (NEP 50), the broadcast shape of all
 * operands with numpy's error naming every shape, and conversion of scalars to tensors.
 */
final class Operands {
  private Operands() {}

  /**
   * numpy's {@code result_type} of tensors and Java scalars: the widest tensor dtype, raised to a
   * scalar's kind only if the scalar is of a higher kind; with no tensor, the widest scalar kind.
   * Null operands (an absent clip bound) are skipped.
   */
  static DType resultType(Object... operands) {
    DType strong = null;
    DType weak = null;
    for (Object o : operands) {
      if (o == null) {
        continue;
      }
      if (o instanceof Tensor) {
        DType d = ((Tensor) o).dtype();
        strong = strong == null ? d : DType.promote(strong, d);
      } else {
        DType d = DType.ofScalar(o);
        weak = weak == null ? d : DType.promote(weak, d);
      }
    }
    if (strong == null) {
      return weak;
    }
    return weak == null ? strong : DType.promoteWeak(strong, weak);
  }

  /**
   * The broadcast shape of every non-null operand (a scalar has shape {@code ()}), or numpy's error
   * listing all of their shapes: {@code operands could not be broadcast together with shapes (2,)
   * (3,) ()}.
   */
  static int[] broadcastShape(Object... operands) {
    int[] out = new int[0];
    for (Object o : operands) {
      if (o == null) {
        continue;
      }
      try {
        out = Shape.broadcast(out, shapeOf(o));
      } catch (IllegalArgumentException e) {
        StringBuilder sb =
            new StringBuilder("operands could not be broadcast together with shapes");
        for (Object p : operands) {
          if (p != null) {
            sb.append(' ').append(Shape.compact(shapeOf(p)));
          }
        }
        throw new IllegalArgumentException(sb.toString(), e);
      }
    }
    return out;
  }

  static int[] shapeOf(Object o) {
    return o instanceof Tensor ? ((Tensor) o).shape() : new int[0];
  }

  /** A tensor of {@code dtype}: a tensor converted if needed, or a scalar as a 0-d tensor. */
  static Tensor as(Object o, DType dtype) {
    if (o instanceof Tensor) {
      Tensor t = (Tensor) o;
      return t.dtype() == dtype ? t : t.astype(dtype);
    }
    return Elementwise.scalarTensor(o, dtype);
  }

  /** The strides that read {@code t} broadcast to {@code shape}. */
  static int[] stridesFor(Tensor t, int[] shape) {
    return Shape.broadcastStrides(t.shape(), t.strides(), shape);
  }
}
