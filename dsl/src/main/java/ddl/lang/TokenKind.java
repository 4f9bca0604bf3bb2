package ddl.lang;

import java.util.Map;

/** The kinds of ddl tokens, each with the text it is shown as in messages. */
public enum TokenKind {
  // literals and names
  INT("integer"),
  FLOAT("number"),
  STRING("string"),
  NAME("name"),

  // keywords
  DEF("def"),
  RETURN("return"),
  IF("if"),
  ELSE("else"),
  FOR("for"),
  IN("in"),
  WHILE("while"),
  BREAK("break"),
  CONTINUE("continue"),
  AND("and"),
  OR("or"),
  NOT("not"),
  TRUE("true"),
  FALSE("false"),
  NONE("None"),
  NEW("new"),

  // brackets and punctuation
  LPAREN("("),
  RPAREN(")"),
  LBRACKET("["),
  RBRACKET("]"),
  LBRACE("{"),
  RBRACE("}"),
  COMMA(","),
  COLON(":"),
  SEMI(";"),
  DOT("."),
  ELLIPSIS("..."),

  // assignment
  ASSIGN("="),
  PLUS_ASSIGN("+="),
  MINUS_ASSIGN("-="),
  STAR_ASSIGN("*="),
  SLASH_ASSIGN("/="),
  SLASHSLASH_ASSIGN("//="),
  PERCENT_ASSIGN("%="),
  STARSTAR_ASSIGN("**="),
  AT_ASSIGN("@="),
  AMP_ASSIGN("&="),
  PIPE_ASSIGN("|="),

  // operators
  PLUS("+"),
  MINUS("-"),
  STAR("*"),
  SLASH("/"),
  SLASHSLASH("//"),
  PERCENT("%"),
  STARSTAR("**"),
  AT("@"),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">="),
  EQEQ("=="),
  NE("!="),
  AMP("&"),
  PIPE("|"),
  TILDE("~"),
  BANG("!"),
  AMPAMP("&&"),
  PIPEPIPE("||"),

  // layout
  NEWLINE("end of line"),
  EOF("end of input");

  private static final Map<String, TokenKind> KEYWORDS =
      Map.ofEntries(
          Map.entry("def", DEF),
          Map.entry("return", RETURN),
          Map.entry("if", IF),
          Map.entry("else", ELSE),
          Map.entry("for", FOR),
          Map.entry("in", IN),
          Map.entry("while", WHILE),
          Map.entry("break", BREAK),
          Map.entry("continue", CONTINUE),
          Map.entry("and", AND),
          Map.entry("or", OR),
          Map.entry("not", NOT),
          Map.entry("true", TRUE),
          Map.entry("True", TRUE),
          Map.entry("false", FALSE),
          Map.entry("False", FALSE),
          Map.entry("None", NONE),
          // numpy's newaxis is None under another name
          Map.entry("newaxis", NONE),
          Map.entry("new", NEW));

  private final String display;

  TokenKind(String display) {
    this.display = display;
  }

  /** The keyword kind for {@code word}, or {@link #NAME} when it is an ordinary name. */
  public static TokenKind keywordOrName(String word) {
    return KEYWORDS.getOrDefault(word, NAME);
  }

  /** Whether {@code word} is reserved by ddl and cannot be a variable name. */
  /** ddl's keywords, for suggestions. */
  public static java.util.Set<String> keywords() {
    return KEYWORDS.keySet();
  }

  public static boolean isKeyword(String word) {
    return KEYWORDS.containsKey(word);
  }

  /** The fixed text of a keyword or symbol, or a description for variable tokens. */
  public String display() {
    return display;
  }

  /**
   * Whether a line ending right after this token continues onto the next line: binary and prefix
   * operators, assignments, {@code .} and {@code in}, as in Julia.
   */
  public boolean continuesLine() {
    switch (this) {
      case ASSIGN,
          PLUS_ASSIGN,
          MINUS_ASSIGN,
          STAR_ASSIGN,
          SLASH_ASSIGN,
          SLASHSLASH_ASSIGN,
          PERCENT_ASSIGN,
          STARSTAR_ASSIGN,
          AT_ASSIGN,
          AMP_ASSIGN,
          PIPE_ASSIGN,
          PLUS,
          MINUS,
          STAR,
          SLASH,
          SLASHSLASH,
          PERCENT,
          STARSTAR,
          AT,
          LT,
          LE,
          GT,
          GE,
          EQEQ,
          NE,
          AMP,
          PIPE,
          TILDE,
          BANG,
          AMPAMP,
          PIPEPIPE,
          AND,
          OR,
          NOT,
          IN,
          DOT:
        return true;
      default:
        return false;
    }
  }
}
