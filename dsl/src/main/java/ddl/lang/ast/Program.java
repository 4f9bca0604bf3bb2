package ddl.lang.ast;

import java.util.List;

/**
 * A parsed ddl text: its statements in order.
 *
 * @param statements the top-level statements
 */
public record Program(List<Stmt> statements) {
  /** Copies the list so the program is immutable. */
  public Program {
    statements = List.copyOf(statements);
  }
}
