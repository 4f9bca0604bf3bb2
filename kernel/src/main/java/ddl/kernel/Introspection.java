package ddl.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ddl.engine.Engine;
import ddl.lang.Completeness;
import ddl.repl.Editing;
import ddl.stdlib.Builtins;
import ddl.stdlib.Values;

/**
 * {@code complete_request}, {@code inspect_request} and {@code is_complete_request}: the REPL's
 * completer, the {@code help} text, and the engine's completeness check. Cursor positions in the
 * protocol count Unicode code points; Java strings count UTF-16 chars, so they are converted.
 */
final class Introspection {
  private Introspection() {}

  static ObjectNode complete(Engine engine, String code, int cursorPos) {
    int cursor = charIndex(code, cursorPos);
    Editing.Completions c = Editing.complete(engine, code, cursor);
    ObjectNode reply = Json.object();
    reply.put("status", "ok");
    ArrayNode matches = reply.putArray("matches");
    c.matches().forEach(m -> matches.add(m.value()));
    reply.put("cursor_start", code.codePointCount(0, c.start()));
    reply.put("cursor_end", code.codePointCount(0, c.end()));
    reply.set("metadata", Json.object());
    return reply;
  }

  static ObjectNode inspect(Engine engine, String code, int cursorPos) {
    String name = nameAt(code, charIndex(code, cursorPos));
    String text = name == null ? null : describe(engine, name);
    ObjectNode reply = Json.object();
    reply.put("status", "ok");
    reply.put("found", text != null);
    ObjectNode data = Json.object();
    if (text != null) {
      data.put("text/plain", text);
    }
    reply.set("data", data);
    reply.set("metadata", Json.object());
    return reply;
  }

  static ObjectNode isComplete(String code) {
    ObjectNode reply = Json.object();
    Completeness c = Editing.completeness(code);
    switch (c) {
      case COMPLETE -> reply.put("status", "complete");
      case INCOMPLETE -> {
        reply.put("status", "incomplete");
        reply.put("indent", Editing.continuationIndent(code));
      }
      case INVALID -> reply.put("status", "invalid");
    }
    return reply;
  }

  /** The help text for {@code ?name} in a cell, or the message that there is none. */
  static String help(Engine engine, String name) {
    String text = describe(engine, name);
    return text != null ? text : engine.help().describe(name);
  }

  /**
   * The {@code help} text of a built-in or a def, or for a session variable its type and value;
   * null for a name that is none of these.
   */
  static String describe(Engine engine, String name) {
    boolean def = engine != null && engine.environment().def(name) != null;
    if (Builtins.info(name) != null || def) {
      return engine != null ? engine.help().describe(name) : null;
    }
    if (engine != null && engine.environment().variable(name) != null) {
      Object v = engine.valueOf(name);
      String shown = Values.display(v, engine.context().printOptions());
      return name + ": " + Values.typeName(v) + (shown.contains("\n") ? "\n" : " = ") + shown;
    }
    return null;
  }

  /**
   * The name the cursor is in or just after ({@code su|m}, {@code sum|}), else the function of the
   * call it is in ({@code sum(A, |}); null when there is neither.
   */
  static String nameAt(String code, int cursor) {
    int s = cursor;
    while (s > 0 && isNameChar(code.charAt(s - 1))) {
      s--;
    }
    int e = cursor;
    while (e < code.length() && isNameChar(code.charAt(e))) {
      e++;
    }
    if (e > s && !Character.isDigit(code.charAt(s))) {
      return code.substring(s, e);
    }
    int depth = 0;
    for (int i = cursor - 1; i >= 0; i--) {
      char ch = code.charAt(i);
      if (ch == ')') {
        depth++;
      } else if (ch == '(') {
        if (depth-- == 0) {
          return nameAt(code, i);
        }
      } else if (ch == '\n' && depth == 0) {
        break;
      }
    }
    return null;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** The char index of code point {@code cursorPos}, clamped to the text; -1 means its end. */
  static int charIndex(String code, int cursorPos) {
    int points = code.codePointCount(0, code.length());
    if (cursorPos < 0 || cursorPos > points) {
      cursorPos = points;
    }
    return code.offsetByCodePoints(0, cursorPos);
  }
}
