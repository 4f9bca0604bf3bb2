package ddl.repl;

import ddl.engine.Engine;
import ddl.lang.Completeness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;

/**
 * What the terminal's line editor does, for front ends other than the terminal (the notebook
 * kernel): the REPL's completions of the word at a cursor, whether input is complete and how far a
 * continuation line is indented, and the colours of an error message.
 */
public final class Editing {
  private Editing() {}

  /** One completion: the text that replaces the word, and a short description or null. */
  public record Match(String value, String description) {}

  /** The word from {@code start} to {@code end} (char indices) and what may replace it. */
  public record Completions(int start, int end, List<Match> matches) {}

  /**
   * The REPL's completions at {@code cursor} (a char index into {@code text}), those that start
   * with the word typed so far, in the REPL's order. {@code engine} may be null while it starts.
   */
  public static Completions complete(Engine engine, String text, int cursor) {
    Word w = Word.at(text, cursor);
    Map<String, Candidate> found = new LinkedHashMap<>();
    new ReplCompleter(() -> engine, null).suggest(w, found);
    String typed = w.word();
    List<Match> matches = new ArrayList<>();
    for (Candidate c : found.values()) {
      if (c.value().startsWith(typed)) {
        matches.add(new Match(c.value(), c.descr()));
      }
    }
    return new Completions(w.start(), cursor, matches);
  }

  /** The engine's completeness check (the REPL's Enter). */
  public static Completeness completeness(String text) {
    return Completeness.of(text);
  }

  /** The indent of the line that continues incomplete {@code text}: two spaces per open bracket. */
  public static String continuationIndent(String text) {
    return "  ".repeat(ReplParser.openBrackets(text));
  }

  /**
   * A rendered error ({@code FILE:LINE:COL: message}, the line, the caret, a hint) in the REPL's
   * ANSI colours: the place bold, the message and caret red, the hint green.
   */
  public static String colorError(String rendered) {
    String[] lines = rendered.split("\n", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (i == 0) {
        int at = l.indexOf(": ");
        sb.append(
            at < 0
                ? l
                : ResultPrinter.BOLD
                    + l.substring(0, at + 1)
                    + ResultPrinter.RESET
                    + ResultPrinter.RED
                    + l.substring(at + 1)
                    + ResultPrinter.RESET);
      } else if (i >= 2 && l.strip().matches("\\^~*")) {
        sb.append(ResultPrinter.RED)
            .append(ResultPrinter.BOLD)
            .append(l)
            .append(ResultPrinter.RESET);
      } else if (l.startsWith("hint: ")) {
        sb.append(ResultPrinter.GREEN).append(l).append(ResultPrinter.RESET);
      } else {
        sb.append(l);
      }
      if (i < lines.length - 1) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
