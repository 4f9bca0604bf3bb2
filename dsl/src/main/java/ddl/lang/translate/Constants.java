package ddl.lang.translate;

import java.util.Map;
import java.util.Set;

/**
 * The named constants: numpy's {@code pi e inf nan} and Python's {@code math.pi math.e math.tau
 * math.inf math.nan}, each a Java double expression.
 */
public final class Constants {
  private static final Map<String, String> JAVA = Map.of(
      "pi", "Math.PI",
      "e", "Math.E",
      "inf", "Double.POSITIVE_INFINITY",
      "nan", "Double.NaN",
      "math.pi", "Math.PI",
      "math.e", "Math.E",
      "math.tau", "(2 * Math.PI)",
      "math.inf", "Double.POSITIVE_INFINITY",
      "math.nan", "Double.NaN");

  private Constants() {}

  /** The constant's value as Java code, or null when {@code name} is not a constant. */
  static Code of(String name) {
    String java = JAVA.get(name);
    return java == null ? null : new Code(java, JType.DOUBLE);
  }

  /** Every constant's name, for suggestions. */
  public static Set<String> names() {
    return JAVA.keySet();
  }

  /** Whether {@code root} is a module that has constants ({@code math}). */
  public static boolean isModule(String root) {
    return root.equals("math");
  }
}
