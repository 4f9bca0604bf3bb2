package ddl.lang.translate;

/**
 * The Java type of a generated expression. Numbers whose type is known stay primitive, so scalar
 * loops run at Java speed; everything else is an {@code Object} dispatched at run time.
 */
public enum JType {
  LONG("long"),
  DOUBLE("double"),
  BOOLEAN("boolean"),
  OBJECT("Object"),
  VOID("void");

  private final String java;

  JType(String java) {
    this.java = java;
  }

  public String java() {
    return java;
  }

  public boolean isNumeric() {
    return this == LONG || this == DOUBLE;
  }

  /** The type a variable needs to hold values of both types. */
  public static JType join(JType a, JType b) {
    if (a == null) {
      return b;
    }
    if (a == b) {
      return a;
    }
    if (a.isNumeric() && b.isNumeric()) {
      return DOUBLE;
    }
    return OBJECT;
  }

  /** The Java type of a JShell variable's declared type name, or OBJECT. */
  public static JType ofJava(String typeName) {
    switch (typeName) {
      case "long":
      case "int":
      case "short":
      case "byte":
        return LONG;
      case "double":
      case "float":
        return DOUBLE;
      case "boolean":
        return BOOLEAN;
      default:
        return OBJECT;
    }
  }
}
