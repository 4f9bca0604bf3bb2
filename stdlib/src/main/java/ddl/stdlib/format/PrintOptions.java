package ddl.stdlib.format;

/**
 * numpy's print options ({@code np.set_printoptions}), as an immutable value.
 *
 * <p>The defaults are numpy's: {@code precision=8, threshold=1000, edgeitems=3, linewidth=75,
 * suppress=False, sign='-', floatmode='maxprec'}. The owner (one engine) keeps its own instance, so
 * separate engines never share options: {@code PrintOptions.DEFAULTS.withPrecision(4)} is {@code
 * printoptions(precision=4)}.
 *
 * @param precision digits after the point for floats (numpy's {@code precision})
 * @param threshold total element count above which arrays are summarised with {@code ...}
 * @param edgeitems items shown at each end of a summarised axis
 * @param linewidth characters per line before wrapping
 * @param suppress print small floats in fixed point (never scientific because of the ratio rule)
 * @param sign {@code '-'}, {@code '+'} or {@code ' '}: how positive values are signed
 * @param floatmode one of {@code fixed}, {@code unique}, {@code maxprec}, {@code maxprec_equal}
 */
public record PrintOptions(
    int precision,
    int threshold,
    int edgeitems,
    int linewidth,
    boolean suppress,
    char sign,
    String floatmode) {

  /** numpy's default options. */
  public static final PrintOptions DEFAULTS =
      new PrintOptions(8, 1000, 3, 75, false, '-', "maxprec");

  /** Validates as {@code np.set_printoptions} does. */
  public PrintOptions {
    if (precision < 0) {
      throw new IllegalArgumentException("precision must be >= 0");
    }
    if (threshold < 0) {
      throw new IllegalArgumentException("threshold must be non-negative");
    }
    if (edgeitems < 0) {
      throw new IllegalArgumentException("edgeitems must be non-negative");
    }
    if (sign != '-' && sign != '+' && sign != ' ') {
      throw new IllegalArgumentException("sign option must be one of ' ', '+', or '-'");
    }
    switch (floatmode) {
      case "fixed":
      case "unique":
      case "maxprec":
      case "maxprec_equal":
        break;
      default:
        throw new IllegalArgumentException(
            "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\","
                + " \"maxprec_equal\"");
    }
  }

  /** These options with {@code precision} changed. */
  public PrintOptions withPrecision(int value) {
    return new PrintOptions(value, threshold, edgeitems, linewidth, suppress, sign, floatmode);
  }

  /** These options with {@code threshold} changed. */
  public PrintOptions withThreshold(int value) {
    return new PrintOptions(precision, value, edgeitems, linewidth, suppress, sign, floatmode);
  }

  /** These options with {@code edgeitems} changed. */
  public PrintOptions withEdgeitems(int value) {
    return new PrintOptions(precision, threshold, value, linewidth, suppress, sign, floatmode);
  }

  /** These options with {@code linewidth} changed. */
  public PrintOptions withLinewidth(int value) {
    return new PrintOptions(precision, threshold, edgeitems, value, suppress, sign, floatmode);
  }

  /** These options with {@code suppress} changed. */
  public PrintOptions withSuppress(boolean value) {
    return new PrintOptions(precision, threshold, edgeitems, linewidth, value, sign, floatmode);
  }

  /** These options with {@code sign} changed ({@code '-'}, {@code '+'} or {@code ' '}). */
  public PrintOptions withSign(char value) {
    return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, value, floatmode);
  }

  /** These options with {@code floatmode} changed. */
  public PrintOptions withFloatmode(String value) {
    return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, sign, value);
  }
}
