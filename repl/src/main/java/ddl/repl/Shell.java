package ddl.repl;

import ddl.engine.Engine;
import ddl.lang.Completeness;
import ddl.lang.DdlError;
import ddl.lang.ErrorRenderer;
import ddl.stdlib.Values;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The interactive shell. */
final class Shell {
  private Shell() {}

  /** A plain line reader: used when stdin is not a terminal (piped input). */
  static int start(boolean quiet) {
    try (Engine engine = Engine.create()) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      StringBuilder pending = new StringBuilder();
      String line;
      int status = 0;
      while ((line = in.readLine()) != null) {
        pending.append(line).append('\n');
        if (Completeness.of(pending.toString()) == Completeness.INCOMPLETE) {
          continue;
        }
        String text = pending.toString();
        pending.setLength(0);
        if (text.isBlank()) {
          continue;
        }
        try {
          Engine.Result r = engine.eval(text, true);
          if (r.hasValue() && r.value() != null) {
            System.out.println(Values.display(r.value(), engine.context().printOptions()));
          }
        } catch (DdlError e) {
          System.out.flush();
          System.err.println(ErrorRenderer.render(e));
          status = 1;
        }
      }
      return status;
    } catch (IOException e) {
      System.err.println("ddl: " + e.getMessage());
      return 1;
    }
  }
}
