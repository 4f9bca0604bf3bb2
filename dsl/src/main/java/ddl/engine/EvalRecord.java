package ddl.engine;

import ddl.lang.translate.NamesAccess;
import ddl.lang.translate.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * What one evaluation left behind, to undo what should not outlive it: the variables it declared
 * (a failed assignment leaves its name undefined, as in Python: {@code nv = 1 // 0}) and the large
 * literals it kept (those only its statements used ran once; a session pasting data again and
 * again must not grow). A def's literals stay, and so do those of statements making function
 * values, whose default values run when called; a compiled program is not evaluated through
 * here and keeps all of its own.
 */
final class EvalRecord {
  private final Engine engine;
  private final List<String> declared = new ArrayList<>();
  private final List<String> runLater = new ArrayList<>();
  private int firstConstant;

  EvalRecord(Engine engine) {
    this.engine = engine;
  }

  /** Starts the record of a new evaluation. */
  void start() {
    declared.clear();
    runLater.clear();
    firstConstant = engine.session().constantsKept();
  }

  void declared(String name) {
    declared.add(name);
  }

  /** A unit about to run: a def, or a function value, may run again later. */
  void ran(Unit u) {
    if (u.kind() == Unit.Kind.METHOD || u.java().contains("ddl.stdlib.Fn.withParams(")) {
      runLater.add(u.java());
    }
  }

  /** Forgets the literals kept since {@link #start} that no code left to run later uses. */
  void releaseConstants() {
    Session session = engine.session();
    for (int k = firstConstant; k < session.constantsKept(); k++) {
      String use = "ddl$s.constant(" + k + ")";
      if (runLater.stream().noneMatch(java -> java.contains(use))) {
        session.release(k);
      }
    }
  }

  /** After a failure: drops the variables declared since {@link #start} that never got a value. */
  void forgetUnassigned() {
    for (String name : declared) {
      if (!engine.variables().containsKey(name)) {
        continue;
      }
      Object value;
      try {
        value = VariableAccess.get(engine, name);
      } catch (RuntimeException | Error e) {
        continue; // the error being reported matters more than this cleanup
      }
      if (value != null) {
        continue;
      }
      String java = NamesAccess.java(name);
      engine.jshell().variables().filter(v -> v.name().equals(java)).toList()
          .forEach(engine.jshell()::drop);
      engine.variablesMutable().remove(name);
      engine.session().slots().forget(name);
    }
    declared.clear();
  }
}
