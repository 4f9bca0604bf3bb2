package ddl.engine;

import ddl.stdlib.Builtins;
import java.util.Map;
import java.util.function.Function;

/** The text of {@code help(name)}, {@code /help NAME} and {@code ?NAME}: signature, doc, example. */
public final class HelpText {
  private final Function<String, String> userDefs;

  HelpText(Function<String, String> userDefs) {
    this.userDefs = userDefs;
  }

  /** Help on one name, or an overview for null. */
  public String describe(String name) {
    if (name == null || name.isBlank()) {
      return overview();
    }
    Builtins.Info b = Builtins.info(name);
    if (b != null) {
      StringBuilder sb = new StringBuilder(b.signature()).append("\n  ").append(b.doc());
      if (!b.example().isEmpty()) {
        sb.append("\n  example: ").append(b.example());
      }
      return sb.toString();
    }
    String def = userDefs.apply(name);
    if (def != null) {
      return def;
    }
    return "no help for '" + name + "': not a built-in or a def of this session";
  }

  static String overview() {
    StringBuilder sb = new StringBuilder("built-ins (help(name) for one):\n");
    int col = 0;
    for (Map.Entry<String, Builtins.Info> e : Builtins.all().entrySet()) {
      String n = e.getKey();
      if (col + n.length() + 1 > 76) {
        sb.append('\n');
        col = 0;
      }
      sb.append(col == 0 ? "  " : " ").append(n);
      col += n.length() + 1 + (col == 0 ? 2 : 0);
    }
    return sb.toString();
  }
}
