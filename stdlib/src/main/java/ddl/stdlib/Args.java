package ddl.stdlib;

import java.util.List;

/** Conversions of ddl argument values for built-ins, with clear errors naming the parameter. */
public final class Args {
  private Args() {}

  /** A tensor from a tensor, a scalar (0-d), or a nested list. */
  public static Tensor tensor(Object v, String param) {
    if (v instanceof Tensor) {
      return (Tensor) v;
    }
    if (v instanceof Number || v instanceof Boolean) {
      return Tensor.scalar(v instanceof Integer ? (Object) ((Integer) v).longValue() : v);
    }
    if (v instanceof List || (v != null && v.getClass().isArray())) {
      return Tensor.array(v);
    }
    throw new IllegalArgumentException(
        param + ": expected a tensor or a number, found " + describe(v));
  }

  public static int toInt(Object v, String param) {
    if (v instanceof java.math.BigInteger) {
      Scalars.toIndex(v);
      v = ((java.math.BigInteger) v).longValue();
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      long l = ((Number) v).longValue();
      if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(param + ": " + l + " is too large");
      }
      return (int) l;
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? 1 : 0;
    }
    if (v instanceof Tensor && ((Tensor) v).size() == 1 && ((Tensor) v).dtype() != DType.FLOAT64) {
      return toInt(((Tensor) v).item(), param);
    }
    throw new IllegalArgumentException(
        param + ": expected an integer, found " + describe(v));
  }

  public static long toLong(Object v, String param) {
    if (v instanceof java.math.BigInteger) {
      return Scalars.toIndex(v);
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    return toInt(v, param);
  }

  public static double toDouble(Object v, String param) {
    if (v instanceof Number) {
      return Scalars.toDouble(v);
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? 1 : 0;
    }
    if (v instanceof Tensor && ((Tensor) v).size() == 1) {
      return ((Tensor) v).getDouble(0);
    }
    throw new IllegalArgumentException(param + ": expected a number, found " + describe(v));
  }

  public static boolean toBool(Object v, String param) {
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue() != 0;
    }
    throw new IllegalArgumentException(param + ": expected true or false, found " + describe(v));
  }

  /** A number argument kept as a Java Long or Double (an Integer becomes a Long). */
  public static Object number(Object v, String param) {
    if (v instanceof Long || v instanceof Double || v instanceof java.math.BigInteger) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? 1L : 0L;
    }
    throw new IllegalArgumentException(param + ": expected a number, found " + describe(v));
  }

  /** A shape from {@code zeros(3, 4)}'s rest arguments or {@code zeros((3, 4))}'s tuple. */
  public static int[] shape(Object[] rest, String param) {
    if (rest.length == 1 && (rest[0] instanceof List || rest[0] instanceof int[])) {
      return ints(rest[0], param);
    }
    int[] s = new int[rest.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = toInt(rest[i], param);
      if (s[i] < 0) {
        throw new IllegalArgumentException("negative dimensions are not allowed");
      }
    }
    return s;
  }

  /** A shape for reshape: like {@link #shape} but one dimension may be -1 (inferred). */
  public static int[] newShape(Object[] rest) {
    if (rest.length == 1 && (rest[0] instanceof List || rest[0] instanceof int[])) {
      return ints(rest[0], "shape");
    }
    int[] s = new int[rest.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = toInt(rest[i], "shape");
    }
    return s;
  }

  /** Integers from a tuple, a list, an int64 tensor or a single integer. */
  public static int[] ints(Object v, String param) {
    if (v instanceof int[]) {
      return ((int[]) v).clone();
    }
    if (v instanceof List) {
      List<?> l = (List<?>) v;
      int[] r = new int[l.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = toInt(l.get(i), param);
      }
      return r;
    }
    if (v instanceof Tensor && ((Tensor) v).dtype() == DType.INT64 && ((Tensor) v).ndim() <= 1) {
      long[] l = ((Tensor) v).toLongArray();
      int[] r = new int[l.length];
      for (int i = 0; i < r.length; i++) {
        r[i] = (int) l[i];
      }
      return r;
    }
    return new int[] {toInt(v, param)};
  }

  /**
   * numpy's {@code axis} of a reduction: None (null) for all axes, an int, or a tuple of ints. A
   * list is numpy's TypeError, as in numpy; ddl's {@code [0]} is a tensor, so a tensor with axes
   * counts as the list it was written as.
   */
  public static int[] axes(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof int[]) {
      return ((int[]) v).clone();
    }
    if (v instanceof Tuple) {
      Tuple t = (Tuple) v;
      int[] r = new int[t.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = axis(t.get(i));
      }
      return r;
    }
    return new int[] {axis(v)};
  }

  /** One axis: an integer, with numpy's TypeError for anything else (Python's operator.index). */
  public static int axis(Object v) {
    boolean list = (v instanceof Tensor && ((Tensor) v).ndim() > 0)
        || (v instanceof List && !(v instanceof Tuple));
    boolean integer = v instanceof Long || v instanceof Integer || v instanceof Boolean
        || (v instanceof Tensor && ((Tensor) v).dtype() != DType.FLOAT64);
    if (list || !integer) {
      String type = list ? "list" : v instanceof Tensor ? "float" : Values.typeName(v);
      throw new IllegalArgumentException("'" + type + "' object cannot be interpreted as an integer");
    }
    return toInt(v, "axis");
  }

  /** A dtype from a name ({@code "int64"}) or a DType, or null. */
  public static DType dtype(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof DType) {
      return (DType) v;
    }
    if (v instanceof String) {
      return DType.of((String) v);
    }
    if (v instanceof Fn && v.toString().startsWith("<built-in function ")) {
      // Python's type names, as numpy takes them: astype(int), zeros(3, dtype=bool)
      String name = ((Fn) v).name();
      if (name.equals("int") || name.equals("float") || name.equals("bool")) {
        return DType.of(name);
      }
    }
    throw new IllegalArgumentException("dtype: expected a name such as \"int64\", found " + describe(v));
  }

  public static String describe(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof String) {
      return "a string (\"" + v + "\")";
    }
    return "a value of type " + Values.typeName(v);
  }
}
