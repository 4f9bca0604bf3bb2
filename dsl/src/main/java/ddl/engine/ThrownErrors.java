package ddl.engine;

import ddl.lang.DdlError;
import ddl.lang.Source;
import ddl.lang.Span;
import ddl.lang.translate.Unit;

/**
 * Positions an exception thrown by a compiled program, which runs as a direct call rather than
 * through JShell's {@code eval}, in ddl source. The stack frames of snippet classes carry the
 * snippet id as their file name, as in {@link Errors}, so the same index finds the ddl line.
 */
final class ThrownErrors {
  private ThrownErrors() {}

  static DdlError of(Throwable t, Source source, Unit unit, SnippetIndex index) {
    return of(t, source, unit.span(), index);
  }

  /** As above, with {@code fallback} in {@code source} where no frame is in ddl code. */
  static DdlError of(Throwable t, Source source, Span fallback, SnippetIndex index) {
    String message = message(t);
    for (StackTraceElement f : t.getStackTrace()) {
      SnippetIndex.Origin o = index.ofFrame(f.getFileName());
      if (o != null && f.getLineNumber() > 0) {
        Span span = o.unit().spanOfLine(f.getLineNumber() + o.lineOffset());
        String hint = o.unit().kind() == Unit.Kind.METHOD ? "in " + o.unit().name() : null;
        return DdlError.of(DdlError.Kind.RUNTIME, span, message, hint).in(o.source());
      }
    }
    return DdlError.of(DdlError.Kind.RUNTIME, fallback, message, null).in(source);
  }

  /** The user-facing message, worded as {@link Errors#message} words it for JShell's exceptions. */
  static String message(Throwable t) {
    String msg = t.getMessage();
    if (t instanceof ddl.stdlib.Context.Interrupted) {
      return "interrupted";
    }
    if (t instanceof StackOverflowError) {
      return "maximum recursion depth exceeded";
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory: " + msg;
    }
    if (t instanceof ArithmeticException) {
      return msg == null || msg.equals("/ by zero") ? "division by zero" : msg;
    }
    if (t instanceof NullPointerException) {
      return "None (a missing value) was used where a value is needed";
    }
    if (t instanceof ClassCastException) {
      return "wrong type: "
          + (msg == null
              ? ""
              : msg.replaceAll("class ([\\w.$]+)", "$1")
                  .replaceAll("\\([^)]*\\)", "")
                  .replaceAll("\\s+", " ")
                  .trim());
    }
    return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
  }
}
