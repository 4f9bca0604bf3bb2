package ddl.engine;

import java.util.function.LongUnaryOperator;

/**
 * A statement compiled once into a function that runs it n times and returns the nanoseconds
 * that took ({@code /time}): the engine's own Java for the statement inside a Java loop, so the
 * figures hold no compile.
 */
final class StatementTimer {
  private StatementTimer() {}

  /** The timing function, or null for a statement that is not one block of Java (a def). */
  static LongUnaryOperator compile(Engine engine, String statement) {
    String body = engine.javaToKeep(statement).strip();
    if (!body.startsWith("{") || !body.endsWith("}")) {
      return null;
    }
    engine.evalTranslated("java.util.function.LongUnaryOperator ddl$timer = ddl$runs -> {\n"
        + "  long ddl$t0 = System.nanoTime();\n"
        + "  for (long ddl$n = 0; ddl$n < ddl$runs; ddl$n++) " + body + "\n"
        + "  return System.nanoTime() - ddl$t0;\n"
        + "};");
    return (LongUnaryOperator) engine.valueOf("ddl$timer");
  }
}
