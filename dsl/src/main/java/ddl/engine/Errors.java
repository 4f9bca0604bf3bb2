package ddl.engine;

import ddl.lang.DdlError;
import ddl.lang.Source;
import ddl.lang.Span;
import ddl.lang.translate.Unit;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns javac diagnostics and exceptions thrown by snippets into {@link DdlError}s positioned in
 * ddl source, with the chain of ddl calls for errors inside a def — never generated Java or a
 * JShell stack trace.
 */
final class Errors {
  private Errors() {}

  static DdlError rejected(JShell jshell, SnippetEvent e, Source source, Unit u, int lineOffset) {
    Diag d = jshell.diagnostics(e.snippet()).filter(Diag::isError).findFirst().orElse(null);
    String message = d == null ? "this line could not be compiled" : d.getMessage(null);
    if (d == null && e.snippet() instanceof jdk.jshell.DeclarationSnippet decl) {
      List<String> missing = jshell.unresolvedDependencies(decl).toList();
      if (!missing.isEmpty()) {
        message = "cannot find symbol " + String.join(", ", missing);
      }
    }
    message = readable(message.lines().findFirst().orElse(message));
    if (isClassFileLimit(message)) {
      DdlError limit = DdlError.of(DdlError.Kind.SYNTAX, u.span(),
          "this input is too large to compile as one unit (" + message + ")",
          "split it into smaller statements, or read large data from a file");
      return limit.in(source);
    }
    Span span = u.span();
    if (d != null && d.getStartPosition() >= 0) {
      String java = e.snippet().source();
      int pos = (int) Math.min(d.getStartPosition(), java.length());
      int line = 1 + (int) java.substring(0, pos).chars().filter(c -> c == '\n').count();
      if (u.kind() == Unit.Kind.JAVA) {
        int lineStart = java.lastIndexOf('\n', pos - 1) + 1;
        int col = pos - lineStart;
        int base = lineStartOffset(source, u.span().start(), line + lineOffset - 1);
        int at = Math.min(base + col, source.text().length());
        span = new Span(at, Math.min(at + 1, source.text().length()));
        return DdlError.of(DdlError.Kind.SYNTAX, span, "java: " + message, null).in(source);
      }
      span = u.spanOfLine(line + lineOffset);
    }
    if (u.kind() == Unit.Kind.JAVA) {
      return DdlError.of(DdlError.Kind.SYNTAX, span, "java: " + message, null).in(source);
    }
    return DdlError.of(DdlError.Kind.RUNTIME, span, message, null).in(source);
  }

  /**
   * Whether a snippet JShell kept as "recoverable" can never run: translated ddl refers only to
   * what exists, so for it any error is final; a Java line may name what a later line declares,
   * but no later line can fix code javac could not write into a class file.
   */
  static boolean unusable(JShell jshell, SnippetEvent e, Unit u) {
    if (e.status() != jdk.jshell.Snippet.Status.RECOVERABLE_DEFINED
        && e.status() != jdk.jshell.Snippet.Status.RECOVERABLE_NOT_DEFINED) {
      return false;
    }
    if (u.kind() != Unit.Kind.JAVA) {
      return jshell.diagnostics(e.snippet()).anyMatch(jdk.jshell.Diag::isError);
    }
    if (e.snippet() instanceof jdk.jshell.VarSnippet) {
      return true; // a variable of a type no one declared (`Strng s;`) is a typo, not a forward reference
    }
    return jshell.diagnostics(e.snippet()).anyMatch(d -> d.isError()
        && isClassFileLimit(d.getMessage(null)));
  }

  /**
   * javac's message with the names users know: a ddl tuple rather than its Java class, and a
   * class a Java line declared without the wrapper JShell put it in.
   */
  static String readable(String message) {
    return message
        .replace("ddl.stdlib.Tuple", "tuple")
        .replace("ddl.stdlib.Tensor", "Tensor")
        .replaceAll("REPL\\.\\$JShell\\$\\w+\\$", "");
  }

  /** javac's messages for a class file it cannot write: code or constants over the JVM's limits. */
  static boolean isClassFileLimit(String message) {
    return message.startsWith("code too large") || message.startsWith("constant string too long")
        || message.startsWith("too many constants");
  }

  private static int lineStartOffset(Source source, int from, int extraLines) {
    int pos = from;
    String t = source.text();
    for (int i = 0; i < extraLines && pos < t.length(); i++) {
      int nl = t.indexOf('\n', pos);
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return pos;
  }

  static DdlError runtime(JShellException ex, Source source, Unit u, SnippetIndex index, boolean stopped) {
    String message;
    if (ex instanceof UnresolvedReferenceException) {
      message = "a name used here is not defined yet: "
          + ((UnresolvedReferenceException) ex).getSnippet().source().lines().findFirst().orElse("");
    } else {
      message = message((EvalException) ex, stopped);
    }
    // the innermost frame in ddl code gives the position; outer ones the chain of calls
    List<SnippetIndex.Origin> origins = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    StackTraceElement[] trace = ex.getStackTrace();
    for (int k = 0; k < trace.length; k++) {
      StackTraceElement f = trace[k];
      SnippetIndex.Origin o = index.ofFrame(f.getFileName());
      // a fused loop's lambda (ElementwiseFusion) runs inside its statement: its position is the
      // operator's, and the frame that called it is the same statement, not a call of its own
      if (k > 0 && trace[k - 1].getMethodName().startsWith("lambda$")
          && f.getFileName() != null && f.getFileName().equals(trace[k - 1].getFileName())) {
        continue;
      }
      if (o != null && f.getLineNumber() > 0) {
        origins.add(o);
        spans.add(o.unit().spanOfLine(f.getLineNumber() + o.lineOffset()));
      }
    }
    if (origins.isEmpty()) {
      return DdlError.of(DdlError.Kind.RUNTIME, u.span(), message, null).in(source);
    }
    SnippetIndex.Origin inner = origins.get(0);
    String hint = null;
    if (inner.unit().kind() == Unit.Kind.METHOD) {
      StringBuilder sb = new StringBuilder("in " + inner.unit().name());
      String previous = null;
      int repeats = 0;
      for (int i = 1; i < origins.size(); i++) {
        SnippetIndex.Origin o = origins.get(i);
        StringBuilder frame = new StringBuilder(", called from ")
            .append(o.source() == inner.source() ? "" : o.source().name() + ":")
            .append("line ").append(o.source().line(spans.get(i).start()));
        if (o.unit().kind() == Unit.Kind.METHOD) {
          frame.append(" (in ").append(o.unit().name()).append(')');
        }
        String f = frame.toString();
        if (f.equals(previous)) {
          repeats++; // recursion: say how often instead of repeating
          continue;
        }
        if (repeats > 0) {
          sb.append(" [repeated ").append(repeats).append(" more times]");
          repeats = 0;
        }
        sb.append(f);
        previous = f;
      }
      if (repeats > 0) {
        sb.append(" [repeated ").append(repeats).append(" more times]");
      }
      hint = sb.toString();
    }
    return DdlError.of(DdlError.Kind.RUNTIME, spans.get(0), message, hint).in(inner.source());
  }

  /** The user-facing message of an exception thrown by a snippet. */
  static String message(EvalException ex, boolean stopped) {
    String cls = ex.getExceptionClassName();
    String msg = ex.getMessage();
    if (stopped || cls.equals("ddl.stdlib.Context$Interrupted") || cls.endsWith("ThreadDeath")) {
      return "interrupted";
    }
    switch (cls) {
      case "java.lang.StackOverflowError":
        return "maximum recursion depth exceeded";
      case "java.lang.OutOfMemoryError":
        return "out of memory: " + msg;
      case "java.lang.ArithmeticException":
        return msg == null || msg.equals("/ by zero") ? "division by zero" : msg;
      case "java.lang.NullPointerException":
        return "None (a missing value) was used where a value is needed";
      case "java.lang.ClassCastException":
        return "wrong type: " + (msg == null ? "" : msg.replaceAll("class ([\\w.$]+)", "$1")
            .replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").trim());
      default:
        break;
    }
    String simple = cls.substring(cls.lastIndexOf('.') + 1).replace('$', '.');
    if (msg == null || msg.isBlank()) {
      return simple;
    }
    // numpy's errors arrive as these with numpy's text; other Java exceptions keep their name
    StackTraceElement[] where = ex.getStackTrace();
    boolean numpyWorded = cls.equals("java.lang.IllegalArgumentException")
        || cls.equals("java.lang.IndexOutOfBoundsException")
        || cls.startsWith("ddl.")
        || (where.length > 0 && where[0].getClassName().startsWith("ddl.stdlib."));
    return numpyWorded ? msg : simple + ": " + msg;
  }
}
