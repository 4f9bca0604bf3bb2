package ddl.lang;

import java.util.Objects;

/**
 * A named piece of ddl text: a script file, a REPL entry or an embedded string. Positions elsewhere
 * are plain char offsets; this type turns them into 1-based lines and columns when an error is
 * rendered.
 *
 * @param name what to call the text in messages, such as {@code rent.ddl} or {@code <repl>}
 * @param text the whole text
 */
public record Source(String name, String text) {

  /** Checks that both parts are present. */
  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** The 1-based line holding {@code offset}; the end of the text belongs to the last line. */
  public int line(int offset) {
    int line = 1;
    int stop = Math.min(offset, text.length());
    for (int i = 0; i < stop; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of {@code offset} within its line, counted in chars. */
  public int column(int offset) {
    return Math.min(offset, text.length()) - lineStart(offset) + 1;
  }

  /** The offset at which the line holding {@code offset} begins. */
  public int lineStart(int offset) {
    int i = Math.min(offset, text.length());
    while (i > 0 && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  /** The offset of the line break (or the end of text) ending the line holding {@code offset}. */
  public int lineEnd(int offset) {
    int i = Math.min(offset, text.length());
    while (i < text.length() && text.charAt(i) != '\n') {
      i++;
    }
    // a Windows line ending leaves its '\r' out of the displayed line
    return i > 0 && i <= text.length() && text.charAt(i - 1) == '\r' && i > lineStart(offset)
        ? i - 1
        : i;
  }

  /** The text of the line holding {@code offset}, without its line break. */
  public String lineText(int offset) {
    return text.substring(lineStart(offset), lineEnd(offset));
  }
}
