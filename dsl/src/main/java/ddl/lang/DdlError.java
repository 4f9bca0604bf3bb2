package ddl.lang;

import java.util.Objects;

/**
 * The one error users see: a message positioned in ddl source, with an optional hint. Passes create
 * it through one static factory per cause; {@link ErrorRenderer} presents it. Messages are lower
 * case, without a final period, and say what was expected and what was found.
 */
public final class DdlError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The broad cause of an error, for callers that react differently to different causes. */
  public enum Kind {
    /** Text that does not follow the grammar. */
    SYNTAX,
    /** A bracket, brace, string or comment left open at the end of input. */
    UNCLOSED,
    /** A character, number or string the lexer cannot read. */
    LEXICAL,
    /** A closing bracket with no opener, or with the wrong one. */
    BRACKET,
    /** {@code return}, {@code break} or {@code continue} where it has no meaning. */
    MISPLACED,
    /** Something on the left of {@code =} that cannot be assigned to. */
    ASSIGNMENT,
    /** Badly formed arguments or parameters. */
    ARGUMENTS,
    /** A name that is not defined. */
    UNKNOWN_NAME,
    /** A failure while running user code. */
    RUNTIME,
    /** A fault of ddl itself rather than of the user's code. */
    INTERNAL
  }

  private final Kind kind;
  private final Span span;
  private final String hint;
  private final transient Source source;
  private final boolean endOfInput;

  private DdlError(
      Kind kind, Span span, String message, String hint, Source source, boolean endOfInput) {
    super(message);
    this.kind = Objects.requireNonNull(kind);
    this.span = Objects.requireNonNull(span);
    this.hint = hint;
    this.source = source;
    this.endOfInput = endOfInput;
  }

  /** A generic error for passes that have no dedicated factory yet. */
  public static DdlError of(Kind kind, Span span, String message, String hint) {
    return new DdlError(kind, span, message, hint, null, false);
  }

  /** Text that does not follow the grammar, such as {@code expected an expression, found '*'}. */
  public static DdlError syntax(Span span, String message) {
    return new DdlError(Kind.SYNTAX, span, message, null, null, false);
  }

  /** A syntax error with a hint. */
  public static DdlError syntax(Span span, String message, String hint) {
    return new DdlError(Kind.SYNTAX, span, message, hint, null, false);
  }

  /**
   * A syntax error caused by the input ending where more was needed, at a point where the next line
   * could continue it (after an operator or {@code =}); a REPL reads on instead of failing.
   */
  public static DdlError endOfInput(Span span, String message) {
    return new DdlError(Kind.SYNTAX, span, message, null, null, true);
  }

  /** An opening bracket, brace or block comment still open at the end of input. */
  public static DdlError unclosed(Span opener, String what) {
    return new DdlError(
        Kind.UNCLOSED, opener, "unclosed " + what + " at end of input", null, null, true);
  }

  /** A string literal with no closing quote on its line. */
  public static DdlError unterminatedString(Span span) {
    return new DdlError(
        Kind.LEXICAL,
        span,
        "unterminated string",
        "a string ends on the line it starts on, with the same quote",
        null,
        false);
  }

  /** A character that starts no token. */
  public static DdlError unexpectedCharacter(Span span, int codePoint) {
    String shown =
        Character.isISOControl(codePoint)
            ? String.format("\\u%04x", codePoint)
            : new String(Character.toChars(codePoint));
    return new DdlError(
        Kind.LEXICAL, span, "unexpected character '" + shown + "'", null, null, false);
  }

  /** A malformed number or escape sequence. */
  public static DdlError lexical(Span span, String message) {
    return new DdlError(Kind.LEXICAL, span, message, null, null, false);
  }

  /** A closing bracket that matches no opener. */
  public static DdlError unmatched(Span span, String closer) {
    return new DdlError(Kind.BRACKET, span, "unmatched '" + closer + "'", null, null, false);
  }

  /** A closing bracket of the wrong kind for the innermost opener. */
  public static DdlError mismatched(Span span, String closer, String opener, String expected) {
    return new DdlError(
        Kind.BRACKET,
        span,
        "closing '" + closer + "' does not match opening '" + opener + "'",
        "expected '" + expected + "'",
        null,
        false);
  }

  /** {@code return}, {@code break} or {@code continue} outside a function or loop. */
  public static DdlError misplaced(Span span, String keyword, String where) {
    return new DdlError(
        Kind.MISPLACED, span, "'" + keyword + "' outside " + where, null, null, false);
  }

  /** An assignment to something that cannot be assigned, such as a call. */
  public static DdlError cannotAssign(Span span, String what) {
    return new DdlError(Kind.ASSIGNMENT, span, "cannot assign to " + what, null, null, false);
  }

  /** Badly formed call arguments or {@code def} parameters. */
  public static DdlError arguments(Span span, String message, String hint) {
    return new DdlError(Kind.ARGUMENTS, span, message, hint, null, false);
  }

  /** An undefined name, with the closest known name as a hint when there is one. */
  public static DdlError unknownName(Span span, String name, String suggestion) {
    return new DdlError(
        Kind.UNKNOWN_NAME,
        span,
        "unknown name '" + name + "'",
        suggestion == null ? null : "did you mean '" + suggestion + "'?",
        null,
        false);
  }

  /** The same error, attached to the source its span points into. */
  public DdlError in(Source source) {
    DdlError copy = new DdlError(kind, span, getMessage(), hint, source, endOfInput);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /** The broad cause. */
  public Kind kind() {
    return kind;
  }

  /** Where in the source the error is. */
  public Span span() {
    return span;
  }

  /** The message, lower case and without final period. */
  public String message() {
    return getMessage();
  }

  /** An extra line of advice, such as {@code did you mean 'linspace'?}, or null. */
  public String hint() {
    return hint;
  }

  /** The source the span points into, or null if not yet attached. */
  public Source source() {
    return source;
  }

  /**
   * Whether more input could cure the error: the text ended inside a bracket, a block comment or
   * after a token that continues onto the next line. {@link Completeness} relies on it.
   */
  public boolean endOfInput() {
    return endOfInput;
  }

  /** The error rendered as {@code FILE:LINE:COL: message}, source line and caret. */
  public String render() {
    return ErrorRenderer.render(this);
  }
}
