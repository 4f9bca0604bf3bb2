package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.AxisError;
import ddl.stdlib.Builtin;
import ddl.stdlib.Builtins;
import ddl.stdlib.Opt;
import ddl.stdlib.PyList;
import ddl.stdlib.Rest;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.math.Elementwise;

/**
 * numpy's ndarray methods that are not also functions of the same signature: {@code A.fill(0)},
 * {@code A.tolist()}, {@code A.item(i, j)}, {@code A.transpose(1, 0)}. A method call on a tensor
 * takes {@code ndarray.NAME} when it exists, else the built-in {@code NAME} ({@code A.sum(0)} is
 * {@code sum(A, 0)}). Also callable as numpy's unbound methods: {@code ndarray.fill(A, 0)}.
 * squeeze, swapaxes and dot go to the built-ins of those names when they exist.
 */
public final class TensorMethods {
  private TensorMethods() {}

  @Builtin(name = "ndarray.fill", doc = "A.fill(value): every element set to value, in place",
      example = "A = zeros(2, 2); A.fill(7); A")
  public static void fill(Object self, Object value) {
    Elementwise.fill(self(self), Args.number(value, "value"));
  }

  @Builtin(name = "ndarray.tolist", doc = "A.tolist(): the elements as nested Python lists of"
      + " Python numbers (a 0-d tensor gives its number)",
      example = "[[1, 2], [3, 4]].tolist()  # => [[1, 2], [3, 4]]")
  public static Object tolist(Object self) {
    Tensor t = self(self);
    return t.ndim() == 0 ? t.item() : nested(t, 0, 0);
  }

  private static PyList nested(Tensor t, int axis, int flat) {
    PyList l = new PyList();
    int n = t.shape(axis);
    int stride = 1;
    for (int a = axis + 1; a < t.ndim(); a++) {
      stride *= t.shape(a);
    }
    for (int i = 0; i < n; i++) {
      l.add(axis == t.ndim() - 1 ? t.get(flat + i) : nested(t, axis + 1, flat + i * stride));
    }
    return l;
  }

  @Builtin(name = "ndarray.flatten", doc = "A.flatten(): a 1-D copy of the elements (ravel may"
      + " give a view)", example = "[[1, 2], [3, 4]].flatten()  # => [1 2 3 4]")
  public static Tensor flatten(Object self) {
    Tensor t = self(self);
    return t.copy().reshape(t.size());
  }

  @Builtin(name = "ndarray.item", doc = "A.item(), A.item(i) (flat index) or A.item(i, j, ...):"
      + " one element as a Python number", example = "[[1, 2], [3, 4]].item(1, 0)  # => 3")
  public static Object item(Object self, @Rest Object[] args) {
    Tensor t = self(self);
    if (args.length == 0) {
      return t.item();
    }
    if (args.length == 1) {
      int i = Args.toInt(args[0], "index");
      int n = t.size();
      if (i < -n || i >= n) {
        throw new IndexOutOfBoundsException("index " + i + " is out of bounds for "
            + (t.ndim() == 1 ? "axis 0 with size " : "size ") + n);
      }
      return t.get(i < 0 ? i + n : i);
    }
    if (args.length != t.ndim()) {
      throw new IllegalArgumentException("incorrect number of indices for array");
    }
    int flat = 0;
    for (int a = 0; a < args.length; a++) {
      int i = Args.toInt(args[a], "index");
      int n = t.shape(a);
      if (i < -n || i >= n) {
        throw new IndexOutOfBoundsException(
            "index " + i + " is out of bounds for axis " + a + " with size " + n);
      }
      flat = flat * n + (i < 0 ? i + n : i);
    }
    return t.get(flat);
  }

  @Builtin(name = "ndarray.transpose", doc = "A.transpose(), A.transpose(1, 0, 2) or"
      + " A.transpose((1, 0, 2)): the axes permuted (a view)",
      example = "zeros(2, 3, 4).transpose(1, 0, 2).shape  # => (3, 2, 4)")
  public static Object transpose(Object self, @Rest Object[] axes) {
    Object ax = axes.length == 0 ? null : axes.length == 1 ? axes[0] : Tuple.of(axes);
    return Builtins.call(null, "transpose", new Object[] {self, ax}, new String[0], new Object[0]);
  }

  @Builtin(name = "ndarray.squeeze", doc = "A.squeeze(axis=None): the axes of length one removed"
      + " (all, or the given ones)", example = "zeros(1, 3, 1).squeeze().shape  # => (3,)")
  public static Object squeeze(Object self, @Opt("None") Object axis) {
    if (Builtins.has("squeeze")) {
      return Builtins.call(null, "squeeze", new Object[] {self, axis}, new String[0], new Object[0]);
    }
    Tensor t = self(self);
    int[] axes = Args.axes(axis);
    boolean[] drop = new boolean[t.ndim()];
    if (t.ndim() == 0 && axes != null) {
      // numpy takes a single axis 0 (or -1) of a 0-d array; in a tuple, no axis is in range
      if (axis instanceof Tuple && axes.length > 0) {
        throw new AxisError(axes[0], 0);
      }
      if (axes.length == 1 && axes[0] != 0 && axes[0] != -1) {
        throw new AxisError(axes[0], 0);
      }
      return t;
    }
    if (axes == null) {
      for (int a = 0; a < t.ndim(); a++) {
        drop[a] = t.shape(a) == 1;
      }
    } else {
      for (int a : axes) {
        normalize(a, t.ndim(), "");
      }
      for (int a : axes) {
        int k = normalize(a, t.ndim(), "");
        if (t.shape(k) != 1) {
          throw new IllegalArgumentException(
              "cannot select an axis to squeeze out which has size not equal to one");
        }
        drop[k] = true;
      }
    }
    int kept = 0;
    for (boolean d : drop) {
      kept += d ? 0 : 1;
    }
    int[] shape = new int[kept];
    int[] strides = new int[kept];
    for (int a = 0, j = 0; a < t.ndim(); a++) {
      if (!drop[a]) {
        shape[j] = t.shape(a);
        strides[j++] = t.strides()[a];
      }
    }
    return t.view(shape, strides, t.offset());
  }

  @Builtin(name = "ndarray.swapaxes", doc = "A.swapaxes(axis1, axis2): the two axes exchanged (a view)",
      example = "zeros(2, 3).swapaxes(0, 1).shape  # => (3, 2)")
  public static Object swapaxes(Object self, Object axis1, Object axis2) {
    if (Builtins.has("swapaxes")) {
      return Builtins.call(null, "swapaxes", new Object[] {self, axis1, axis2}, new String[0],
          new Object[0]);
    }
    Tensor t = self(self);
    int a = normalize(Args.axis(axis1), t.ndim(), "axis1: ");
    int b = normalize(Args.axis(axis2), t.ndim(), "axis2: ");
    int[] perm = new int[t.ndim()];
    for (int i = 0; i < perm.length; i++) {
      perm[i] = i == a ? b : i == b ? a : i;
    }
    return t.transpose(perm);
  }

  private static int normalize(int axis, int ndim, String prefix) {
    if (axis < -ndim || axis >= ndim) {
      throw new AxisError(prefix + new AxisError(axis, ndim).getMessage());
    }
    return axis < 0 ? axis + ndim : axis;
  }

  @Builtin(name = "ndarray.dot", doc = "A.dot(b): numpy's dot product (matrix product for 2-D,"
      + " inner product for 1-D)", example = "[1, 2].dot([3, 4])  # => 11")
  public static Object dot(Object self, Object b) {
    if (Builtins.has("dot")) {
      return Builtins.call(null, "dot", new Object[] {self, b}, new String[0], new Object[0]);
    }
    return Dot.dot(self(self), b);
  }

  private static Tensor self(Object self) {
    if (!(self instanceof Tensor)) {
      throw new IllegalArgumentException(
          "descriptor requires a 'numpy.ndarray' object but received " + Args.describe(self));
    }
    return (Tensor) self;
  }
}
