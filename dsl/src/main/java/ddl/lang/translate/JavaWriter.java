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

  void line(String java, Span span) {
    text.append("  ".repeat(indent)).append(java).append('\n');
    lineSpans.add(span);
  }

  void open(String java, Span span) {
    line(java, span);
    indent++;
  }

  void close(String java, Span span) {
    indent--;
    line(java, span);
  }

  String text() {
    return text.toString();
  }

  List<Span> lineSpans() {
    return List.copyOf(lineSpans);
  }
}
