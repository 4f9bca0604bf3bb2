package ddl.stdlib;

import java.util.LinkedHashMap;

/**
 * A map printed as Python prints a dict ({@code {'precision': 8, 'suppress': False}}: keys and
 * values by their repr), for numpy's {@code get_printoptions()}. It indexes by key ({@code
 * d["precision"]}) and iterates over its keys, as Java maps do in ddl; SPEC §8's dict value will
 * supersede it.
 */
public final class PyDict extends LinkedHashMap<Object, Object> {
  private static final long serialVersionUID = 1L;

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "")
        .append(Values.repr(k)).append(": ").append(Values.repr(v)));
    return sb.append('}').toString();
  }
}
