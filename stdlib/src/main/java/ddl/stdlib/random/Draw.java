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
    Plan p = plan(size, params, check);
    if (p.shape == null) {
      return f.draw(p.scalar);
    }
    double[] d = new double[Shape.size(p.shape)];
    p.forEach((i, v) -> d[i] = f.draw(v));
    return Tensor.wrap(d, p.shape);
  }

  /** An int64 draw per element: a Python int when size is None and the parameters numbers. */
  public static Object ints(Object size, Object[] params, Check check, IntSampler f) {
    Plan p = plan(size, params, check);
    if (p.shape == null) {
      return f.draw(p.scalar);
    }
    long[] d = new long[Shape.size(p.shape)];
    p.forEach((i, v) -> d[i] = f.draw(v));
    return Tensor.wrap(d, p.shape);
  }

  private interface Each {
    void at(int index, double[] params);
  }

  /**
   * What a draw per element needs: the output's shape (null for one scalar draw) and each
   * element's parameters, from numbers or broadcast arrays.
   */
  private record Plan(int[] shape, double[] scalar, double[][] expanded) {
    /** Calls {@code each} for the elements in order, with their parameters. */
    void forEach(Each each) {
      double[] v = expanded == null ? scalar : new double[expanded.length];
      for (int i = 0, n = Shape.size(shape); i < n; i++) {
        for (int k = 0; expanded != null && k < v.length; k++) {
          v[k] = expanded[k][i];
        }
        each.at(i, v);
      }
    }
  }

  /** The plan of a draw, every element's parameters checked before anything is drawn. */
  private static Plan plan(Object size, Object[] params, Check check) {
    int[] s = size(size);
    Tensor[] ts = arrays(params);
    if (ts == null) {
      double[] v = scalars(params);
      check.check(v);
      return new Plan(s, v, null);
    }
    int[] shape = outShape(ts, s);
    Plan p = new Plan(shape, null, expand(ts, shape));
    p.forEach((i, v) -> check.check(v));
    return p;
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
