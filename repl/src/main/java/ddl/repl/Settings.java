package ddl.repl;

import ddl.stdlib.Context;
import ddl.stdlib.format.PrintOptions;
import java.util.List;

/** {@code /set}: echo of assignments, colour, and numpy's print options. */
final class Settings {
  static final List<String> WORDS =
      List.of(
          "echo", "color", "on", "off", "printoptions", "precision=", "threshold=", "edgeitems=",
          "linewidth=", "suppress=", "sign=", "floatmode=");

  private final Repl repl;
  private final ResultPrinter printer;

  Settings(Repl repl, ResultPrinter printer) {
    this.repl = repl;
    this.printer = printer;
  }

  void set(String arg) {
    String[] w = arg.isBlank() ? new String[0] : arg.strip().split("\\s+");
    if (w.length == 0) {
      show();
      return;
    }
    switch (w[0]) {
      case "echo" -> repl.setEcho(onOff(w));
      case "color", "colour" -> printer.setColor(onOff(w));
      case "printoptions" -> printOptions(w);
      default -> printer.problem("unknown setting " + w[0] + " (echo, color, printoptions)");
    }
  }

  private boolean onOff(String[] w) {
    return w.length < 2 || w[1].equals("on") || w[1].equals("true");
  }

  private void printOptions(String[] w) {
    Context ctx = repl.engine().context();
    PrintOptions o = ctx.printOptions();
    try {
      for (int i = 1; i < w.length; i++) {
        String[] kv = w[i].split("=", 2);
        if (kv.length < 2) {
          throw new IllegalArgumentException("expected KEY=VALUE, found " + w[i]);
        }
        String v = kv[1];
        o =
            switch (kv[0]) {
              case "precision" -> o.withPrecision(Integer.parseInt(v));
              case "threshold" -> o.withThreshold(Integer.parseInt(v));
              case "edgeitems" -> o.withEdgeitems(Integer.parseInt(v));
              case "linewidth" -> o.withLinewidth(Integer.parseInt(v));
              case "suppress" -> o.withSuppress(Boolean.parseBoolean(v));
              case "sign" -> o.withSign(v.isEmpty() ? '-' : v.charAt(0));
              case "floatmode" -> o.withFloatmode(v);
              default -> throw new IllegalArgumentException("unknown print option " + kv[0]);
            };
      }
    } catch (IllegalArgumentException e) {
      printer.problem(e.getMessage());
      return;
    }
    ctx.setPrintOptions(o);
    if (w.length == 1) {
      printer.info(o.toString());
    }
  }

  private void show() {
    printer.info(
        "echo " + (repl.echo() ? "on" : "off") + "\ncolor " + (printer.color() ? "on" : "off")
            + "\nprintoptions " + repl.engine().context().printOptions());
  }
}
