package ddl.stdlib.index;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;

/** Converts assigned values to a tensor's dtype with numpy's rules and errors. */
final class Values {
  private Values() {}

  /**
   * Stores a scalar value at storage position {@code pos} of {@code a}: numpy's {@code a[i, j] =
   * v}. A one-element tensor counts as its element; a longer one is numpy's "sequence" error.
   */
  static void store(Tensor a, int pos, Object value) {
    if (value instanceof Tensor) {
      Tensor t = (Tensor) value;
      if (t.size() != 1) {
        throw new IllegalArgumentException("setting an array element with a sequence.");
      }
      value = t.get(0);
    } else if (!(value instanceof Number || value instanceof Boolean)) {
      value = tensor(value, a.dtype()); // a list: the same sequence rule
      store(a, pos, value);
      return;
    }
    switch (a.dtype()) {
      case FLOAT64:
        a.doubleStorage()[pos] = toDouble(value);
        break;
      case INT64:
        a.longStorage()[pos] = toLong(value);
        break;
      default:
        a.boolStorage()[pos] = toBoolean(value);
    }
  }

  /**
   * {@code value} (a Java scalar, tensor, nested list or Java array) as a tensor of {@code dtype}.
   */
  static Tensor tensor(Object value, DType dtype) {
    if (value instanceof Number || value instanceof Boolean) {
      switch (dtype) {
        case FLOAT64:
          return Tensor.wrap(new double[] {toDouble(value)});
        case INT64:
          return Tensor.wrap(new long[] {toLong(value)});
        default:
          return Tensor.wrap(new boolean[] {toBoolean(value)});
      }
    }
    if (value == null) {
      throw new IllegalArgumentException("cannot assign None to an array element");
    }
    Tensor t = value instanceof Tensor ? (Tensor) value : Tensor.array(value);
    return t.dtype() == dtype ? t : t.astype(dtype);
  }

  /**
   * numpy's checks for {@code a[mask] = value} when the mask covers every axis: the value is 0-d or
   * 1-d and holds one value or one per true element.
   */
  static void checkMaskValue(Object value, int count) {
    if (value instanceof Number || value instanceof Boolean) {
      return;
    }
    Tensor t = value instanceof Tensor ? (Tensor) value : Tensor.array(value);
    if (t.ndim() > 1) {
      throw new IllegalArgumentException(
          "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has "
              + t.ndim()
              + " dimensions");
    }
    if (t.size() != 1 && t.size() != count) {
      throw new IllegalArgumentException(
          "NumPy boolean array indexing assignment cannot assign "
              + t.size()
              + " input values to the "
              + count
              + " output values where the mask is true");
    }
  }

  private static double toDouble(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v ? 1 : 0;
    }
    return ((Number) v).doubleValue();
  }

  /** Python's {@code int(v)}: floats truncate toward zero; NaN and infinities cannot convert. */
  private static long toLong(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v ? 1 : 0;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d)) {
        throw new IllegalArgumentException("cannot convert float NaN to integer");
      }
      if (Double.isInfinite(d)) {
        throw new ArithmeticException("cannot convert float infinity to integer");
      }
      return (long) d;
    }
    return ddl.stdlib.Scalars.toLong(v);
  }

  private static boolean toBoolean(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof Double || v instanceof Float) {
      return ((Number) v).doubleValue() != 0;
    }
    return ((Number) v).longValue() != 0;
  }
}
