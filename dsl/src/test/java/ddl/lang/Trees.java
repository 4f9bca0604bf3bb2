package ddl.lang;

import ddl.lang.ast.Expr;
import ddl.lang.ast.Program;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: parsing shorthands and a description of a tree that leaves spans out. */
final class Trees {

  private Trees() {}

  static Program parse(String text) {
    return Parser.parse(new Source("test.ddl", text));
  }

  static Expr expr(String text) {
    return Parser.parseExpression(new Source("test.ddl", text));
  }

  /** The error parsing {@code text} raises, rendered; fails if it parses. */
  static String error(String text) {
    try {
      Parser.parse(new Source("test.ddl", text));
    } catch (DdlError e) {
      return e.render();
    }
    throw new AssertionError("no error for: " + text);
  }

  /**
   * The tree as nested {@code Name(field, ...)} text without spans, so that two trees compare equal
   * exactly when they agree on everything but positions.
   */
  static String describe(Object node) {
    if (node == null) {
      return "null";
    }
    if (node instanceof List<?> list) {
      return list.stream().map(Trees::describe).collect(Collectors.joining(", ", "[", "]"));
    }
    if (node instanceof Record record && !(node instanceof Span)) {
      StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('(');
      String separator = "";
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (component.getType() == Span.class) {
          continue;
        }
        try {
          text.append(separator).append(describe(component.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
        separator = ", ";
      }
      return text.append(')').toString();
    }
    return String.valueOf(node);
  }
}
