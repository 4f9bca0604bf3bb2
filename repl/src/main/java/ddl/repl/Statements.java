package ddl.repl;

import ddl.lang.DdlError;
import ddl.lang.Lexer;
import ddl.lang.Source;
import ddl.lang.Token;
import ddl.lang.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a pasted block into the statements typed one per line, so that each runs and shows its
 * value as if entered on its own (as JShell does with pasted text). Only line breaks the ddl lexer
 * reports as statement ends outside braces split; anything it cannot lex stays one piece.
 */
final class Statements {
  private Statements() {}

  static List<String> split(String text) {
    List<Token> tokens;
    try {
      tokens = Lexer.tokenize(new Source("<input>", text));
    } catch (DdlError e) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (Token t : tokens) {
      if (t.kind() == TokenKind.LBRACE) {
        depth++;
      } else if (t.kind() == TokenKind.RBRACE) {
        depth = Math.max(0, depth - 1);
      } else if (t.kind() == TokenKind.NEWLINE && depth == 0) {
        add(out, text.substring(start, t.span().end()));
        start = t.span().end();
      }
    }
    add(out, text.substring(start));
    return out.isEmpty() ? List.of(text) : out;
  }

  private static void add(List<String> out, String piece) {
    if (!piece.isBlank()) {
      out.add(piece.strip());
    }
  }
}
