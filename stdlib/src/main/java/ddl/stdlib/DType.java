package ddl.stdlib;

/**
 * The element types of a {@link Tensor}, ordered by numpy's promotion: bool &lt; int64 &lt; float64.
 */
public enum DType {
  BOOL("bool"),
  INT64("int64"),
  FLOAT64("float64");

  private final String numpyName;

  DType(String numpyName) {
    this.numpyName = numpyName;
  }

  /** The name numpy prints ({@code float64}). */
  public String numpyName() {
    return numpyName;
  }

  @Override
  public String toString() {
    return numpyName;
  }

  /** numpy's result type of two arrays: the wider of the two. */
  public static DType promote(DType a, DType b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /**
   * numpy's result type of an array and a Python scalar (NEP 50 weak typing): the array's dtype
   * unless the scalar is of a higher kind ({@code int64 array + 2.5} is float64, {@code + 2} stays
   * int64).
   */
  public static DType promoteWeak(DType array, DType scalarKind) {
    return array.ordinal() >= scalarKind.ordinal() ? array : scalarKind;
  }

  /** The kind of a Java scalar: Boolean → bool, integral → int64, anything else → float64. */
  public static DType ofScalar(Object scalar) {
    if (scalar instanceof Boolean) {
      return BOOL;
    }
    if (scalar instanceof Long
        || scalar instanceof Integer
        || scalar instanceof Short
        || scalar instanceof Byte
        || scalar instanceof java.math.BigInteger) {
      return INT64;
    }
    if (scalar instanceof Number) {
      return FLOAT64;
    }
    throw new IllegalArgumentException("not a number: " + describe(scalar));
  }

  /** Parses a numpy dtype name: {@code float64}, {@code float}, {@code int64}, {@code int}, {@code bool}. */
  public static DType of(String name) {
    switch (name) {
      case "float64":
      case "float":
      case "double":
      case "f8":
        return FLOAT64;
      case "int64":
      case "int":
      case "long":
      case "i8":
        return INT64;
      case "bool":
      case "boolean":
        return BOOL;
      case "int_":
      case "q":
        return INT64;
      case "bool_":
      case "?":
        return BOOL;
      case "d":
        return FLOAT64;
      default:
        if (name.matches("u?int(8|16|32)|float(16|32)|complex(64|128)|uint64|[fiu][124]")) {
          throw new IllegalArgumentException("data type '" + name
              + "' is not supported: ddl's dtypes are float64, int64 and bool");
        }
        throw new IllegalArgumentException("data type '" + name + "' not understood");
    }
  }

  static String describe(Object o) {
    return o == null ? "None" : o.getClass().getSimpleName();
  }
}
