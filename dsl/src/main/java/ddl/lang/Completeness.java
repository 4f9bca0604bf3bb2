package ddl.lang;

/**
 * Whether a piece of input is ready to run, for a REPL deciding to keep reading lines. Input is
 * {@link #INCOMPLETE} when it ends inside an open bracket, brace, block comment or Java text block,
 * or right after a token that continues the line (an operator, {@code =}, {@code .}): the same
 * places where a line break would be skipped. A string left open is {@link #INVALID} at once,
 * because a ddl string cannot span lines and no further line could close it.
 */
public enum Completeness {
  /** Parses as it is. */
  COMPLETE,
  /** Could still become valid with more lines. */
  INCOMPLETE,
  /** Already wrong, whatever follows; parsing it gives the error to show. */
  INVALID;

  /** Classifies {@code text}; blank input is complete. */
  public static Completeness of(String text) {
    try {
      Parser.parse(new Source("<input>", text));
      return COMPLETE;
    } catch (DdlError e) {
      return e.endOfInput() ? INCOMPLETE : INVALID;
    }
  }
}
