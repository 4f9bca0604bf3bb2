package ddl.repl;

import ddl.engine.Engine;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.Values;
import ddl.stdlib.format.PrintOptions;
import java.util.ArrayList;
import java.util.List;

/** The table of {@code /vars}: each session variable's name, type, shape and dtype, and a preview. */
final class Vars {
  private Vars() {}

  static String table(Engine e) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"name", "type", "shape", "dtype", "value"});
    for (String name : e.variables().keySet()) {
      if (name.contains("$")) {
        continue;
      }
      Object v = e.valueOf(name);
      String shape = "";
      String dtype = "";
      if (v instanceof Tensor) {
        Tensor t = (Tensor) v;
        shape = Values.display(Tuple.ofShape(t.shape()), PrintOptions.DEFAULTS);
        dtype = String.valueOf(t.dtype());
      }
      rows.add(new String[] {name, Values.typeName(v), shape, dtype, preview(v)});
    }
    if (rows.size() == 1) {
      return "no variables yet";
    }
    int[] widths = new int[5];
    for (String[] r : rows) {
      for (int i = 0; i < 5; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      for (int i = 0; i < 4; i++) {
        sb.append(String.format("%-" + (widths[i] + 2) + "s", r[i]));
      }
      sb.append(r[4]).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  /** The first line of the value as displayed, cut to 40 characters. */
  static String preview(Object v) {
    String s;
    try {
      s = v == null ? "None" : Values.display(v, PrintOptions.DEFAULTS.withThreshold(20));
    } catch (RuntimeException x) {
      s = v.getClass().getName();
    }
    int nl = s.indexOf('\n');
    if (nl >= 0) {
      s = s.substring(0, nl) + " ...";
    }
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
