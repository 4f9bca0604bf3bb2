package ddl.lang.translate;

import ddl.lang.DdlError;
import ddl.lang.Suggest;
import ddl.lang.ast.Expr;
import ddl.stdlib.Builtins;
import java.util.HashSet;
import java.util.Set;

/**
 * numpy's sub-modules and Python's {@code math} as ddl writes them: the first part of a dotted
 * built-in's or constant's name ({@code random.normal}, {@code math.pi}).
 */
final class Modules {
  private Modules() {}

  static boolean isModule(String name) {
    return Builtins.isModule(name) || Constants.isModule(name);
  }

  /**
   * The built-in or constant {@code dotted} names, or null when its module part is not a module
   * (an attribute of a module's member); an error with a suggestion for a name the module lacks.
   */
  static String member(String dotted, Expr.Member m) {
    if (Builtins.has(dotted) || Constants.of(dotted) != null) {
      return dotted;
    }
    String module = dotted.substring(0, dotted.lastIndexOf('.'));
    if (!isModule(module)) {
      return null;
    }
    Set<String> candidates = new HashSet<>();
    for (String name : Builtins.all().keySet()) {
      if (name.startsWith(module + ".") && name.indexOf('.', module.length() + 1) < 0) {
        candidates.add(name.substring(module.length() + 1));
      }
    }
    for (String name : Constants.names()) {
      if (name.startsWith(module + ".")) {
        candidates.add(name.substring(module.length() + 1));
      }
    }
    String close = Suggest.closest(m.name(), candidates).orElse(null);
    throw DdlError.of(DdlError.Kind.UNKNOWN_NAME, m.span(),
        "module '" + module + "' has no attribute '" + m.name() + "'",
        close == null ? null : "did you mean '" + module + "." + close + "'?");
  }
}
