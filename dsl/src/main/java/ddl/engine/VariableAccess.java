package ddl.engine;

import ddl.lang.Suggest;
import ddl.lang.TokenKind;
import ddl.lang.translate.JType;
import ddl.lang.translate.NamesAccess;
import java.util.List;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * Reads and writes top-level variables from Java through {@link Slots}. The first access to a name
 * compiles one snippet that binds it (declaring it when new); later accesses are method calls.
 */
final class VariableAccess {
  private VariableAccess() {}

  static Object get(Engine engine, String name) {
    // the caller may keep the value: the dsl must not write a result into it any more
    return ddl.stdlib.Lang.shared(peek(engine, name));
  }

  /** The value of a variable for the engine's own checks, which keep no reference to it. */
  static Object peek(Engine engine, String name) {
    if (engine.environment().javaType(name) != null) {
      // declared by a Java line with its own type: no slot, read through a one-off snippet
      evalInternal(engine, "ddl$s.slots().hand(" + NamesAccess.java(name) + ");");
      return engine.session().slots().takeHanded();
    }
    if (!engine.variables().containsKey(name)) {
      throw new IllegalArgumentException(unknown(engine, name));
    }
    return slot(engine, name).getter().get();
  }

  static void set(Engine engine, String name, Object value) {
    checkName(name);
    JType java = engine.environment().javaType(name);
    if (java != null) {
      throw new IllegalArgumentException(
          "'" + name + "' was declared by a Java line as " + java.java() + "; assign it in Java");
    }
    slot(engine, name).setter().accept(value);
  }

  /** Declares {@code name} as a ddl variable holding None unless it exists. */
  static void declare(Engine engine, String name) {
    checkName(name);
    slot(engine, name);
  }

  private static Slots.Slot slot(Engine engine, String name) {
    Slots slots = engine.session().slots();
    Slots.Slot s = slots.slot(name);
    if (s != null) {
      return s;
    }
    boolean declare = !engine.variables().containsKey(name);
    String j = NamesAccess.java(name);
    String bind =
        "ddl$s.slots().bind(\"" + name + "\", () -> " + j + ", ddl$v -> " + j + " = ddl$v)";
    // a JShell variable's initialiser runs after the variable exists, so it may refer to it
    evalInternal(engine, declare ? "Object " + j + " = " + bind + ";" : bind + ";");
    if (declare) {
      engine.variablesMutable().put(name, JType.OBJECT);
    }
    return slots.slot(name);
  }

  static void checkName(String name) {
    boolean ok = name != null && !name.isEmpty() && !name.equals("_");
    for (int i = 0; ok && i < name.length(); i++) {
      char c = name.charAt(i);
      ok = c == '_' || c < 128 && Character.isLetter(c) || i > 0 && c < 128 && Character.isDigit(c);
    }
    if (!ok || TokenKind.isKeyword(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a ddl variable name");
    }
  }

  static String unknown(Engine engine, String name) {
    String hint =
        Suggest.closest(name, engine.variables().keySet())
            .map(s -> " (did you mean '" + s + "'?)")
            .orElse("");
    return "unknown name '" + name + "'" + hint;
  }

  /** Evaluates a snippet the engine generated itself; a failure is a fault of ddl. */
  static void evalInternal(Engine engine, String java) {
    List<SnippetEvent> events = engine.jshell().eval(java);
    for (SnippetEvent e : events) {
      if (e.causeSnippet() != null) {
        continue;
      }
      if (e.status() == Snippet.Status.REJECTED || e.exception() != null) {
        String why =
            e.exception() != null
                ? e.exception().toString()
                : engine
                    .jshell()
                    .diagnostics(e.snippet())
                    .map(d -> d.getMessage(null))
                    .toList()
                    .toString();
        throw new IllegalStateException("internal error: " + java + ": " + why);
      }
    }
  }
}
