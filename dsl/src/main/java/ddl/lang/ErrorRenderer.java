package ddl.lang;

/**
 * Presents a {@link DdlError} the way compilers do:
 *
 * <pre>
 * rent.ddl:3:5: expected an expression, found '*'
 * y = * 2
 *     ^
 * hint: ...
 * </pre>
 *
 * <p>The caret sits under the first character of the span and tildes run under the rest of it on
 * that line. An error at the very end of a text that ends with line breaks is shown at the end of
 * the last non-empty line, where the reader expects the missing piece.
 */
public final class ErrorRenderer {

  private ErrorRenderer() {}

  /** Renders an error against the source attached to it; just the message if there is none. */
  public static String render(DdlError error) {
    return error.source() == null ? error.message() : render(error, error.source());
  }

  /** Renders an error against {@code source}. */
  public static String render(DdlError error, Source source) {
    String text = source.text();
    int start = Math.min(error.span().start(), text.length());
    int end = Math.min(error.span().end(), text.length());
    if (start == text.length()) {
      // back up over trailing line breaks so the caret is not shown under an empty last line
      while (start > 0 && (text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r')) {
        start--;
      }
      end = start;
    }
    int lineStart = source.lineStart(start);
    int lineEnd = source.lineEnd(start);
    String line = text.substring(lineStart, lineEnd);

    StringBuilder out = new StringBuilder();
    out.append(source.name())
        .append(':')
        .append(source.line(start))
        .append(':')
        .append(source.column(start))
        .append(": ")
        .append(error.message())
        .append('\n')
        .append(line)
        .append('\n');
    // copy tabs from the source line so the caret lines up whatever the tab width
    for (int i = lineStart; i < start; i++) {
      out.append(text.charAt(i) == '\t' ? '\t' : ' ');
    }
    out.append('^');
    int underlined = Math.min(end, lineEnd) - start;
    for (int i = 1; i < underlined; i++) {
      out.append('~');
    }
    if (error.hint() != null) {
      out.append('\n').append("hint: ").append(error.hint());
    }
    return out.toString();
  }
}
