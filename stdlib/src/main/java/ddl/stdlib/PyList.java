package ddl.stdlib;

import java.util.ArrayList;
import java.util.Collection;

/**
 * A mutable list printed as Python prints one ({@code [[1, 2], [3.5, True]]}: elements by their
 * repr), for numpy's {@code tolist()}. It indexes, iterates, and has {@code len} as Java lists do
 * in ddl; SPEC §8's list value will supersede it.
 */
public final class PyList extends ArrayList<Object> {
  private static final long serialVersionUID = 1L;

  public PyList() {}

  public PyList(Collection<?> items) {
    super(items);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < size(); i++) {
      sb.append(i > 0 ? ", " : "").append(Values.repr(get(i)));
    }
    return sb.append(']').toString();
  }
}
