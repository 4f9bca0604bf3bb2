package ddl.stdlib;

/**
 * ddl values passed to a parameter of a Java method a Java line declared ({@code int twice(int
 * k)}): ddl's numbers are Long and Double, and the method takes the primitive it declares.
 */
public final class JavaArgs {
  private JavaArgs() {}

  public static long toLong(Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof java.math.BigInteger b) {
      try {
        return b.longValueExact();
      } catch (ArithmeticException e) {
        throw new ArithmeticException("Python int too large to convert to C long");
      }
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    throw new IllegalArgumentException("expected an integer, found " + Args.describe(v));
  }

  public static int toInt(Object v) {
    long l = toLong(v);
    if (l != (int) l) {
      throw new ArithmeticException("Python int too large to convert to C int");
    }
    return (int) l;
  }

  public static short toShort(Object v) {
    int i = toInt(v);
    if (i != (short) i) {
      throw new ArithmeticException("Python int too large to convert to C short");
    }
    return (short) i;
  }

  public static byte toByte(Object v) {
    int i = toInt(v);
    if (i != (byte) i) {
      throw new ArithmeticException("Python int too large to convert to C byte");
    }
    return (byte) i;
  }

  public static double toDouble(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    throw new IllegalArgumentException("expected a number, found " + Args.describe(v));
  }

  public static float toFloat(Object v) {
    return (float) toDouble(v);
  }

  public static boolean toBoolean(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException("expected a bool, found " + Args.describe(v));
  }

  public static char toChar(Object v) {
    if (v instanceof Character c) {
      return c;
    }
    if (v instanceof String s && s.length() == 1) {
      return s.charAt(0);
    }
    throw new IllegalArgumentException("expected a string of one character, found " + Args.describe(v));
  }
}
