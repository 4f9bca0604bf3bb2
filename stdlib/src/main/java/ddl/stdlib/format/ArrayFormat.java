package ddl.stdlib.format;

import ddl.stdlib.Tensor;

/** numpy's {@code str()} and {@code repr()} of arrays. */
public final class ArrayFormat {
  private ArrayFormat() {}

  public static String str(Tensor t) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < t.size(); i++) {
      sb.append(i > 0 ? " " : "").append(t.get(i));
    }
    return sb.append("]").toString();
  }
}
