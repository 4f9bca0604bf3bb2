package ddl.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;

/**
 * The word that completion replaces: the run of name characters before the cursor, or, inside a
 * string, the path typed so far. JLine matches candidates against it and swaps it for the choice.
 */
record Word(String line, int cursor, int start, boolean inString) implements CompletingParsedLine {

  static Word at(String line, int cursor) {
    if (ReplParser.isCommand(line)) {
      // a command's arguments are separated by blanks, so a whole path is one word
      int lead = line.length() - line.stripLeading().length();
      int space = line.indexOf(' ', lead);
      if (space < 0 || cursor <= space) {
        return new Word(line, cursor, Math.min(cursor, lead + 1), false);
      }
      int s = cursor;
      while (s > space && !Character.isWhitespace(line.charAt(s - 1))) {
        s--;
      }
      return new Word(line, cursor, s, false);
    }
    int quote = openQuote(line, cursor);
    if (quote >= 0) {
      return new Word(line, cursor, quote + 1, true);
    }
    int s = cursor;
    while (s > 0 && ReplParser.isNameChar(line.charAt(s - 1))) {
      s--;
    }
    return new Word(line, cursor, s, false);
  }

  /** The index of the quote opening a string that the cursor is in, or -1. */
  static int openQuote(String line, int cursor) {
    int open = -1;
    char q = 0;
    boolean comment = false;
    for (int i = 0; i < cursor; i++) {
      char c = line.charAt(i);
      if (c == '\n') {
        comment = false;
        open = -1;
      } else if (comment) {
        continue;
      } else if (open >= 0) {
        if (c == '\\') {
          i++;
        } else if (c == q) {
          open = -1;
        }
      } else if (c == '"' || c == '\'') {
        open = i;
        q = c;
      } else if (c == '#') {
        comment = true;
      }
    }
    return open;
  }

  @Override
  public String word() {
    return line.substring(start, cursor);
  }

  @Override
  public int wordCursor() {
    return cursor - start;
  }

  @Override
  public int wordIndex() {
    return 0;
  }

  @Override
  public List<String> words() {
    return List.of(word());
  }

  @Override
  public int rawWordCursor() {
    return wordCursor();
  }

  @Override
  public int rawWordLength() {
    return cursor - start;
  }

  @Override
  public CharSequence escape(CharSequence candidate, boolean complete) {
    return candidate;
  }
}
