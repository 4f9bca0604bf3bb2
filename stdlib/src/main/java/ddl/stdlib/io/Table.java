package ddl.stdlib.io;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.format.PyFloat;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Columns of equal length by name, as {@code readcsv} returns them: {@code t["speed"]} and {@code
 * t.speed} are the column as a 1-D tensor (float64, or int64 when every cell is an integer, as
 * pandas reads it). A read-only {@link Map} in header order, so Java code can iterate it.
 */
public final class Table extends AbstractMap<String, Tensor> {
  /** Rows shown when a table is printed. */
  static final int SHOWN = 10;

  private final Map<String, Tensor> columns;
  private final int rows;

  /** A table of the given columns, which must all be 1-D of one length. */
  public Table(Map<String, Tensor> columns) {
    this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    int n = -1;
    for (Map.Entry<String, Tensor> e : this.columns.entrySet()) {
      Tensor t = e.getValue();
      if (t.ndim() != 1 || (n >= 0 && t.size() != n)) {
        throw new IllegalArgumentException(
            "table: column '"
                + e.getKey()
                + "' has shape "
                + t.shapeString()
                + ", expected ("
                + n
                + ",)");
      }
      n = t.size();
    }
    this.rows = Math.max(n, 0);
  }

  /** The column named {@code name}, or a KeyError-like error naming the columns there are. */
  public Tensor column(String name) {
    Tensor t = columns.get(name);
    if (t == null) {
      throw new IllegalArgumentException(
          "no column '" + name + "'; the columns are " + String.join(", ", columns.keySet()));
    }
    return t;
  }

  /** {@code t["speed"]}: the column, with an error naming the columns for an unknown name. */
  @Override
  public Tensor get(Object key) {
    if (!(key instanceof String)) {
      throw new IllegalArgumentException(
          "a table is indexed by column name (t[\"name\"]), found " + key);
    }
    return column((String) key);
  }

  /** {@code t.speed}: the attribute hook the language calls for a name that is not a method. */
  public Object attr(String name) {
    return column(name);
  }

  /** The column names in header order, as a tuple. */
  public Tuple names() {
    return Tuple.copyOf(new ArrayList<>(columns.keySet()));
  }

  /** The number of rows ({@code len(t)}). */
  public int rows() {
    return rows;
  }

  @Override
  public Set<Map.Entry<String, Tensor>> entrySet() {
    return columns.entrySet();
  }

  /** The first rows as an aligned text table, and the size when rows are left out. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>(columns.keySet());
    int shown = Math.min(rows, SHOWN);
    String[][] cells = new String[shown + 1][names.size() + 1];
    cells[0][0] = "";
    for (int c = 0; c < names.size(); c++) {
      cells[0][c + 1] = names.get(c);
    }
    for (int r = 0; r < shown; r++) {
      cells[r + 1][0] = Integer.toString(r);
      for (int c = 0; c < names.size(); c++) {
        Tensor t = columns.get(names.get(c));
        cells[r + 1][c + 1] =
            t.dtype() == DType.FLOAT64 ? PyFloat.repr(t.getDouble(r)) : String.valueOf(t.get(r));
      }
    }
    int[] width = new int[names.size() + 1];
    for (String[] row : cells) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : cells) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(c > 0 ? "  " : "")
            .append(" ".repeat(width[c] - row[c].length()))
            .append(row[c]);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    if (shown < rows) {
      sb.append("... (").append(rows).append(" rows, ").append(names.size()).append(" columns)\n");
    }
    return sb.substring(0, sb.length() - 1);
  }
}
