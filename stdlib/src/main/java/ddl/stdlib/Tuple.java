package ddl.stdlib;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable tuple printed as Python prints one: {@code (3, 4)}, {@code (3,)}, {@code ()}; or a
 * named tuple ({@link #named}) such as numpy's {@code SVDResult(U=..., S=..., Vh=...)}, whose
 * items are also attributes.
 */
public final class Tuple extends AbstractList<Object> {
  private final Object[] items;
  private final String typeName; // null for a plain tuple
  private final List<String> fields;

  private Tuple(Object[] items) {
    this(items, null, List.of());
  }

  private Tuple(Object[] items, String typeName, List<String> fields) {
    this.items = items;
    this.typeName = typeName;
    this.fields = fields;
  }

  /** A named tuple: {@code named("EighResult", List.of("eigenvalues", "eigenvectors"), w, v)}. */
  public static Tuple named(String typeName, List<String> fields, Object... items) {
    if (fields.size() != items.length) {
      throw new IllegalArgumentException(typeName + ": " + fields.size() + " fields, "
          + items.length + " items");
    }
    return new Tuple(items.clone(), typeName, List.copyOf(fields));
  }

  /** The named tuple's type ({@code SVDResult}), or {@code tuple}. */
  public String typeName() {
    return typeName == null ? "tuple" : typeName;
  }

  /** Whether this named tuple has the field {@code name}. */
  public boolean hasField(String name) {
    return fields.contains(name);
  }

  /** The item of field {@code name} ({@link #hasField} first). */
  public Object field(String name) {
    return items[fields.indexOf(name)];
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
    StringBuilder sb = new StringBuilder(typeName == null ? "(" : typeName + "(");
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      if (typeName != null) {
        sb.append(fields.get(i)).append('=');
      }
      sb.append(Values.repr(items[i]));
    }
    if (items.length == 1 && typeName == null) {
      sb.append(',');
    }
    return sb.append(')').toString();
  }
}
