package ddl.stdlib.random;

import ddl.stdlib.Args;
import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import java.util.List;

/**
 * What every distribution shares: numpy's {@code size} (None for one Python scalar, an int, a
 * tuple), parameters that are numbers or arrays broadcast against it, and their checks, made
 * before anything is drawn so that a bad parameter leaves the stream where it was.
 */
public final class Draw {
  private Draw() {}

  /** A draw from parameters, one value per output element. */
  public interface Sampler {
    double draw(double[] params);
  }

  /** An integer draw from parameters. */
  public interface IntSampler {
    long draw(double[] params);
  }

  /** A check of one set of parameters, throwing numpy's error. */
  public interface Check {
    void check(double[] params);
  }

  /** numpy's size argument: null for None, else the shape. */
  public static int[] size(Object size) {
    if (size == null) {
      return null;
    }
    int[] s = size instanceof List || size instanceof int[] ? Args.ints(size, "size")
        : new int[] {Args.toInt(size, "size")};
    for (int d : s) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimensions are not allowed");
      }
    }
    return s;
  }

  /** A shape from {@code rand(2, 3)}'s arguments or a tuple; numpy's error for a negative one. */
  public static int[] dims(Object[] rest) {
    return Args.shape(rest, "size");
  }

  /** The parameters as tensors, or null where they are all plain numbers. */
  private static Tensor[] arrays(Object[] params) {
    boolean any = false;
    for (Object p : params) {
      any |= !(p instanceof Number || p instanceof Boolean);
    }
    if (!any) {
      return null;
    }
    Tensor[] t = new Tensor[params.length];
    for (int i = 0; i < params.length; i++) {
      t[i] = Args.tensor(params[i], "parameter");
    }
    return t;
  }

  /** The output shape: size, or the parameters' broadcast shape when size is None. */
  private static int[] outShape(Tensor[] ts, int[] size) {
    int[] shape = new int[0];
    for (Tensor t : ts) {
      shape = Shape.broadcast(shape, t.shape());
    }
    if (size == null) {
      return shape;
    }
    int[] both = Shape.broadcast(size, shape);
    if (!Shape.equal(both, size)) {
      throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast to a single shape."
          + "  Mismatch is between arg 0 with shape " + Shape.toString(size) + " and arg 1 with shape "
          + Shape.toString(shape) + ".");
    }
    return size;
  }

  /** Every parameter's value at every output element, row-major: [element][param]. */
  private static double[][] expand(Tensor[] ts, int[] shape) {
    int n = Shape.size(shape);
    double[][] out = new double[ts.length][n];
    for (int k = 0; k < ts.length; k++) {
      Tensor t = ts[k];
      int[] strides = Shape.broadcastStrides(t.shape(), t.strides(), shape);
      int[] idx = new int[shape.length];
      for (int i = 0; i < n; i++) {
        int s = t.offset();
        for (int d = 0; d < shape.length; d++) {
          s += idx[d] * strides[d];
        }
        out[k][i] = t.dtype() == DType.FLOAT64 ? t.doubleStorage()[s]
            : t.dtype() == DType.INT64 ? t.longStorage()[s] : (t.boolStorage()[s] ? 1 : 0);
        for (int d = shape.length - 1; d >= 0; d--) {
          if (++idx[d] < shape[d]) {
            break;
          }
          idx[d] = 0;
        }
      }
    }
    return out;
  }

  private static double[] scalars(Object[] params) {
    double[] v = new double[params.length];
    for (int i = 0; i < params.length; i++) {
      v[i] = Args.toDouble(params[i], "parameter");
    }
    return v;
  }

  /** A float64 draw per element: a Python float when size is None and the parameters numbers. */
  public static Object floats(Object size, Object[] params, Check check, Sampler f) {
    int[] s = size(size);
    Tensor[] ts = arrays(params);
    if (ts == null) {
      double[] v = scalars(params);
      check.check(v);
      if (s == null) {
        return f.draw(v);
      }
      double[] d = new double[Shape.size(s)];
      for (int i = 0; i < d.length; i++) {
        d[i] = f.draw(v);
      }
      return Tensor.wrap(d, s);
    }
    int[] shape = outShape(ts, s);
    double[][] e = expand(ts, shape);
    int n = Shape.size(shape);
    double[] v = new double[ts.length];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < v.length; k++) {
        v[k] = e[k][i];
      }
      check.check(v);
    }
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < v.length; k++) {
        v[k] = e[k][i];
      }
      d[i] = f.draw(v);
    }
    return Tensor.wrap(d, shape);
  }

  /** An int64 draw per element: a Python int when size is None and the parameters numbers. */
  public static Object ints(Object size, Object[] params, Check check, IntSampler f) {
    int[] s = size(size);
    Tensor[] ts = arrays(params);
    if (ts == null) {
      double[] v = scalars(params);
      check.check(v);
      if (s == null) {
        return f.draw(v);
      }
      long[] d = new long[Shape.size(s)];
      for (int i = 0; i < d.length; i++) {
        d[i] = f.draw(v);
      }
      return Tensor.wrap(d, s);
    }
    int[] shape = outShape(ts, s);
    double[][] e = expand(ts, shape);
    int n = Shape.size(shape);
    double[] v = new double[ts.length];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < v.length; k++) {
        v[k] = e[k][i];
      }
      check.check(v);
    }
    long[] d = new long[n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < v.length; k++) {
        v[k] = e[k][i];
      }
      d[i] = f.draw(v);
    }
    return Tensor.wrap(d, shape);
  }

  /** numpy's CONS_NON_NEGATIVE: a negative value (-0.0 too, not nan) is "name < 0". */
  public static void nonNegative(double v, String name) {
    if (!Double.isNaN(v) && (Double.doubleToRawLongBits(v) < 0)) {
      throw new IllegalArgumentException(name + " < 0");
    }
  }

  /** numpy's error unless {@code ok}. */
  public static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
