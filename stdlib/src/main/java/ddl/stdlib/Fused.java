package ddl.stdlib;

/**
 * The operands of one fused elementwise loop (the translator's ElementwiseFusion writes the loop):
 * for each, its storage, offset and step (0 for a number, which is read as a one-element array).
 * A plan exists only where the loop gives numpy's result bit for bit: at least one float64 tensor,
 * every tensor float64, contiguous and of one shape (2^15 elements at most), every other operand a
 * Python float or int.
 */
public final class Fused {
  /** The loop of one fused expression, called with its operands. */
  @FunctionalInterface
  public interface Kernel {
    Object apply(Object[] operands);
  }

  /**
   * Elements above which the operators run one by one: their kernels split large loops over two
   * threads and write temporaries in place, which a single fused loop does not.
   */
  private static final int LARGEST = 1 << 15;

  public final double[][] data;
  public final int[] offset;
  public final int[] step;
  public final int size;
  /** The first tensor operand, whose shape the result has. */
  private final Tensor first;
  private Tensor into;

  private Fused(int n, int size, Tensor first) {
    data = new double[n][];
    offset = new int[n];
    step = new int[n];
    this.size = size;
    this.first = first;
  }

  /** The plan for the first {@code n} operands, or null when the operators must run one by one. */
  public static Fused plan(Object[] v, int n) {
    Tensor first = null;
    for (int k = 0; k < n; k++) {
      Object o = v[k];
      if (o instanceof Tensor) {
        Tensor t = (Tensor) o;
        if (t.dtype() != DType.FLOAT64 || !t.isContiguous()) {
          return null;
        }
        if (first == null) {
          first = t;
        } else if (!first.sameShape(t)) {
          return null;
        }
      } else if (!(o instanceof Double) && !(o instanceof Long)) {
        return null;
      }
    }
    if (first == null || first.size() > LARGEST) {
      return null;
    }
    Fused p = new Fused(n, first.size(), first);
    for (int i = 0; i < n; i++) {
      if (v[i] instanceof Tensor) {
        Tensor t = (Tensor) v[i];
        p.data[i] = t.doubleStorage();
        p.offset[i] = t.offset();
        p.step[i] = 1;
      } else {
        p.data[i] = new double[] {((Number) v[i]).doubleValue()};
      }
    }
    return p;
  }

  /**
   * Where the loop writes: the storage of {@code target} (the tensor the assigned variable alone
   * holds) when it is a float64 tensor of this shape and no operand shares its memory, so that
   * the operands stay as they were should the operators have to run one by one; else new memory.
   */
  public double[] output(Object target, Object[] operands) {
    if (target instanceof Tensor) {
      Tensor t = (Tensor) target;
      if (t.exclusive && t.dtype() == DType.FLOAT64 && t.isContiguous() && t.offset() == 0
          && t.sameShape(first) && !shares(t, operands)) {
        into = t;
        return t.doubleStorage();
      }
    }
    return new double[size];
  }

  /** Whether one of the operands (the first data.length of {@code v}) shares t's memory. */
  private boolean shares(Tensor t, Object[] v) {
    for (int k = 0; k < data.length; k++) {
      if (v[k] instanceof Tensor && ((Tensor) v[k]).sharesStorage(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The loop's values as a tensor; null when one is not finite, so that the operators run one by
   * one and give numpy's warning for the operator that overflowed or made a NaN.
   */
  public Object result(double[] values) {
    for (int i = 0; i < size; i++) {
      if (!Double.isFinite(values[i])) {
        return null;
      }
    }
    return into != null && values == into.doubleStorage() ? into : Tensor.wrap(values, first.shape());
  }
}
