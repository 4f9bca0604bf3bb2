package ddl.stdlib;

/** numpy's rules for the shape given to reshape: one -1 inferred, the sizes must agree. */
final class ReshapeRules {
  private ReshapeRules() {}

  static int[] resolve(int[] newShape, int size) {
    int unknown = -1;
    long known = 1;
    for (int i = 0; i < newShape.length; i++) {
      if (newShape[i] == -1) {
        if (unknown >= 0) {
          throw new IllegalArgumentException("can only specify one unknown dimension");
        }
        unknown = i;
      } else if (newShape[i] < 0) {
        throw new IllegalArgumentException("negative dimensions not allowed");
      } else {
        known *= newShape[i];
      }
    }
    int[] target = newShape.clone();
    if (unknown >= 0) {
      if (known == 0 || size % known != 0) {
        throw new IllegalArgumentException(
            "cannot reshape array of size " + size + " into shape " + unknownShape(newShape));
      }
      target[unknown] = (int) (size / known);
    } else if (known != size) {
      throw new IllegalArgumentException(
          "cannot reshape array of size " + size + " into shape " + Shape.compact(newShape));
    }
    return target;
  }

  private static String unknownShape(int[] s) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < s.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(s[i] == -1 ? "newaxis" : String.valueOf(s[i]));
    }
    return sb.append(s.length == 1 ? ",)" : ")").toString();
  }
}
