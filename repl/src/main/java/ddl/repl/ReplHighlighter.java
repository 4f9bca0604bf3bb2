package ddl.repl;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.Lexer;
import ddl.lang.Source;
import ddl.lang.Token;
import ddl.lang.TokenKind;
import ddl.stdlib.Builtins;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours input as it is typed, from the ddl lexer's tokens: keywords, numbers, strings, comments
 * (the gaps the lexer skips), built-ins, and names the session does not know (red, except the one
 * still being typed at the end). A Java line gets its keywords and literals coloured.
 */
final class ReplHighlighter implements Highlighter {
  static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
  static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  static final AttributedStyle COMMENT =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).italic();
  static final AttributedStyle BUILTIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
  static final AttributedStyle UNKNOWN =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
  static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);

  private static final Set<String> CONSTANTS = Set.of("pi", "inf", "nan", "args", "_");
  private static final Set<String> JAVA_KEYWORDS =
      Set.of(
          "abstract", "boolean", "byte", "char", "class", "double", "enum", "extends", "final",
          "float", "for", "if", "else", "implements", "import", "int", "interface", "long", "new",
          "null", "private", "protected", "public", "record", "return", "short", "static", "super",
          "this", "throw", "try", "catch", "var", "void", "while", "true", "false");

  private final LazyEngine engine;
  private final BooleanSupplier enabled;

  ReplHighlighter(LazyEngine engine, BooleanSupplier enabled) {
    this.engine = engine;
    this.enabled = enabled;
  }

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    if (!enabled.getAsBoolean()) {
      return new AttributedString(buffer);
    }
    if (ReplParser.isCommand(buffer)) {
      return new AttributedStringBuilder().append(buffer, COMMAND).toAttributedString();
    }
    return highlight(buffer);
  }

  AttributedString highlight(String text) {
    AttributedStringBuilder sb = new AttributedStringBuilder();
    List<Token> tokens;
    int lexedTo = text.length();
    try {
      tokens = Lexer.tokenize(new Source("<input>", text));
    } catch (DdlError e) {
      // an unfinished string or a character ddl does not have: colour what lexes before it
      lexedTo = Math.min(e.span().start(), text.length());
      try {
        tokens = Lexer.tokenize(new Source("<input>", text.substring(0, lexedTo)));
      } catch (DdlError again) {
        return new AttributedString(text);
      }
    }
    boolean java = isJava(tokens);
    // names bound by a def's parameters or a loop are not in the session yet: do not flag them
    boolean lenient =
        tokens.stream()
            .anyMatch(t -> t.kind() == TokenKind.DEF || t.kind() == TokenKind.FOR
                || t.kind() == TokenKind.LBRACE);
    Set<String> known = known();
    int pos = 0;
    Token prev = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.EOF || t.kind() == TokenKind.NEWLINE) {
        continue;
      }
      gap(sb, text, pos, t.span().start());
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      sb.append(t.text(), style(t, prev, next, java, lenient ? null : known, text.length()));
      pos = t.span().end();
      prev = t;
    }
    gap(sb, text, pos, lexedTo);
    if (lexedTo < text.length()) {
      char c = text.charAt(lexedTo);
      sb.append(text.substring(lexedTo), c == '"' || c == '\'' ? STRING : AttributedStyle.DEFAULT);
    }
    return sb.toAttributedString();
  }

  /** Text between tokens: blanks, line breaks and comments. */
  private static void gap(AttributedStringBuilder sb, String text, int from, int to) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '#') {
        int end = text.indexOf('\n', i);
        end = end < 0 || end > to ? to : end;
        sb.append(text.substring(i, end), COMMENT);
        i = end;
      } else {
        sb.append(c);
        i++;
      }
    }
  }

  private AttributedStyle style(
      Token t, Token prev, Token next, boolean java, Set<String> known, int length) {
    TokenKind k = t.kind();
    switch (k) {
      case INT, FLOAT:
        return NUMBER;
      case STRING:
        return STRING;
      case NAME:
        break;
      default:
        return Character.isLetter(t.text().charAt(0)) ? KEYWORD : AttributedStyle.DEFAULT;
    }
    String name = t.text();
    boolean attribute = prev != null && prev.kind() == TokenKind.DOT;
    if (java && JAVA_KEYWORDS.contains(name)) {
      return KEYWORD;
    }
    if (attribute || java) {
      return AttributedStyle.DEFAULT;
    }
    if (Builtins.has(name) && (known == null || !known.contains(name))) {
      return BUILTIN;
    }
    boolean defined =
        known == null
            || known.contains(name)
            || CONSTANTS.contains(name)
            || (next != null && (next.kind() == TokenKind.ASSIGN || next.kind() == TokenKind.IN))
            || (prev != null && (prev.kind() == TokenKind.DEF || prev.kind() == TokenKind.FOR))
            || t.span().end() == length
            || engine.now() == null
            || isClass(name);
    return defined ? AttributedStyle.DEFAULT : UNKNOWN;
  }

  private Set<String> known() {
    Engine e = engine.now();
    return e == null ? Set.of() : new HashSet<>(e.environment().knownNames());
  }

  private boolean isClass(String name) {
    Engine e = engine.now();
    return name.equals("java")
        || name.equals("javax")
        || (Character.isUpperCase(name.charAt(0)) && e != null && e.environment().isClass(name));
  }

  /** SPEC §3's rule, on tokens: a type followed by a name, a declaration keyword, or {@code for (}. */
  static boolean isJava(List<Token> tokens) {
    if (tokens.size() < 2 || tokens.get(0).kind() != TokenKind.NAME) {
      return tokens.size() >= 2
          && tokens.get(0).kind() == TokenKind.FOR
          && tokens.get(1).kind() == TokenKind.LPAREN;
    }
    String first = tokens.get(0).text();
    return JAVA_KEYWORDS.contains(first) || tokens.get(1).kind() == TokenKind.NAME;
  }
}
