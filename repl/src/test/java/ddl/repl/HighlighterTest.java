package ddl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** Colours by token kind, before the engine is ready (no names known yet, none flagged). */
class HighlighterTest {
  final ReplHighlighter h =
      new ReplHighlighter(
          new Repl(new PrintStream(OutputStream.nullOutputStream()), System.err, false)
              .lazyEngine(),
          () -> true);

  private AttributedStyle at(AttributedString s, String text, String part) {
    return s.styleAt(text.indexOf(part));
  }

  @Test
  void ddlTokens() {
    String text = "for i in range(3) { print(\"hi\", 1.5) } # done";
    AttributedString s = h.highlight(text);
    assertEquals(text, s.toString());
    assertEquals(ReplHighlighter.KEYWORD, at(s, text, "for"));
    assertEquals(ReplHighlighter.BUILTIN, at(s, text, "range"));
    assertEquals(ReplHighlighter.STRING, at(s, text, "\"hi\""));
    assertEquals(ReplHighlighter.NUMBER, at(s, text, "1.5"));
    assertEquals(ReplHighlighter.COMMENT, at(s, text, "# done"));
  }

  @Test
  void anUnfinishedStringIsColouredToTheEnd() {
    String text = "readcsv(\"data/re";
    AttributedString s = h.highlight(text);
    assertEquals(text, s.toString());
    assertEquals(ReplHighlighter.STRING, at(s, text, "data"));
  }

  @Test
  void javaLinesGetJavaKeywords() {
    String text = "int n = 3;";
    AttributedString s = h.highlight(text);
    assertEquals(ReplHighlighter.KEYWORD, at(s, text, "int"));
    assertEquals(ReplHighlighter.NUMBER, at(s, text, "3"));
  }
}
