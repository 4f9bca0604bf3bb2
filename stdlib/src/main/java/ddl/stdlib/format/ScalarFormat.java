package ddl.stdlib.format;

import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/**
 * How ddl prints a value: tensors as numpy's {@code str()}, numbers as Python prints them.
 *
 * <p>A Java {@code double} prints as Python's {@code repr(float)} ({@code 0.5}, {@code 1e-05},
 * {@code 7400000.0}, {@code nan}), an integral number in decimal, a Java {@code boolean} as {@code
 * true}/{@code false} (ddl's own literals; a 0-d bool tensor prints numpy's {@code True}), an
 * {@code int[]} shape as a Python tuple ({@code (3, 4)}, {@code (3,)}, {@code ()}), and {@code
 * null} as {@code None}. Anything else prints with its {@code toString()}.
 */
public final class ScalarFormat {
  private ScalarFormat() {}

  /** The text of {@code value} under the default print options: {@code str(0.1)} is {@code 0.1}. */
  public static String str(Object value) {
    return str(value, PrintOptions.DEFAULTS);
  }

  /**
   * The text of {@code value}, formatting tensors with {@code options}: {@code str(1e23, opts)} is
   * {@code 1e+23}, {@code str(true, opts)} is {@code true}.
   */
  public static String str(Object value, PrintOptions options) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Tensor) {
      return ArrayFormat.str((Tensor) value, options);
    }
    if (value instanceof Double || value instanceof Float) {
      return PyFloat.repr(((Number) value).doubleValue());
    }
    if (value instanceof int[]) {
      return Shape.toString((int[]) value);
    }
    if (value instanceof long[]) {
      long[] l = (long[]) value;
      StringBuilder b = new StringBuilder("(");
      for (int i = 0; i < l.length; i++) {
        b.append(i > 0 ? ", " : "").append(l[i]);
      }
      return b.append(l.length == 1 ? ",)" : ")").toString();
    }
    return String.valueOf(value);
  }
}
