package ddl.lang.translate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names visible while translating: locals of a def (or the typed copies of top-level
 * variables a loop works on), and what the translation has assigned so far.
 */
final class Scope {
  /** A Java local standing for a ddl name. */
  record Local(String java, JType type) {}

  private final Scope parent;
  private final Map<String, Local> locals = new HashMap<>();
  /** The join of the static types assigned to each name, for the loop and def typing passes. */
  final Map<String, JType> assignedTypes = new LinkedHashMap<>();
  final boolean function;

  Scope(Scope parent, boolean function) {
    this.parent = parent;
    this.function = function;
  }

  Local lookup(String name) {
    Local l = locals.get(name);
    if (l != null) {
      return l;
    }
    return parent == null ? null : parent.lookup(name);
  }

  void define(String name, Local local) {
    locals.put(name, local);
  }

  void recordAssignment(String name, JType type) {
    assignedTypes.merge(name, type, JType::join);
    if (parent != null && !function) {
      parent.recordAssignment(name, type);
    }
  }

  boolean inFunction() {
    return function || (parent != null && parent.inFunction());
  }
}
