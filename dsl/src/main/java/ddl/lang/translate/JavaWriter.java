package ddl.lang.translate;

import ddl.lang.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates generated Java line by line with indentation, recording for every line the ddl span
 * it came from, so that javac diagnostics and run-time stack frames map back to ddl source.
 */
final class JavaWriter {
  private final StringBuilder text = new StringBuilder();
  private final List<Span> lineSpans = new ArrayList<>();
  private int indent;

  private static final char MARK = '\u0001';
  private static final char END = '\u0002';

  /**
   * A marker put before the Java of an expression: {@link #line} starts a new line there, mapped to
   * the expression's span, so stack frames point at the expression rather than the statement.
   * (Control characters never occur in generated string literals, which escape them.)
   */
  static String mark(Span span) {
    return MARK + Integer.toString(span.start()) + "," + span.end() + END;
  }

  void line(String java, Span span) {
    int mark = java.indexOf(MARK);
    if (mark < 0) {
      text.append("  ".repeat(indent)).append(java).append('\n');
      lineSpans.add(span);
      return;
    }
    String head = java.substring(0, mark);
    text.append("  ".repeat(indent)).append(head).append('\n');
    lineSpans.add(span);
    int pos = mark;
    while (pos >= 0) {
      int end = java.indexOf(END, pos);
      String[] se = java.substring(pos + 1, end).split(",");
      Span s = new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
      int next = java.indexOf(MARK, end);
      String part = java.substring(end + 1, next < 0 ? java.length() : next);
      text.append("  ".repeat(indent + 2)).append(part).append('\n');
      lineSpans.add(s);
      pos = next;
    }
  }

  void open(String java, Span span) {
    line(java, span);
    indent++;
  }

  void close(String java, Span span) {
    indent--;
    line(java, span);
  }

  /** The lines another writer wrote, indented to this writer's level, with their spans. */
  void append(JavaWriter other) {
    String[] lines = other.text.toString().split("\n", -1);
    for (int i = 0; i < lines.length - 1; i++) { // the last piece follows the final newline
      text.append("  ".repeat(indent)).append(lines[i]).append('\n');
    }
    lineSpans.addAll(other.lineSpans);
  }

  String text() {
    return text.toString();
  }

  List<Span> lineSpans() {
    return List.copyOf(lineSpans);
  }
}
