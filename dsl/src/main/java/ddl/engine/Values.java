package ddl.engine;

import ddl.stdlib.Tensor;
import java.util.Map;

/**
 * Conversions between the values a JVM application holds and the values ddl code works with. ddl
 * computes with Long, Double, Boolean, String, {@link Tensor}, {@code Tuple} and {@code Fn}; other
 * Java objects pass through unchanged, and their methods can be called from ddl.
 */
public final class Values {
  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          double.class, Double.class,
          float.class, Float.class,
          long.class, Long.class,
          int.class, Integer.class,
          short.class, Short.class,
          byte.class, Byte.class,
          boolean.class, Boolean.class,
          char.class, Character.class);

  private Values() {}

  /**
   * The ddl value for a Java value: Integer, Short and Byte become Long, Float becomes Double,
   * Character becomes String, and Java arrays of numbers or booleans (nested for more dimensions)
   * become tensors, as numpy's {@code np.array} reads them.
   */
  public static Object toDdl(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float) {
      return ((Float) value).doubleValue();
    }
    if (value instanceof Character) {
      return value.toString();
    }
    if (value != null && primitiveArray(value.getClass())) {
      return Tensor.array(value);
    }
    return value;
  }

  /** {@code double[]}, {@code long[][]} and the like; not arrays of objects. */
  private static boolean primitiveArray(Class<?> c) {
    if (!c.isArray()) {
      return false;
    }
    while (c.isArray()) {
      c = c.getComponentType();
    }
    return c.isPrimitive() && c != char.class;
  }

  /**
   * A ddl value as an instance of {@code type}: numbers convert between Java's number types when
   * the value is exactly representable, a one-element tensor converts to a number or boolean, and a
   * tensor to {@code double[]}, {@code long[]}, {@code int[]} or {@code boolean[]} (flattened in C
   * order).
   *
   * @param what how to name the value in an error ({@code 'x'})
   * @throws ClassCastException when the value cannot be had as {@code type}
   */
  public static <T> T as(String what, Object value, Class<T> type) {
    Class<?> boxed = type.isPrimitive() ? BOXES.get(type) : type;
    if (value == null) {
      if (type.isPrimitive()) {
        throw new ClassCastException(what + " is None, not " + type.getSimpleName());
      }
      return null;
    }
    if (boxed.isInstance(value)) {
      return cast(boxed, value);
    }
    Object converted = convert(value, boxed);
    if (converted == null) {
      throw new ClassCastException(
          what + " holds " + describe(value) + ", not " + type.getSimpleName());
    }
    return cast(boxed, converted);
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Class<?> boxed, Object value) {
    return (T) boxed.cast(value);
  }

  private static Object convert(Object value, Class<?> type) {
    if (value instanceof Tensor) {
      Tensor t = (Tensor) value;
      if (type == double[].class) {
        return t.toDoubleArray();
      }
      if (type == long[].class) {
        return t.toLongArray();
      }
      if (type == boolean[].class) {
        return t.toBooleanArray();
      }
      if (type == int[].class) {
        long[] l = t.toLongArray();
        int[] r = new int[l.length];
        for (int i = 0; i < l.length; i++) {
          r[i] = Math.toIntExact(l[i]);
        }
        return r;
      }
      return t.size() == 1 ? convert(t.item(), type) : null;
    }
    if (value instanceof Number && Number.class.isAssignableFrom(type)) {
      return number((Number) value, type);
    }
    if (value instanceof Boolean && type == Boolean.class) {
      return value;
    }
    return null;
  }

  private static Object number(Number n, Class<?> type) {
    boolean whole =
        n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    double d = n.doubleValue();
    if (type == Double.class || type == Number.class) {
      return whole ? Double.valueOf(n.longValue()) : d;
    }
    if (type == Float.class) {
      return (float) d;
    }
    long l;
    if (whole) {
      l = n.longValue();
    } else if (d == Math.rint(d) && Math.abs(d) < 0x1p63) {
      l = (long) d;
    } else {
      return null; // not a whole number: no silent truncation
    }
    if (type == Long.class) {
      return l;
    }
    if (type == Integer.class && l == (int) l) {
      return (int) l;
    }
    if (type == Short.class && l == (short) l) {
      return (short) l;
    }
    if (type == Byte.class && l == (byte) l) {
      return (byte) l;
    }
    return null;
  }

  private static String describe(Object value) {
    if (value instanceof Tensor) {
      Tensor t = (Tensor) value;
      return "a "
          + t.dtype().toString().toLowerCase()
          + " tensor of shape "
          + java.util.Arrays.toString(t.shape());
    }
    String s = String.valueOf(value);
    s = s.length() > 40 ? s.substring(0, 37) + "..." : s;
    return value.getClass().getSimpleName() + " " + s;
  }
}
