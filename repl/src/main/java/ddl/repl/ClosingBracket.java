package ddl.repl;

import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;

/**
 * Typing {@code )}, {@code ]} or <code>}</code> on a continuation line: the bracket goes back one
 * indentation level. JLine's own widgets delete the spaces before any closing bracket, also inside
 * a string ({@code "a { }"} became {@code "a {}"}); here only blanks that are all the line holds
 * before the bracket are taken. ddl strings and comments end with their line, so such blanks are
 * never inside one; a Java text block is left alone.
 */
final class ClosingBracket {
  private ClosingBracket() {}

  /** Binds the three closing brackets of {@code reader} to this dedent. */
  static void install(LineReader reader) {
    reader.getWidgets().put(LineReader.INSERT_CLOSE_PAREN, widget(reader, ')'));
    reader.getWidgets().put(LineReader.INSERT_CLOSE_SQUARE, widget(reader, ']'));
    reader.getWidgets().put(LineReader.INSERT_CLOSE_CURLY, widget(reader, '}'));
  }

  private static Widget widget(LineReader reader, char bracket) {
    return () -> {
      Buffer buf = reader.getBuffer();
      Object indentation = reader.getVariable(LineReader.INDENTATION);
      int indent = indentation instanceof Number n ? n.intValue() : 0;
      for (int n = spaces(buf.upToCursor(), indent); n > 0; n--) {
        buf.backspace();
      }
      buf.write(bracket);
      return true;
    };
  }

  /**
   * How many spaces before the cursor to remove: up to {@code indent} when the current line holds
   * only spaces before the cursor, else none.
   */
  static int spaces(String beforeCursor, int indent) {
    int lineStart = beforeCursor.lastIndexOf('\n') + 1;
    String line = beforeCursor.substring(lineStart);
    if (lineStart == 0 || !line.isBlank() || textBlocks(beforeCursor) % 2 == 1) {
      return 0;
    }
    int blanks = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == ' '; i--) {
      blanks++;
    }
    return Math.min(indent, blanks);
  }

  private static int textBlocks(String text) {
    int n = 0;
    for (int at = text.indexOf("\"\"\""); at >= 0; at = text.indexOf("\"\"\"", at + 3)) {
      n++;
    }
    return n;
  }
}
