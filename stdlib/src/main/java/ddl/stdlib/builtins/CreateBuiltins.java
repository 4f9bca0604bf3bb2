package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.DType;
import ddl.stdlib.Opt;
import ddl.stdlib.Rest;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;

/** Array creation built-ins, with numpy's names and keywords. */
public final class CreateBuiltins {
  private CreateBuiltins() {}

  @Builtin(doc = "an array from a (nested) list, as np.array", example = "array([[1, 2], [3, 4]])")
  public static Tensor array(Object object, @Opt("None") Object dtype) {
    Tensor t = object instanceof Tensor ? ((Tensor) object).copy() : Args.tensor(object, "object");
    DType dt = Args.dtype(dtype);
    return dt == null || dt == t.dtype() ? t : t.astype(dt);
  }

  @Builtin(doc = "an array of zeros of the given shape", example = "zeros(2, 3)")
  public static Tensor zeros(@Rest Object[] shape, @Opt("\"float64\"") Object dtype) {
    return Creation.zeros(Args.dtype(dtype), Args.shape(shape, "shape"));
  }

  @Builtin(doc = "an array of ones of the given shape", example = "ones((2, 3), dtype=\"int64\")")
  public static Tensor ones(@Rest Object[] shape, @Opt("\"float64\"") Object dtype) {
    return Creation.ones(Args.dtype(dtype), Args.shape(shape, "shape"));
  }

  @Builtin(
      doc = "an array of the given shape filled with a value (the last argument)",
      example = "full(2, 2, 7.5)")
  public static Tensor full(@Rest Object[] shape_and_value, @Opt("None") Object dtype) {
    if (shape_and_value.length < 2) {
      throw new IllegalArgumentException("full() needs a shape and a fill value: full(2, 3, 7.5)");
    }
    Object value = shape_and_value[shape_and_value.length - 1];
    Object[] shape = java.util.Arrays.copyOf(shape_and_value, shape_and_value.length - 1);
    return Creation.full(Args.shape(shape, "shape"), Args.number(value, "fill_value"), Args.dtype(dtype));
  }

  @Builtin(
      doc = "evenly spaced values in [start, stop): arange(stop), arange(start, stop, step)",
      example = "arange(0, 10, 2)  # => [0 2 4 6 8]")
  public static Tensor arange(Object start, @Opt("None") Object stop, @Opt("1") Object step,
      @Opt("None") Object dtype) {
    Tensor t = stop == null
        ? Creation.arange(Args.number(start, "stop"))
        : Creation.arange(Args.number(start, "start"), Args.number(stop, "stop"), Args.number(step, "step"));
    DType dt = Args.dtype(dtype);
    return dt == null || dt == t.dtype() ? t : t.astype(dt);
  }

  @Builtin(
      doc = "num evenly spaced values from start to stop (stop included unless endpoint=false)",
      example = "linspace(0, 1, 5)  # => [0.   0.25 0.5  0.75 1.  ]")
  public static Tensor linspace(Object start, Object stop, @Opt("50") Object num,
      @Opt("true") Object endpoint) {
    return Creation.linspace(Args.toDouble(start, "start"), Args.toDouble(stop, "stop"),
        Args.toInt(num, "num"), Args.toBool(endpoint, "endpoint"));
  }

  @Builtin(doc = "the identity matrix; M columns, ones on diagonal k", example = "eye(3)")
  public static Tensor eye(Object N, @Opt("None") Object M, @Opt("0") Object k,
      @Opt("None") Object dtype) {
    int n = Args.toInt(N, "N");
    Tensor t = Creation.eye(n, M == null ? n : Args.toInt(M, "M"), Args.toInt(k, "k"));
    DType dt = Args.dtype(dtype);
    return dt == null || dt == t.dtype() ? t : t.astype(dt);
  }
}
