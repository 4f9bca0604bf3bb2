package ddl.stdlib.create;

import ddl.stdlib.DType;
import ddl.stdlib.Rng;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import java.util.ArrayList;
import java.util.List;

/** numpy's array creation functions: {@code array zeros ones full arange linspace eye rand randn}. */
public final class Creation {
  private Creation() {}

  public static Tensor zeros(DType dtype, int... shape) {
    return Tensor.empty(dtype, shape);
  }

  public static Tensor zeros(int... shape) {
    return zeros(DType.FLOAT64, shape);
  }

  public static Tensor ones(DType dtype, int... shape) {
    return full(shape, dtype == DType.BOOL ? (Object) true : (Object) 1L, dtype);
  }

  public static Tensor ones(int... shape) {
    return ones(DType.FLOAT64, shape);
  }

  /** {@code np.full}: the dtype follows the fill value unless given. */
  public static Tensor full(int[] shape, Object value, DType dtype) {
    DType dt = dtype != null ? dtype : DType.ofScalar(value);
    Tensor t = Tensor.empty(dt, shape);
    switch (dt) {
      case FLOAT64:
        java.util.Arrays.fill(t.doubleStorage(), ddl.stdlib.Scalars.toDouble(asNumber(value)));
        break;
      case INT64:
        java.util.Arrays.fill(t.longStorage(), ddl.stdlib.Scalars.toLong(asNumber(value)));
        break;
      default:
        java.util.Arrays.fill(t.boolStorage(), truth(value));
    }
    return t;
  }

  private static Object asNumber(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v ? 1L : 0L;
    }
    if (!(v instanceof Number)) {
      throw new IllegalArgumentException("expected a number, found " + v);
    }
    return v;
  }

  private static boolean truth(Object v) {
    return v instanceof Boolean ? (Boolean) v : ((Number) v).doubleValue() != 0;
  }

  /** {@code np.arange(stop)}. */
  public static Tensor arange(Object stop) {
    return arange(0L, stop, 1L);
  }

  /** {@code np.arange(start, stop)}. */
  public static Tensor arange(Object start, Object stop) {
    return arange(start, stop, 1L);
  }

  /**
   * {@code np.arange(start, stop, step)}: int64 when every argument is an integer, else float64;
   * element i is {@code start + i*step}, and the length is {@code ceil((stop - start) / step)}.
   */
  public static Tensor arange(Object start, Object stop, Object step) {
    boolean ints = isInt(start) && isInt(stop) && isInt(step);
    if (ints) {
      long a = ((Number) start).longValue();
      long b = ((Number) stop).longValue();
      long s = ((Number) step).longValue();
      if (s == 0) {
        throw new ArithmeticException("division by zero");
      }
      long n = Math.max(0, s > 0 ? Math.floorDiv(b - a + s - 1, s) : Math.floorDiv(a - b - s - 1, -s));
      long[] d = new long[checkedLength(n)];
      for (int i = 0; i < d.length; i++) {
        d[i] = a + i * s;
      }
      return Tensor.wrap(d, d.length);
    }
    double a = ((Number) asNumber(start)).doubleValue();
    double b = ((Number) asNumber(stop)).doubleValue();
    double s = ((Number) asNumber(step)).doubleValue();
    if (s == 0) {
      throw new ArithmeticException("division by zero");
    }
    double quotient = (b - a) / s;
    // numpy: a nonzero span over an infinite step holds the start alone (or nothing, backwards)
    double len = quotient == 0 && b - a != 0
        ? (Math.copySign(1.0, quotient) < 0 ? 0 : 1) : Math.ceil(quotient);
    if (Double.isNaN(len)) {
      throw new IllegalArgumentException("arange: cannot compute length");
    }
    double[] d = new double[checkedLength((long) Math.max(0, len))];
    // numpy writes start and start + step, then fills from those two: delta = (start + step) -
    // start, not step
    double delta = (a + s) - a;
    for (int i = 2; i < d.length; i++) {
      d[i] = a + i * delta;
    }
    if (d.length > 0) {
      d[0] = a;
    }
    if (d.length > 1) {
      d[1] = a + s;
    }
    return Tensor.wrap(d, d.length);
  }

  private static int checkedLength(long n) {
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("Maximum allowed size exceeded");
    }
    return (int) n;
  }

  private static boolean isInt(Object o) {
    return o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte;
  }

  /** {@code np.linspace(start, stop, num=50, endpoint=True)}, computed as numpy does. */
  public static Tensor linspace(double start, double stop, int num, boolean endpoint) {
    if (num < 0) {
      throw new IllegalArgumentException("Number of samples, " + num + ", must be non-negative.");
    }
    int div = endpoint ? num - 1 : num;
    double delta = stop - start;
    double[] y = new double[num];
    if (div > 0) {
      double step = delta / div;
      if (step == 0) {
        for (int i = 0; i < num; i++) {
          y[i] = i / (double) div * delta + start;
        }
      } else {
        for (int i = 0; i < num; i++) {
          y[i] = i * step + start;
        }
      }
    } else {
      for (int i = 0; i < num; i++) {
        y[i] = i * delta + start;
      }
    }
    if (endpoint && num > 1) {
      y[num - 1] = stop;
    }
    return Tensor.wrap(y, num);
  }

  /** {@code np.eye(n, m, k)}: ones on the k-th diagonal. */
  public static Tensor eye(int n, int m, int k) {
    double[] d = new double[n * m];
    for (int i = 0; i < n; i++) {
      int j = i + k;
      if (j >= 0 && j < m) {
        d[i * m + j] = 1;
      }
    }
    return Tensor.wrap(d, n, m);
  }

  /** Uniform samples in [0, 1). */
  public static Tensor rand(Rng rng, int... shape) {
    double[] d = new double[Shape.size(shape)];
    rng.fillUniform(d, 0, d.length);
    return Tensor.wrap(d, shape);
  }

  /** Standard normal samples. */
  public static Tensor randn(Rng rng, int... shape) {
    double[] d = new double[Shape.size(shape)];
    rng.fillNormal(d, 0, d.length, 0.0, 1.0);
    return Tensor.wrap(d, shape);
  }

  /**
   * {@code np.array(nested)}: nested {@link List}s, Java arrays, numbers, booleans and tensors;
   * the dtype is the widest element's (bool &lt; int64 &lt; float64); ragged input is numpy's
   * ValueError.
   */
  public static Tensor array(Object nested) {
    if (nested instanceof Tensor) {
      return ((Tensor) nested).copy();
    }
    List<Integer> shape = new ArrayList<>();
    DType[] kind = {null};
    Object probe = nested;
    while (true) {
      List<?> l = asList(probe);
      if (l != null) {
        shape.add(l.size());
        if (l.isEmpty()) {
          break;
        }
        probe = l.get(0);
      } else if (probe instanceof Tensor) {
        for (int d : ((Tensor) probe).shape()) {
          shape.add(d);
        }
        break;
      } else {
        break;
      }
    }
    int[] s = shape.stream().mapToInt(Integer::intValue).toArray();
    List<Object> flat = new ArrayList<>();
    flatten(nested, s, 0, flat, kind);
    DType dt = kind[0] == null ? DType.FLOAT64 : kind[0];
    Tensor t = Tensor.empty(dt, s);
    for (int i = 0; i < flat.size(); i++) {
      Object v = flat.get(i);
      switch (dt) {
        case FLOAT64:
          t.doubleStorage()[i] = ddl.stdlib.Scalars.toDouble(v);
          break;
        case INT64:
          t.longStorage()[i] = ddl.stdlib.Scalars.toLong(v);
          break;
        default:
          t.boolStorage()[i] = (Boolean) v;
      }
    }
    return t;
  }

  private static void flatten(Object o, int[] shape, int depth, List<Object> out, DType[] kind) {
    List<?> l = asList(o);
    if (o instanceof Tensor) {
      Tensor t = (Tensor) o;
      int[] ts = t.shape();
      if (!suffixMatches(shape, depth, ts)) {
        throw ragged(shape, depth);
      }
      kind[0] = kind[0] == null ? t.dtype() : DType.promote(kind[0], t.dtype());
      for (int i = 0; i < t.size(); i++) {
        out.add(t.get(i));
      }
      return;
    }
    if (l != null) {
      if (depth >= shape.length || l.size() != shape[depth]) {
        throw ragged(shape, depth);
      }
      for (Object e : l) {
        flatten(e, shape, depth + 1, out, kind);
      }
      return;
    }
    if (depth != shape.length) {
      throw ragged(shape, depth);
    }
    if (o instanceof String) {
      throw new IllegalArgumentException("could not convert string to float: '" + o + "'");
    }
    DType k = DType.ofScalar(o);
    kind[0] = kind[0] == null ? k : DType.promote(kind[0], k);
    out.add(o);
  }

  private static boolean suffixMatches(int[] shape, int depth, int[] ts) {
    if (shape.length - depth != ts.length) {
      return false;
    }
    for (int i = 0; i < ts.length; i++) {
      if (shape[depth + i] != ts[i]) {
        return false;
      }
    }
    return true;
  }

  private static IllegalArgumentException ragged(int[] shape, int depth) {
    int[] detected = java.util.Arrays.copyOf(shape, Math.min(depth, shape.length));
    return new IllegalArgumentException(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape"
            + " after "
            + detected.length
            + " dimensions. The detected shape was "
            + Shape.compact(detected)
            + " + inhomogeneous part.");
  }

  private static List<?> asList(Object o) {
    if (o instanceof List) {
      return (List<?>) o;
    }
    if (o instanceof Object[]) {
      return java.util.Arrays.asList((Object[]) o);
    }
    if (o instanceof double[]) {
      double[] a = (double[]) o;
      List<Object> l = new ArrayList<>(a.length);
      for (double v : a) {
        l.add(v);
      }
      return l;
    }
    if (o instanceof long[]) {
      long[] a = (long[]) o;
      List<Object> l = new ArrayList<>(a.length);
      for (long v : a) {
        l.add(v);
      }
      return l;
    }
    if (o instanceof int[]) {
      int[] a = (int[]) o;
      List<Object> l = new ArrayList<>(a.length);
      for (int v : a) {
        l.add((long) v);
      }
      return l;
    }
    if (o instanceof boolean[]) {
      boolean[] a = (boolean[]) o;
      List<Object> l = new ArrayList<>(a.length);
      for (boolean v : a) {
        l.add(v);
      }
      return l;
    }
    return null;
  }
}
