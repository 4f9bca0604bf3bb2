package ddl.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code history_request}: the inputs of this kernel's session (session number 1), by {@code tail},
 * {@code range} or {@code search} (a glob, as IPython's), each as {@code [session, line, input]},
 * or {@code [session, line, [input, null]]} when output is asked for (outputs are not kept).
 */
final class History {
  private History() {}

  static ObjectNode reply(List<Cells.Input> inputs, Message m) {
    String access = m.text("hist_access_type", "tail");
    List<Cells.Input> chosen = new ArrayList<>();
    switch (access) {
      case "range" -> {
        int start = m.number("start", 1);
        int stop = m.number("stop", Integer.MAX_VALUE);
        for (Cells.Input i : inputs) {
          if (i.count() >= start && i.count() < stop) {
            chosen.add(i);
          }
        }
      }
      case "search" -> {
        Pattern p = glob(m.text("pattern", "*"));
        Set<String> seen = new LinkedHashSet<>();
        boolean unique = m.flag("unique", false);
        for (Cells.Input i : inputs) {
          if (p.matcher(i.code()).matches() && (!unique || seen.add(i.code()))) {
            chosen.add(i);
          }
        }
        chosen = last(chosen, m.number("n", chosen.size()));
      }
      default -> chosen = last(inputs, m.number("n", inputs.size()));
    }
    ObjectNode c = Json.object().put("status", "ok");
    ArrayNode history = c.putArray("history");
    boolean output = m.flag("output", false);
    for (Cells.Input i : chosen) {
      ArrayNode entry = history.addArray().add(1).add(i.count());
      if (output) {
        entry.addArray().add(i.code()).addNull();
      } else {
        entry.add(i.code());
      }
    }
    return c;
  }

  private static List<Cells.Input> last(List<Cells.Input> all, int n) {
    return new ArrayList<>(all.subList(Math.max(0, all.size() - Math.max(0, n)), all.size()));
  }

  /** A glob ({@code *} any run, {@code ?} one character) as a regular expression. */
  static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    for (char ch : glob.toCharArray()) {
      switch (ch) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
