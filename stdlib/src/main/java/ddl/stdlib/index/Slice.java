package ddl.stdlib.index;

/**
 * Python's {@code slice(start, stop, step)} as an index item; each part may be null (omitted).
 *
 * <p>{@link #indices(long)} normalises the parts against an axis length exactly as Python's {@code
 * slice.indices} does, which is what numpy uses: negative positions count from the end,
 * out-of-range positions are clamped, and omitted parts default according to the sign of the step.
 *
 * <pre>{@code
 * x = [10, 20, 30, 40]
 * x[::-1]    # [40 30 20 10]
 * x[-100:2]  # [10 20]
 * }</pre>
 *
 * @param start the first position, or null for the start (the end when step is negative)
 * @param stop the position to stop before, or null for past the end (before the start)
 * @param step the stride, or null for 1; zero is rejected when the slice is used
 */
public record Slice(Long start, Long stop, Long step) {
  private static final Slice ALL = new Slice(null, null, null);

  /** The normalised form of a slice for one axis length; {@code length} is the element count. */
  public record Indices(int start, int stop, int step, int length) {}

  /** {@code :}, every element. */
  public static Slice all() {
    return ALL;
  }

  /** {@code start:stop}. */
  public static Slice of(Long start, Long stop) {
    return new Slice(start, stop, null);
  }

  /** {@code start:stop:step}. */
  public static Slice of(Long start, Long stop, Long step) {
    return new Slice(start, stop, step);
  }

  /**
   * Python's {@code slice.indices(length)} plus the number of selected elements.
   *
   * @throws IllegalArgumentException {@code slice step cannot be zero} (numpy's ValueError)
   */
  public Indices indices(long length) {
    long st = step == null ? 1 : step;
    if (st == 0) {
      throw new IllegalArgumentException("slice step cannot be zero");
    }
    // CPython's PySlice_GetIndicesEx: bounds are [0, len] going up and [-1, len-1] going down
    long lower = st < 0 ? -1 : 0;
    long upper = st < 0 ? length - 1 : length;
    long b = start == null ? (st < 0 ? upper : lower) : clamp(start, length, lower, upper);
    long e = stop == null ? (st < 0 ? lower : upper) : clamp(stop, length, lower, upper);
    long n;
    if (st < 0) {
      n = e < b ? (b - e - 1) / -st + 1 : 0;
    } else {
      n = b < e ? (e - b - 1) / st + 1 : 0;
    }
    // a step beyond the int range selects at most one element; keep it representable
    int s = (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE);
    return new Indices((int) b, (int) e, s, (int) n);
  }

  private static long clamp(long v, long length, long lower, long upper) {
    if (v < 0) {
      v += length;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  }

  /** Python's text, {@code slice(1, None, -1)}. */
  @Override
  public String toString() {
    return "slice(" + part(start) + ", " + part(stop) + ", " + part(step) + ")";
  }

  private static String part(Long v) {
    return v == null ? "None" : v.toString();
  }
}
