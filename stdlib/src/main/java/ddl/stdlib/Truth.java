package ddl.stdlib;

/** Python's truth of a value, with numpy's error for a tensor of more than one element. */
final class Truth {
  private Truth() {}

  static boolean of(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v == null) {
      return false;
    }
    if (v instanceof Long || v instanceof Integer) {
      return ((Number) v).longValue() != 0;
    }
    if (v instanceof java.math.BigInteger) {
      return ((java.math.BigInteger) v).signum() != 0;
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue() != 0;
    }
    if (v instanceof Tensor) {
      Tensor t = (Tensor) v;
      if (t.size() == 1) {
        return t.getBoolean(0);
      }
      if (t.size() == 0) {
        throw new IllegalArgumentException(
            "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an"
                + " array is not empty.");
      }
      throw new IllegalArgumentException(
          "The truth value of an array with more than one element is ambiguous. Use a.any() or"
              + " a.all()");
    }
    if (v instanceof String) {
      return !((String) v).isEmpty();
    }
    if (v instanceof java.util.Collection) {
      return !((java.util.Collection<?>) v).isEmpty();
    }
    return true;
  }
}
