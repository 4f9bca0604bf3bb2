package ddl.stdlib.autodiff;

import ddl.stdlib.DType;
import ddl.stdlib.Overloaded;
import ddl.stdlib.Tensor;
import ddl.stdlib.index.Indexing;
import java.util.List;

/**
 * The derivative rule of indexing and slicing: the gradient of {@code a[items]} adds g into a
 * gradient of a's shape at the selected places (a scatter-add, numpy's {@code np.add.at}, so that
 * an integer array that repeats a position adds there twice).
 */
final class Index {
  private Index() {}

  static Object get(Var self, Object[] items) {
    Object[] constant = items.clone();
    for (int i = 0; i < constant.length; i++) {
      // an index computed from traced values (a mask phi > 0, say) is a constant
      if (constant[i] instanceof Var) {
        constant[i] = ((Var) constant[i]).tensor();
      }
    }
    Object out = Grads.tensorOf(getitem(self.value, constant));
    return self.tape.record(out, g -> new Object[] {new Scatter(g, constant)}, self);
  }

  /** {@code v[items]} for a tensor or a value of an enclosing tape. */
  static Object getitem(Object v, Object[] items) {
    if (v instanceof Overloaded) {
      Object[] args = new Object[items.length + 1];
      args[0] = v;
      System.arraycopy(items, 0, args, 1, items.length);
      return ((Overloaded) v).apply("getitem", args);
    }
    return Indexing.get((Tensor) v, items);
  }

  /** {@code zeros(shape)} with {@code g} added at {@code items}; recorded if g is traced. */
  static Object scatter(Object g, int[] shape, Object[] items) {
    if (g instanceof Var) {
      Var v = (Var) g;
      Object value = scatter(v.value, shape, items);
      return v.tape.record(value, gg -> new Object[] {Grads.tensorOf(getitem(gg, items))}, v);
    }
    Tensor buffer = Tensor.empty(DType.FLOAT64, shape);
    addAt(buffer, items, (Tensor) g);
    return buffer;
  }

  /** Adds {@code g} into {@code buffer[items]} in place (buffer contiguous, from offset 0). */
  static void addAt(Tensor buffer, Object[] items, Tensor g) {
    if (!isAdvanced(items)) {
      Indexing.view(buffer, items).addInPlace(g);
      return;
    }
    // the storage position of every selected element, by indexing the positions themselves
    long[] all = new long[buffer.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    Object sel = Indexing.get(Tensor.wrap(all, buffer.shape()), items);
    Tensor pos = sel instanceof Tensor ? (Tensor) sel : Tensor.scalar(sel);
    Tensor src = (Tensor) Grads.expand(g, pos.shape());
    double[] out = buffer.doubleStorage();
    long[] p = pos.toLongArray();
    double[] v = src.toDoubleArray();
    for (int k = 0; k < p.length; k++) {
      out[(int) p[k]] += v[k];
    }
  }

  private static boolean isAdvanced(Object[] items) {
    for (Object o : items) {
      if (o instanceof Tensor
          || o instanceof List
          || o instanceof Boolean
          || (o != null && o.getClass().isArray())) {
        return true;
      }
    }
    return false;
  }
}
