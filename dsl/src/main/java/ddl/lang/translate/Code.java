package ddl.lang.translate;

/** A fragment of generated Java with its static type. */
record Code(String java, JType type) {
  static Code object(String java) {
    return new Code(java, JType.OBJECT);
  }

  /** This code as an Object expression (boxing a primitive). */
  String boxed() {
    switch (type) {
      case LONG:
        return "(Object) Long.valueOf(" + java + ")";
      case DOUBLE:
        return "(Object) Double.valueOf(" + java + ")";
      case BOOLEAN:
        return "(Object) Boolean.valueOf(" + java + ")";
      default:
        return java;
    }
  }

  /** This code as a Java boolean condition (Python truth for objects). */
  String condition() {
    return type == JType.BOOLEAN ? java : "ddl.stdlib.Ops.truth(" + java + ")";
  }
}
