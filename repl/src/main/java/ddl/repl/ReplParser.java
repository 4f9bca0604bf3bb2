package ddl.repl;

import ddl.lang.Completeness;
import ddl.lang.DdlError;
import ddl.lang.Lexer;
import ddl.lang.Source;
import ddl.lang.Token;
import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of the input: whether Enter runs it or opens a continuation line (the engine's
 * {@link Completeness}, indented by the number of open brackets), and the word under the cursor
 * that completion replaces: the name being typed, or a path inside a string.
 */
final class ReplParser implements Parser {

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !isCommand(line)) {
      if (Completeness.of(line) == Completeness.INCOMPLETE) {
        throw new EOFError(-1, -1, "incomplete input", "", openBrackets(line), null);
      }
    }
    return Word.at(line, cursor);
  }

  /** {@code /cmd ...} and {@code ?name} lines are the REPL's own, always complete. */
  static boolean isCommand(String line) {
    String s = line.stripLeading();
    return s.startsWith("/") || s.startsWith("?");
  }

  /** How many brackets and braces are open at the end of {@code text}: the continuation's indent. */
  static int openBrackets(String text) {
    int depth = 0;
    try {
      List<Token> tokens = Lexer.tokenize(new Source("<input>", text));
      for (Token t : tokens) {
        switch (t.kind()) {
          case LPAREN, LBRACKET, LBRACE -> depth++;
          case RPAREN, RBRACKET, RBRACE -> depth = Math.max(0, depth - 1);
          default -> {}
        }
      }
    } catch (DdlError e) {
      return depth;
    }
    return depth;
  }

  @Override
  public boolean isEscapeChar(char ch) {
    return false;
  }

  static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
