package ddl.lang.translate;

import java.math.BigInteger;

/**
 * A fragment of generated Java with its static type. Long arithmetic is emitted checked
 * ({@code Math.multiplyExact}); such a fragment also carries {@code exact}, the same value as an
 * Object computed with Python's ints, which is what it gives wherever it is boxed. An integer
 * constant expression carries its value, so that the translator folds it exactly.
 */
record Code(String java, JType type, String exact, BigInteger constant) {
  Code(String java, JType type) {
    this(java, type, null, null);
  }

  static Code object(String java) {
    return new Code(java, JType.OBJECT);
  }

  /** Whether the primitive Java may throw ArithmeticException where Python's int would grow. */
  boolean checked() {
    return exact != null && type != JType.OBJECT;
  }

  /** This code with {@code prefix} before its Java (a line mark). */
  Code prefixed(String prefix) {
    return new Code(prefix + java, type, exact, constant);
  }

  /** This code as an Object expression (boxing a primitive; Python's ints where it is checked). */
  String boxed() {
    if (exact != null) {
      return exact;
    }
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

  /** A condition that cannot overflow: the exact form's truth where the primitive one is checked. */
  String exactCondition() {
    return checked() ? "ddl.stdlib.Ops.truth(" + exact + ")" : condition();
  }
}
