package ddl.lang;

/**
 * The parser's view of the {@link Lexer}: up to two tokens of lookahead, the last token consumed,
 * and errors that know whether the input simply ended too early.
 */
final class TokenStream {

  private final Lexer lexer;
  private Token first;
  private Token second;
  private Token previous;

  TokenStream(Lexer lexer) {
    this.lexer = lexer;
  }

  Source source() {
    return lexer.source();
  }

  Token peek() {
    if (first == null) {
      first = lexer.next();
    }
    return first;
  }

  Token peekSecond() {
    peek();
    if (second == null) {
      second = lexer.next();
    }
    return second;
  }

  boolean check(TokenKind kind) {
    return peek().kind() == kind;
  }

  Token advance() {
    Token token = peek();
    first = second;
    second = null;
    previous = token;
    return token;
  }

  boolean match(TokenKind kind) {
    if (check(kind)) {
      advance();
      return true;
    }
    return false;
  }

  /** Consumes a token of {@code kind} or fails with {@code message}, then {@code , found X}. */
  Token expect(TokenKind kind, String message) {
    if (check(kind)) {
      return advance();
    }
    throw error(message + ", found " + peek().describe());
  }

  /** The token consumed last, or null at the start. */
  Token previous() {
    return previous;
  }

  /**
   * Drops the lookahead and continues reading at {@code offset}, after a Java statement consumed as
   * raw text. Only valid while at most the statement's first token has been looked at.
   */
  void skipTo(int offset) {
    if (second != null) {
      throw new IllegalStateException("lookahead past the start of a statement");
    }
    first = null;
    lexer.resetTo(offset);
  }

  /** An error at the current token. */
  DdlError error(String message) {
    return errorAt(peek(), message);
  }

  /**
   * An error at {@code token}. At the end of input it becomes the more useful {@code unclosed '('}
   * when a bracket is open, and is marked as cured by more input when the last line was continuing.
   */
  DdlError errorAt(Token token, String message) {
    if (token.kind() == TokenKind.EOF) {
      Token opener = lexer.innermostOpen();
      if (opener != null) {
        return DdlError.unclosed(opener.span(), "'" + opener.text() + "'");
      }
      if (lexer.continuing()) {
        return DdlError.endOfInput(token.span(), message);
      }
    }
    return DdlError.syntax(token.span(), message);
  }
}
