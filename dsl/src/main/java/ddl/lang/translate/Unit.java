package ddl.lang.translate;

import ddl.lang.Span;
import java.util.List;
import java.util.Map;

/**
 * One JShell snippet of a translation: a block of top-level statements, a method for a
 * {@code def}, or a line of Java passed through.
 *
 * @param kind what the snippet is
 * @param java its source
 * @param lineSpans the ddl span of each line of {@code java} (line 1 first)
 * @param declares top-level variables that must exist before the snippet runs (new names)
 * @param assigned the static type each top-level variable holds after the snippet ran
 * @param name the def's name for {@link Kind#METHOD}, else null
 * @param def the def's signature for {@link Kind#METHOD}, else null
 * @param span the ddl statements it covers
 */
public record Unit(
    Kind kind,
    String java,
    List<Span> lineSpans,
    List<String> declares,
    Map<String, JType> assigned,
    String name,
    Environment.DefSignature def,
    Span span) {

  /** What a snippet is. */
  public enum Kind {
    BLOCK,
    METHOD,
    JAVA
  }

  /** The ddl span that line {@code line} (1-based) of the snippet came from. */
  public Span spanOfLine(int line) {
    if (line >= 1 && line <= lineSpans.size()) {
      return lineSpans.get(line - 1);
    }
    return span;
  }
}
