package ddl.engine;

import ddl.lang.Source;
import ddl.lang.ast.Stmt;
import ddl.lang.translate.Translator;
import ddl.lang.translate.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The defs of a session with the built-ins they call: when a new def shadows a built-in, the
 * earlier defs that call it are translated and defined again, so that they call the new def from
 * then on, as Python's late lookup would.
 */
final class ShadowedDefs {
  /** A def's source, tree and the built-ins it calls. */
  private record Origin(Source source, Stmt.Def def, Set<String> builtins) {}

  private final Engine engine;
  private final Map<String, Origin> origins = new HashMap<>();

  ShadowedDefs(Engine engine) {
    this.engine = engine;
  }

  /** Records the def {@code name} among {@code stmts}, and defines again the defs it shadows. */
  void remember(Source source, List<Stmt> stmts, String name, Set<String> builtins) {
    for (Stmt st : stmts) {
      if (st instanceof Stmt.Def d && d.name().equals(name)) {
        origins.put(name, new Origin(source, d, Set.copyOf(builtins)));
      }
    }
    if (!ddl.stdlib.Builtins.has(name)) {
      return;
    }
    for (Origin o : List.copyOf(origins.values())) {
      if (!o.def().name().equals(name) && o.builtins().contains(name)) {
        Translator t = new Translator(engine.environment());
        Unit again = t.translateDef(o.def());
        engine.run(o.source(), again);
        origins.put(o.def().name(),
            new Origin(o.source(), o.def(), Set.copyOf(t.builtinsCalledBy(o.def().name()))));
      }
    }
  }
}
