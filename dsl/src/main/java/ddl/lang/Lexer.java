package ddl.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns ddl source into tokens, one at a time, so that the parser can stop at a line of Java and
 * skip over it as raw text ({@link #resetTo}).
 *
 * <p>Layout: a line break is a {@link TokenKind#NEWLINE} token only where it can end a statement.
 * It is dropped inside {@code ( )} and {@code [ ]}, after another line break, and after a token
 * that cannot end an expression (a binary or prefix operator, {@code =}, {@code .}, {@code in}):
 * {@code y = 2 *} followed by {@code 3} on the next line is one statement, as in Julia. Inside
 * {@code { }} line breaks separate statements. Comments run from {@code #} to the end of the line.
 */
public final class Lexer {

  private final Source source;
  private final String text;
  private int pos;
  private TokenKind last = TokenKind.NEWLINE;
  private final Deque<Token> open = new ArrayDeque<>();

  /** A lexer positioned at the start of {@code source}. */
  public Lexer(Source source) {
    this.source = source;
    this.text = source.text();
  }

  /** All tokens of {@code source}, ending with {@link TokenKind#EOF}. */
  public static List<Token> tokenize(Source source) {
    Lexer lexer = new Lexer(source);
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = lexer.next();
      tokens.add(token);
    } while (token.kind() != TokenKind.EOF);
    return tokens;
  }

  /** The text being read. */
  public Source source() {
    return source;
  }

  /** The offset of the next character to read. */
  public int position() {
    return pos;
  }

  /**
   * Continues reading at {@code offset}, after text that was consumed as raw Java. The bracket
   * state is kept; the next line break counts as a statement end.
   */
  public void resetTo(int offset) {
    pos = offset;
    last = TokenKind.SEMI;
  }

  /** The innermost bracket, brace or parenthesis still open, or null. */
  public Token innermostOpen() {
    return open.peek();
  }

  /**
   * Whether a line break at the current position would be skipped: inside {@code ( )} or {@code [
   * ]}, or after a token that continues the line. Input ending here could go on in a next line.
   */
  public boolean continuing() {
    return insideParens() || last.continuesLine();
  }

  /** Reads the next token; at the end of text returns {@link TokenKind#EOF} again and again. */
  public Token next() {
    Token token = scan();
    if (token.kind() != TokenKind.EOF) {
      // keep the last real token, so that continuing() can tell why the input ended
      last = token.kind();
    }
    return token;
  }

  private Token scan() {
    while (true) {
      skipBlanksAndComment();
      if (pos >= text.length()) {
        return new Token(TokenKind.EOF, "", Span.point(text.length()));
      }
      char c = text.charAt(pos);
      if (c == '\n') {
        pos++;
        if (insideParens() || last.continuesLine() || last == TokenKind.NEWLINE) {
          continue;
        }
        return new Token(TokenKind.NEWLINE, "\n", new Span(pos - 1, pos));
      }
      if (isDigit(c) || (c == '.' && isDigit(peekChar(1)))) {
        return number();
      }
      if (c == '"' || c == '\'') {
        return string(c);
      }
      int cp = text.codePointAt(pos);
      if (isNameStart(cp)) {
        return name();
      }
      return symbol();
    }
  }

  private void skipBlanksAndComment() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || (c == '\uFEFF' && pos == 0)) {
        // a byte order mark opening the text is skipped, as Python does
        pos++;
      } else if (c == '#') {
        // a comment, and also the '#!' line a script may begin with
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private boolean insideParens() {
    Token top = open.peek();
    return top != null && top.kind() != TokenKind.LBRACE;
  }

  private char peekChar(int ahead) {
    int i = pos + ahead;
    return i < text.length() ? text.charAt(i) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isNameStart(int cp) {
    return cp == '_' || Character.isLetter(cp);
  }

  static boolean isNamePart(int cp) {
    return cp == '_' || Character.isLetterOrDigit(cp);
  }

  private Token name() {
    int start = pos;
    while (pos < text.length() && isNamePart(text.codePointAt(pos))) {
      pos += Character.charCount(text.codePointAt(pos));
    }
    String word = text.substring(start, pos);
    return new Token(TokenKind.keywordOrName(word), word, new Span(start, pos));
  }

  /**
   * Integers {@code 10_000_000}; floats {@code 0.5}, {@code .5}, {@code 2.}, {@code 1e-4}, {@code
   * 2.5E3}. Underscores only between digits, as in Python and Java.
   */
  private Token number() {
    int start = pos;
    boolean isInt = true;
    if (text.charAt(pos) != '.') {
      digits();
    }
    if (peekChar(0) == '.' && peekChar(1) != '.' && !isNameStart(peekChar(1))) {
      // '2.' is a float, but '2..' and '2.T' are not part of the number
      isInt = false;
      pos++;
      if (isDigit(peekChar(0))) {
        digits();
      }
    }
    if (peekChar(0) == 'e' || peekChar(0) == 'E') {
      isInt = false;
      pos++;
      if (peekChar(0) == '+' || peekChar(0) == '-') {
        pos++;
      }
      if (!isDigit(peekChar(0))) {
        throw badNumber(start);
      }
      digits();
    }
    if (pos < text.length() && isNamePart(text.codePointAt(pos))) {
      throw badNumber(start);
    }
    return new Token(
        isInt ? TokenKind.INT : TokenKind.FLOAT, text.substring(start, pos), new Span(start, pos));
  }

  private void digits() {
    while (isDigit(peekChar(0)) || (peekChar(0) == '_' && isDigit(peekChar(1)))) {
      pos++;
    }
  }

  private DdlError badNumber(int start) {
    int end = pos;
    while (end < text.length() && (isNamePart(text.codePointAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    pos = end;
    return DdlError.lexical(
        new Span(start, end), "invalid number '" + text.substring(start, end) + "'");
  }

  /** A string in single or double quotes with Java's escapes, ending on the same line. */
  private Token string(char quote) {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length() || text.charAt(pos) == '\n') {
        throw DdlError.unterminatedString(new Span(start, pos));
      }
      char c = text.charAt(pos);
      if (c == quote) {
        pos++;
        break;
      }
      if (c == '\\') {
        escape(value);
      } else {
        value.append(c);
        pos++;
      }
    }
    return new Token(
        TokenKind.STRING, text.substring(start, pos), value.toString(), new Span(start, pos));
  }

  private void escape(StringBuilder value) {
    int start = pos++;
    char c = peekChar(0);
    pos++;
    switch (c) {
      case 'b' -> value.append('\b');
      case 't' -> value.append('\t');
      case 'n' -> value.append('\n');
      case 'f' -> value.append('\f');
      case 'r' -> value.append('\r');
      case 's' -> value.append(' ');
      case '"', '\'', '\\' -> value.append(c);
      case 'u' -> {
        while (peekChar(0) == 'u') {
          pos++;
        }
        int end = pos + 4;
        if (end > text.length() || !text.substring(pos, end).matches("[0-9a-fA-F]{4}")) {
          throw badEscape(start);
        }
        value.append((char) Integer.parseInt(text.substring(pos, end), 16));
        pos = end;
      }
      default -> {
        if (c < '0' || c > '7') {
          throw badEscape(start);
        }
        // octal escape as Java: up to three digits, the first of three at most '3'
        int code = c - '0';
        int max = c <= '3' ? 2 : 1;
        for (int i = 0; i < max && peekChar(0) >= '0' && peekChar(0) <= '7'; i++) {
          code = code * 8 + (text.charAt(pos++) - '0');
        }
        value.append((char) code);
      }
    }
  }

  private DdlError badEscape(int start) {
    int end = Math.min(start + 2, text.length());
    return DdlError.lexical(
        new Span(start, end), "invalid escape sequence '" + text.substring(start, end) + "'");
  }

  private Token symbol() {
    int start = pos;
    char c = text.charAt(pos);
    TokenKind kind =
        switch (c) {
          case '(' -> TokenKind.LPAREN;
          case ')' -> TokenKind.RPAREN;
          case '[' -> TokenKind.LBRACKET;
          case ']' -> TokenKind.RBRACKET;
          case '{' -> TokenKind.LBRACE;
          case '}' -> TokenKind.RBRACE;
          case ',' -> TokenKind.COMMA;
          case ':' -> TokenKind.COLON;
          case ';' -> TokenKind.SEMI;
          case '~' -> TokenKind.TILDE;
          case '.' -> match("..", TokenKind.ELLIPSIS, TokenKind.DOT);
          case '+' -> match("=", TokenKind.PLUS_ASSIGN, TokenKind.PLUS);
          case '-' -> match("=", TokenKind.MINUS_ASSIGN, TokenKind.MINUS);
          case '%' -> match("=", TokenKind.PERCENT_ASSIGN, TokenKind.PERCENT);
          case '@' -> match("=", TokenKind.AT_ASSIGN, TokenKind.AT);
          case '<' -> match("=", TokenKind.LE, TokenKind.LT);
          case '>' -> match("=", TokenKind.GE, TokenKind.GT);
          case '=' -> match("=", TokenKind.EQEQ, TokenKind.ASSIGN);
          case '!' -> match("=", TokenKind.NE, TokenKind.BANG);
          case '*' ->
              match(
                  "*=",
                  TokenKind.STARSTAR_ASSIGN,
                  match(
                      "*", TokenKind.STARSTAR, match("=", TokenKind.STAR_ASSIGN, TokenKind.STAR)));
          case '/' ->
              match(
                  "/=",
                  TokenKind.SLASHSLASH_ASSIGN,
                  match(
                      "/",
                      TokenKind.SLASHSLASH,
                      match("=", TokenKind.SLASH_ASSIGN, TokenKind.SLASH)));
          case '&' -> match("&", TokenKind.AMPAMP, match("=", TokenKind.AMP_ASSIGN, TokenKind.AMP));
          case '|' ->
              match("|", TokenKind.PIPEPIPE, match("=", TokenKind.PIPE_ASSIGN, TokenKind.PIPE));
          default -> null;
        };
    if (kind == null) {
      int cp = text.codePointAt(pos);
      throw DdlError.unexpectedCharacter(new Span(pos, pos + Character.charCount(cp)), cp);
    }
    pos += kind == TokenKind.ELLIPSIS ? 3 : kind.display().length();
    Token token = new Token(kind, text.substring(start, pos), new Span(start, pos));
    trackBrackets(token);
    return token;
  }

  /** {@code matched} if the characters after the current one are {@code rest}. */
  private TokenKind match(String rest, TokenKind matched, TokenKind otherwise) {
    return text.startsWith(rest, pos + 1) ? matched : otherwise;
  }

  private void trackBrackets(Token token) {
    switch (token.kind()) {
      case LPAREN, LBRACKET, LBRACE -> open.push(token);
      case RPAREN, RBRACKET, RBRACE -> {
        Token opener = open.peek();
        if (opener == null) {
          throw DdlError.unmatched(token.span(), token.text());
        }
        String expected = closerOf(opener.kind());
        if (!expected.equals(token.text())) {
          throw DdlError.mismatched(token.span(), token.text(), opener.text(), expected);
        }
        open.pop();
      }
      default -> {}
    }
  }

  private static String closerOf(TokenKind opener) {
    return switch (opener) {
      case LPAREN -> ")";
      case LBRACKET -> "]";
      default -> "}";
    };
  }
}
