package ddl.lang;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Recognises a statement of plain Java in ddl source and finds where it ends, working on raw text
 * because Java's lexical rules ({@code //} comments, {@code 'c'} chars, {@code ?:}, {@code ++})
 * are not ddl's.
 *
 * <p>A statement is Java when it starts with a form ddl does not have: a type followed by a name
 * ({@code int n}, {@code double[] a}, {@code java.util.List<String> xs}, {@code var q}, {@code
 * class P}, {@code import java.util.List}), a modifier ({@code public}, {@code static}, ...)
 * followed by more declaration, {@code for (}, or an annotation ({@code @Override}).
 *
 * <p>It ends at a {@code ;} outside brackets; at the {@code }} closing a declaration's body at
 * depth 0 (with a {@code ;} right after it on the same line, as in {@code int[] a = {1, 2};}); at
 * an unmatched closing bracket (the end of the enclosing ddl block); or, for a line without a
 * {@code ;} as JShell accepts, at a line break after a token that can end a statement, when the
 * next line does not start with {@code .}, {@code {} or another continuation.
 */
final class JavaScanner {

  private static final Set<String> MODIFIERS =
      Set.of(
          "public",
          "private",
          "protected",
          "static",
          "final",
          "abstract",
          "sealed",
          "strictfp",
          "synchronized",
          "native",
          "transient",
          "volatile",
          "default");

  private final String text;
  private int pos;

  private JavaScanner(String text, int pos) {
    this.text = text;
    this.pos = pos;
  }

  /** Whether the statement starting at {@code start} is Java. */
  static boolean startsJava(String text, int start) {
    return new JavaScanner(text, start).detect();
  }

  /**
   * The end offset (exclusive) of the Java statement starting at {@code start}.
   *
   * @throws DdlError if a bracket, string or comment is still open at the end of text
   */
  static int end(String text, int start) {
    return new JavaScanner(text, start).scanToEnd();
  }

  // ---- detection ----

  private boolean detect() {
    skipSpaces();
    if (peek() == '@') {
      pos++;
      return Lexer.isNameStart(peek());
    }
    String first = word();
    if (first == null || TokenKind.isKeyword(first) && !first.equals("for")) {
      return false;
    }
    if (first.equals("for")) {
      skipSpaces();
      return peek() == '(';
    }
    if (MODIFIERS.contains(first)) {
      skipSpaces();
      char c = peek();
      return Lexer.isNameStart(c) || c == '<' || c == '@' || c == '{';
    }
    // the rest of a type: .Qualified, <Args>, [] dimensions
    while (true) {
      skipSpaces();
      char c = peek();
      if (c == '.' && !text.startsWith("...", pos)) {
        pos++;
        skipSpaces();
        if (word() == null) {
          return false;
        }
      } else if (c == '<') {
        if (!typeArguments()) {
          return false;
        }
      } else if (c == '[') {
        pos++;
        skipSpaces();
        if (peek() != ']') {
          return false;
        }
        pos++;
      } else {
        break;
      }
    }
    String second = word();
    return second != null && !TokenKind.isKeyword(second);
  }

  /** Skips {@code <...>} holding only what type arguments hold; false if it is not one. */
  private boolean typeArguments() {
    int depth = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        if (--depth == 0) {
          pos++;
          return true;
        }
      } else if (!(Lexer.isNamePart(c) || " \t.,?&[]".indexOf(c) >= 0)) {
        return false;
      }
      pos++;
    }
    return false;
  }

  private String word() {
    int start = pos;
    if (pos < text.length() && Lexer.isNameStart(text.codePointAt(pos))) {
      while (pos < text.length() && Lexer.isNamePart(text.codePointAt(pos))) {
        pos += Character.charCount(text.codePointAt(pos));
      }
      return text.substring(start, pos);
    }
    return null;
  }

  private void skipSpaces() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  // ---- extent ----

  private int scanToEnd() {
    int start = pos;
    Deque<Integer> open = new ArrayDeque<>();
    char lastSignificant = '\0';
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"' || c == '\'') {
        skipQuoted(c);
        lastSignificant = c;
        continue;
      }
      if (text.startsWith("//", pos)) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
        continue;
      }
      if (text.startsWith("/*", pos)) {
        int close = text.indexOf("*/", pos + 2);
        if (close < 0) {
          throw DdlError.unclosed(new Span(pos, pos + 2), "'/*'");
        }
        pos = close + 2;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        open.push(pos);
      } else if (c == ')' || c == ']' || c == '}') {
        if (open.isEmpty()) {
          return trimEnd(start, pos); // the closing brace of the ddl block around this line
        }
        char opener = text.charAt(open.pop());
        if ("([{".indexOf(opener) != ")]}".indexOf(c)) {
          throw DdlError.mismatched(
              new Span(pos, pos + 1),
              String.valueOf(c),
              String.valueOf(opener),
              String.valueOf(")]}".charAt("([{".indexOf(opener))));
        }
        if (c == '}' && open.isEmpty()) {
          pos++;
          int after = skipInlineSpace(pos);
          if (after < text.length() && text.charAt(after) == ';') {
            return after + 1;
          }
          if (after < text.length() && ",).]".indexOf(text.charAt(after)) >= 0) {
            lastSignificant = c;
            continue; // the braces were an expression: an initializer or an anonymous class
          }
          return pos;
        }
      } else if (c == ';' && open.isEmpty()) {
        return pos + 1;
      } else if (c == '\n' && open.isEmpty() && endsStatement(start, lastSignificant)) {
        return trimEnd(start, pos);
      }
      if (!Character.isWhitespace(c)) {
        lastSignificant = c;
      }
      pos++;
    }
    if (!open.isEmpty()) {
      int at = open.peek();
      throw DdlError.unclosed(new Span(at, at + 1), "'" + text.charAt(at) + "'");
    }
    return trimEnd(start, pos);
  }

  /** Whether a line break here ends a Java statement that has no {@code ;}. */
  private boolean endsStatement(int start, char lastSignificant) {
    String soFar = text.substring(start, pos).strip();
    if (soFar.matches("(@[\\w.]+(\\([^)]*\\))?\\s*)+")) {
      return false; // only annotations so far: the declaration follows
    }
    boolean complete =
        soFar.startsWith("import ")
            || Lexer.isNamePart(lastSignificant)
            || ")]\"'".indexOf(lastSignificant) >= 0
            || soFar.endsWith("++")
            || soFar.endsWith("--");
    if (!complete) {
      return false;
    }
    int next = pos + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next >= text.length() || ".{?:&|".indexOf(text.charAt(next)) < 0;
  }

  private int skipInlineSpace(int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private int trimEnd(int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Skips a Java string, char literal or text block. */
  private void skipQuoted(char quote) {
    int start = pos;
    if (quote == '"' && text.startsWith("\"\"\"", pos)) {
      int i = pos + 3;
      while (i < text.length() && !text.startsWith("\"\"\"", i)) {
        i += text.charAt(i) == '\\' ? 2 : 1;
      }
      if (i >= text.length()) {
        throw DdlError.unclosed(new Span(start, start + 3), "text block");
      }
      pos = i + 3;
      return;
    }
    int i = pos + 1;
    while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    if (i >= text.length() || text.charAt(i) != quote) {
      throw DdlError.unterminatedString(new Span(start, Math.min(i, text.length())));
    }
    pos = i + 1;
  }
}
