package ddl.stdlib;

import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.Elementwise;

/**
 * Where an arithmetic result may be written instead of into new memory (see docs/architecture.md,
 * "Memory of results"): into a temporary the expression just computed ({@code Ops.addFresh} and
 * friends), or into the tensor the assigned variable alone holds ({@code Ops.addTo} and friends,
 * {@link Tensor#exclusive}); otherwise a new result, marked as the variable's alone.
 */
final class InPlace {
  private InPlace() {}

  /** {@code fresh op other}, written into {@code fresh} when it can take the result. */
  static Object fresh(BinaryOp op, Object fresh, Object other) {
    if (reusable(fresh, other)) {
      return Elementwise.binaryInPlace(op, (Tensor) fresh, other);
    }
    return Ops.binary(op, fresh, other);
  }

  /** A float64 temporary that {@code other} (a number or a tensor broadcasting into it) can update. */
  static boolean reusable(Object fresh, Object other) {
    if (!(fresh instanceof Tensor) || ((Tensor) fresh).dtype() != DType.FLOAT64) {
      return false;
    }
    if (other instanceof Long || other instanceof Double || other instanceof Integer) {
      return true;
    }
    if (other instanceof Tensor) {
      Tensor f = (Tensor) fresh;
      Tensor o = (Tensor) other;
      return o.dtype() != DType.BOOL
          && o.ndim() <= f.ndim()
          && java.util.Arrays.equals(Shape.broadcast(f.shape(), o.shape()), f.shape());
    }
    return false;
  }

  /** {@code target = a op b}, written into target when it is the variable's alone and fits. */
  static Object into(BinaryOp op, Object a, Object b, Object target) {
    // binaryInto declines anything but tensors and numbers; binary then raises the errors
    if (target instanceof Tensor
        && ((Tensor) target).exclusive
        && Elementwise.binaryInto(op, a, b, (Tensor) target)) {
      return target;
    }
    return ownedIfTensors(Ops.binary(op, a, b), a, b);
  }

  /** {@code target = a @ b}: the product written into target when it fits. */
  static Object matmulInto(Object a, Object b, Object target) {
    if (a instanceof Tensor
        && b instanceof Tensor
        && target instanceof Tensor
        && ((Tensor) target).exclusive
        && ((Tensor) a).ndim() > 1
        && ((Tensor) b).ndim() > 1) {
      return Ops.owned(ddl.stdlib.math.Linalg.matmulInto((Tensor) a, (Tensor) b, (Tensor) target));
    }
    return ownedIfTensors(Ops.matmul(a, b), a, b);
  }

  /**
   * A new result of tensor operands, marked as the assigned variable's alone; not the result of a
   * traced (autodiff) operation, which the trace may keep.
   */
  private static Object ownedIfTensors(Object r, Object a, Object b) {
    boolean traced = a instanceof Overloaded || b instanceof Overloaded;
    return !traced && (a instanceof Tensor || b instanceof Tensor) ? Ops.owned(r) : r;
  }
}
