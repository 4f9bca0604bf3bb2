package ddl.engine;

import ddl.lang.DdlError;
import ddl.lang.Parser;
import ddl.lang.Source;
import ddl.lang.Span;
import ddl.lang.ast.Program;
import ddl.lang.translate.Translator;
import ddl.lang.translate.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ddl program translated and compiled once, to be run many times: every run is a method call per
 * block of statements, with no lexing, translation or javac. Each block becomes a lambda that
 * JShell compiles into a snippet ({@code Slots.Body ddl$p3 = ddl$s.slots().program(() -> {...});}),
 * so it reads and writes the session's variables as the interpreted form does; the program's defs
 * are defined when it is compiled. Names the program reads but nobody has defined yet are declared
 * as variables, to be given values (with {@link Engine#set}) before a run. A program with Java
 * lines is kept as source and evaluated on every run.
 */
public final class CompiledProgram {
  private record Step(Slots.Body body, Unit unit) {}

  private final Engine engine;
  private final Source source;
  private final List<Step> steps;
  private final Map<String, Span> free;
  private final Set<String> assigned;
  private final boolean interpreted;

  private CompiledProgram(
      Engine engine,
      Source source,
      List<Step> steps,
      Map<String, Span> free,
      Set<String> assigned,
      boolean interpreted) {
    this.engine = engine;
    this.source = source;
    this.steps = steps;
    this.free = free;
    this.assigned = assigned;
    this.interpreted = interpreted;
  }

  static CompiledProgram compile(Engine engine, Source source) {
    Map<String, Span> free = new LinkedHashMap<>();
    List<Unit> units;
    try {
      units = translate(engine, Parser.parse(source), source, free);
    } catch (DdlError e) {
      throw e.source() == null ? e.in(source) : e;
    }
    Set<String> assigned = new LinkedHashSet<>();
    units.forEach(u -> assigned.addAll(u.assigned().keySet()));
    if (units.stream().anyMatch(u -> u.kind() == Unit.Kind.JAVA)) {
      // a Java line may declare anything, which a lambda body cannot
      return new CompiledProgram(engine, source, List.of(), free, assigned, true);
    }
    List<Step> steps = new ArrayList<>();
    Slots slots = engine.session().slots();
    for (Unit u : units) {
      if (u.kind() == Unit.Kind.METHOD) {
        engine.run(source, u);
        continue;
      }
      // the prefix stays on the block's first line, so line numbers still map to ddl spans
      String java =
          "ddl.engine.Slots.Body ddl$p"
              + slots.nextProgramId()
              + " = ddl$s.slots().program(() -> "
              + u.java().strip()
              + ");";
      Unit wrapped =
          new Unit(
              Unit.Kind.BLOCK,
              java,
              u.lineSpans(),
              u.declares(),
              u.assigned(),
              null,
              null,
              u.span());
      engine.run(source, wrapped);
      steps.add(new Step(slots.takeProgram(), wrapped));
    }
    return new CompiledProgram(engine, source, steps, free, assigned, false);
  }

  /** Translates, declaring each name the translator does not know as a variable, then retries. */
  private static List<Unit> translate(
      Engine engine, Program program, Source source, Map<String, Span> free) {
    while (true) {
      try {
        return new Translator(engine.environment()).translate(program, true);
      } catch (DdlError e) {
        if (e.kind() != DdlError.Kind.UNKNOWN_NAME) {
          throw e;
        }
        String name = source.text().substring(e.span().start(), e.span().end());
        try {
          if (free.containsKey(name)) {
            throw e;
          }
          VariableAccess.declare(engine, name);
        } catch (IllegalArgumentException notAName) {
          throw e;
        }
        free.put(name, e.span());
      }
    }
  }

  /**
   * Runs the program once more.
   *
   * @return the value of its final bare expression, or null
   * @throws DdlError an error positioned in the program's source; also when a name the program
   *     reads but does not define holds no value
   */
  public Object run() {
    synchronized (engine) {
      for (Map.Entry<String, Span> f : free.entrySet()) {
        if (VariableAccess.peek(engine, f.getKey()) == null) {
          throw DdlError.of(
                  DdlError.Kind.UNKNOWN_NAME,
                  f.getValue(),
                  "unknown name '" + f.getKey() + "'",
                  "give it a value before running the program")
              .in(source);
        }
      }
      if (interpreted) {
        Engine.Result r = engine.eval(source, true);
        return r.hasValue() ? r.value() : null;
      }
      Session session = engine.session();
      engine.context().clearInterrupt();
      session.reset();
      for (Step s : steps) {
        try {
          s.body().run();
        } catch (DdlError e) {
          throw e;
        } catch (Throwable t) {
          throw ThrownErrors.of(t, source, s.unit().span(), engine);
        }
      }
      return session.hasShown() ? session.shown() : null;
    }
  }

  /** The top-level names the program assigns. */
  public Set<String> assigned() {
    return Collections.unmodifiableSet(assigned);
  }

  /** The names the program reads but nothing had defined when it was compiled. */
  public Set<String> free() {
    return Collections.unmodifiableSet(free.keySet());
  }

  /** The program's source. */
  public Source source() {
    return source;
  }
}
