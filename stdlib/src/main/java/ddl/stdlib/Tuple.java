package ddl.stdlib;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/** An immutable tuple printed as Python prints one: {@code (3, 4)}, {@code (3,)}, {@code ()}. */
public final class Tuple extends AbstractList<Object> {
  private final Object[] items;

  private Tuple(Object[] items) {
    this.items = items;
  }

  public static Tuple of(Object... items) {
    return new Tuple(items.clone());
  }

  /** A shape as a tuple of Longs. */
  public static Tuple ofShape(int[] shape) {
    Object[] o = new Object[shape.length];
    for (int i = 0; i < shape.length; i++) {
      o[i] = (long) shape[i];
    }
    return new Tuple(o);
  }

  public static Tuple copyOf(List<?> items) {
    return new Tuple(items.toArray());
  }

  @Override
  public Object get(int index) {
    int i = index < 0 ? index + items.length : index;
    if (i < 0 || i >= items.length) {
      throw new IndexOutOfBoundsException("tuple index out of range");
    }
    return items[i];
  }

  @Override
  public int size() {
    return items.length;
  }

  /** The items as ints (a shape or axes); each must be an integer. */
  public int[] toIntArray() {
    int[] r = new int[items.length];
    for (int i = 0; i < r.length; i++) {
      Object o = items[i];
      if (!(o instanceof Long || o instanceof Integer)) {
        throw new IllegalArgumentException(
            "'" + Values.typeName(o) + "' object cannot be interpreted as an integer");
      }
      r[i] = ((Number) o).intValue();
    }
    return r;
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof Tuple) {
      Tuple t = (Tuple) o;
      if (t.items.length != items.length) {
        return false;
      }
      for (int i = 0; i < items.length; i++) {
        if (!Values.equal(items[i], t.items[i])) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(items);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Values.repr(items[i]));
    }
    if (items.length == 1) {
      sb.append(',');
    }
    return sb.append(')').toString();
  }
}
