package ddl.lang;

/**
 * One token of ddl source.
 *
 * @param kind what sort of token
 * @param text the characters as written in the source
 * @param value the decoded contents of a string literal (escapes applied); {@code text} otherwise
 * @param span where the token is
 */
public record Token(TokenKind kind, String text, String value, Span span) {

  /** A token whose value is its text. */
  public Token(TokenKind kind, String text, Span span) {
    this(kind, text, text, span);
  }

  /** How the token is named in messages: {@code '*'}, {@code 'x'}, {@code end of input}. */
  public String describe() {
    switch (kind) {
      case NEWLINE:
      case EOF:
        return kind.display();
      default:
        String shown = text.length() > 20 ? text.substring(0, 17) + "..." : text;
        return "'" + shown + "'";
    }
  }
}
