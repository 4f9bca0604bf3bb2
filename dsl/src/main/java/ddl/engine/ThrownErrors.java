package ddl.engine;

import ddl.lang.DdlError;
import ddl.lang.Source;
import ddl.lang.Span;
import ddl.lang.translate.Unit;
import java.util.HashMap;
import java.util.Map;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Positions an exception thrown by a compiled program or a def called from Java, which run as
 * direct calls rather than through JShell's {@code eval}, in ddl source. JShell translates the
 * stack of the exceptions it catches; here the frames still name the wrapper classes of snippets
 * ({@code REPL.$JShell$12}) and lines of their wrapped source, which JShell's public {@link
 * SourceCodeAnalysis#wrapper} maps back to the snippet, and {@link SnippetIndex} to ddl.
 */
final class ThrownErrors {
  private static final String WRAPPER = "REPL.$JShell$";

  private ThrownErrors() {}

  static DdlError of(Throwable t, Source source, Span fallback, Engine engine) {
    String message = message(t);
    Map<String, Snippet> byClass = null;
    SourceCodeAnalysis analysis = engine.jshell().sourceCodeAnalysis();
    for (StackTraceElement f : t.getStackTrace()) {
      String cls = f.getClassName();
      if (!cls.startsWith(WRAPPER) || f.getLineNumber() <= 0) {
        continue;
      }
      if (byClass == null) {
        // only on the error path: the wrapper of every active snippet, by class name
        byClass = new HashMap<>();
        for (Snippet s : engine.jshell().snippets().toList()) {
          if (engine.jshell().status(s).isActive()) {
            byClass.put(analysis.wrapper(s).fullClassName(), s);
          }
        }
      }
      int nested = cls.indexOf('$', WRAPPER.length());
      Snippet s = byClass.get(nested < 0 ? cls : cls.substring(0, nested));
      SnippetIndex.Origin o = s == null ? null : engine.snippets().ofFrame("#" + s.id());
      int line = o == null ? -1 : snippetLine(analysis.wrapper(s), s.source(), f.getLineNumber());
      if (line > 0) {
        Span span = o.unit().spanOfLine(line + o.lineOffset());
        String hint = o.unit().kind() == Unit.Kind.METHOD ? "in " + o.unit().name() : null;
        return DdlError.of(DdlError.Kind.RUNTIME, span, message, hint).in(o.source());
      }
    }
    return DdlError.of(DdlError.Kind.RUNTIME, fallback, message, null).in(source);
  }

  /**
   * The 1-based line of the snippet's source that line {@code wrappedLine} of its wrapper holds.
   */
  private static int snippetLine(
      SourceCodeAnalysis.SnippetWrapper w, String source, int wrappedLine) {
    String wrapped = w.wrapped();
    int pos = 0;
    for (int i = 1; i < wrappedLine; i++) {
      pos = wrapped.indexOf('\n', pos) + 1;
      if (pos == 0) {
        return -1;
      }
    }
    int end = wrapped.indexOf('\n', pos);
    for (int p = pos; p < (end < 0 ? wrapped.length() : end); p++) {
      if (!Character.isWhitespace(wrapped.charAt(p))) {
        int at = w.wrappedToSourcePosition(p);
        if (at >= 0 && at <= source.length()) {
          return 1 + (int) source.substring(0, at).chars().filter(c -> c == '\n').count();
        }
      }
    }
    return -1;
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
