package ddl.lang;

/**
 * A range of characters in a {@link Source}: {@code start} inclusive, {@code end} exclusive, both
 * char offsets into the source text. Line and column are computed from it only when an error is
 * rendered, so spans stay cheap to create and to compare.
 *
 * @param start offset of the first character
 * @param end offset just past the last character; equal to {@code start} for an empty span
 */
public record Span(int start, int end) {

  /** Checks that the span is a well-formed, non-negative range. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** An empty span at {@code offset}, used for positions such as the end of input. */
  public static Span point(int offset) {
    return new Span(offset, offset);
  }

  /** The smallest span covering this one and {@code other}. */
  public Span to(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** The number of characters covered. */
  public int length() {
    return end - start;
  }
}
