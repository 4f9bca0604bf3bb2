package ddl.jsr223;

import ddl.Ddl;
import ddl.lang.TokenKind;
import ddl.stdlib.Builtins;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.script.Bindings;
import javax.script.ScriptContext;

/**
 * Bindings other than the session's own, around one run. ddl code sees a single set of variables
 * (the session's), so for the run the session takes the values of a foreign engine scope, then of
 * global-scope names no engine-scope binding hides; afterwards every variable the run created or
 * changed is written to the engine scope of the run, and the session gets its values back.
 */
final class BindingsScope {
  private final Ddl ddl;
  private final Bindings foreign;
  private final Map<String, Object> supplied = new LinkedHashMap<>();
  private final Map<String, Object> before = new HashMap<>();

  private BindingsScope(Ddl ddl, Bindings foreign) {
    this.ddl = ddl;
    this.foreign = foreign;
  }

  /** Prepares the session for a run in {@code context}; {@code own} is the session's own scope. */
  static BindingsScope enter(Ddl ddl, SessionBindings own, ScriptContext context) {
    Bindings engine = context.getBindings(ScriptContext.ENGINE_SCOPE);
    Bindings global = context.getBindings(ScriptContext.GLOBAL_SCOPE);
    BindingsScope s = new BindingsScope(ddl, engine == own ? null : engine);
    Map<String, Object> values = new LinkedHashMap<>();
    if (s.foreign != null) {
      s.foreign.forEach((k, v) -> s.supply(values, k, v));
    }
    if (global != null && !global.isEmpty()) {
      Bindings scope = s.foreign != null ? s.foreign : own;
      global.forEach(
          (k, v) -> {
            if (!scope.containsKey(k)) {
              s.supply(values, k, v);
            }
          });
    }
    if (s.foreign == null && values.isEmpty()) {
      return s;
    }
    for (String name : ddl.names()) {
      s.before.put(name, ddl.get(name));
    }
    values.forEach(
        (k, v) -> {
          ddl.set(k, v);
          s.supplied.put(k, ddl.get(k)); // as converted, to tell later whether the run changed it
        });
    return s;
  }

  private void supply(Map<String, Object> values, String name, Object value) {
    // only plain ddl names; a binding never hides a built-in or def that is not already hidden
    if (isName(name)
        && (ddl.has(name) || !Builtins.has(name) && !ddl.hasFunction(name))
        && !values.containsKey(name)) {
      values.put(name, value);
    }
  }

  static boolean isName(String name) {
    if (name.isEmpty() || name.equals("_") || TokenKind.isKeyword(name)) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c < 128 && (Character.isLetter(c) || c == '_');
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Writes what the run created or changed to its engine scope and restores the session. */
  void exit() {
    if (foreign == null && supplied.isEmpty()) {
      return;
    }
    for (String name : ddl.names()) {
      Object now = ddl.get(name);
      boolean given = supplied.containsKey(name);
      boolean existed = before.containsKey(name);
      boolean changed = given ? now != supplied.get(name) : !existed || now != before.get(name);
      if (foreign != null) {
        if (changed) {
          foreign.put(name, now);
        }
        if (given || changed) {
          ddl.set(name, before.get(name));
        }
      } else if (given && !changed) {
        // a global name the run only read: it does not become an engine-scope variable
        ddl.set(name, before.get(name));
      }
    }
  }
}
