package ddl.stdlib.format;

/**
 * numpy's {@code format_float_positional} and {@code format_float_scientific} for float64.
 *
 * <p>The digits come from {@link Dragon4}; the layout (decimal point, trimming, padding, exponent)
 * follows {@code FormatPositional} and {@code FormatScientific} in numpy's {@code dragon4.c},
 * including its quirks, since the array printer builds on them: {@code NumpyFloat.positional(0.5,
 * 8, -1, true, Trim.ZEROS, false, 2, 3)} is {@code " 0.5 "}.
 */
public final class NumpyFloat {
  private NumpyFloat() {}

  /** numpy's {@code trim} argument: what happens to trailing zeros and the decimal point. */
  public enum Trim {
    /** {@code 'k'}: keep trailing zeros and the decimal point. */
    KEEP,
    /** {@code '.'}: trim trailing zeros, keep the decimal point ({@code 1.}). */
    ZEROS,
    /** {@code '0'}: trim trailing zeros but keep one after the point ({@code 1.0}). */
    LEAVE_ONE_ZERO,
    /** {@code '-'}: trim trailing zeros and the decimal point ({@code 1}). */
    DPT_ZEROS
  }

  /**
   * numpy's {@code format_float_positional(x, precision, unique, fractional=True, trim, sign,
   * pad_left, pad_right, min_digits)}; -1 stands for numpy's {@code None}.
   *
   * @param precision most digits after the point (rounding half-even on the exact value), or -1
   * @param minDigits in unique mode, at least this many digits after the point, or -1
   * @param unique shortest round-trip digits instead of the exact binary value's digits
   * @param sign whether to print {@code +} for positive values
   * @param padLeft pad with spaces to this many characters left of the point, or -1
   * @param padRight pad with spaces to this many characters right of the point, or -1
   */
  public static String positional(
      double x,
      int precision,
      int minDigits,
      boolean unique,
      Trim trim,
      boolean sign,
      int padLeft,
      int padRight) {
    if (!Double.isFinite(x)) {
      return infNan(x, sign);
    }
    StringBuilder b = new StringBuilder();
    boolean negative = signBit(x);
    if (negative || sign) {
      b.append(negative ? '-' : '+');
    }
    int hasSign = b.length();
    Dragon4.Digits d = Dragon4.generate(x, unique, true, precision, minDigits);
    String digits = d.digits();
    int n = digits.length();
    int e = d.exponent();
    int whole;
    int frac = 0;
    if (e >= 0) {
      whole = e + 1;
      if (n <= whole) {
        b.append(digits).append("0".repeat(whole - n));
      } else {
        b.append(digits, 0, whole).append('.').append(digits, whole, n);
        frac = n - whole;
      }
    } else {
      whole = 1;
      int zeros = -(e + 1);
      b.append("0.").append("0".repeat(zeros)).append(digits);
      frac = zeros + n;
    }
    if (trim != Trim.DPT_ZEROS && frac == 0) {
      b.append('.');
    }
    int desired = Math.max(unique ? minDigits : precision, 0);
    if (trim == Trim.LEAVE_ONE_ZERO) {
      if (frac == 0) {
        b.append('0');
        frac++;
      }
    } else if (trim == Trim.KEEP && desired > frac) {
      b.append("0".repeat(desired - frac));
      frac = desired;
    }
    // Rounding at a cutoff can leave trailing zeros; trim them as asked.
    if (trim != Trim.KEEP && frac > 0) {
      while (b.charAt(b.length() - 1) == '0') {
        b.setLength(b.length() - 1);
        frac--;
      }
      if (b.charAt(b.length() - 1) == '.') {
        if (trim == Trim.LEAVE_ONE_ZERO) {
          b.append('0');
          frac++;
        } else if (trim == Trim.DPT_ZEROS) {
          b.setLength(b.length() - 1);
        }
      }
    }
    if (padRight >= frac) {
      if (trim == Trim.DPT_ZEROS && frac == 0) {
        b.append(' ');
      }
      b.append(" ".repeat(padRight - frac));
    }
    if (padLeft > whole + hasSign) {
      b.insert(0, " ".repeat(padLeft - whole - hasSign));
    }
    return b.toString();
  }

  /**
   * numpy's {@code format_float_scientific(x, precision, unique, trim, sign, pad_left, exp_digits,
   * min_digits)}; -1 stands for numpy's {@code None}.
   *
   * @param precision most digits after the point of the mantissa, or -1
   * @param minDigits in unique mode, at least this many digits after the point, or -1
   * @param expDigits at least this many exponent digits (-1 means 2)
   */
  public static String scientific(
      double x,
      int precision,
      int minDigits,
      boolean unique,
      Trim trim,
      boolean sign,
      int padLeft,
      int expDigits) {
    if (!Double.isFinite(x)) {
      return infNan(x, sign);
    }
    StringBuilder b = new StringBuilder();
    boolean negative = signBit(x);
    int leftChars = 1 + (negative || sign ? 1 : 0);
    if (padLeft > leftChars) {
      b.append(" ".repeat(padLeft - leftChars));
    }
    if (negative || sign) {
      b.append(negative ? '-' : '+');
    }
    Dragon4.Digits d =
        Dragon4.generate(
            x,
            unique,
            false,
            precision < 0 ? -1 : precision + 1,
            minDigits < 0 ? -1 : minDigits + 1);
    String digits = d.digits();
    b.append(digits.charAt(0));
    int frac = digits.length() - 1;
    if (frac > 0) {
      b.append('.').append(digits, 1, digits.length());
    }
    if (trim != Trim.DPT_ZEROS && frac == 0) {
      b.append('.');
    }
    int add = Math.max(unique ? minDigits : precision, 0);
    if (trim == Trim.LEAVE_ONE_ZERO) {
      if (frac == 0) {
        b.append('0');
        frac++;
      }
    } else if (trim == Trim.KEEP && add > frac) {
      b.append("0".repeat(add - frac));
      frac = add;
    }
    if (trim != Trim.KEEP && frac > 0) {
      // Unlike the positional layout, numpy keeps a bare '.' here even in DPT_ZEROS mode.
      while (b.charAt(b.length() - 1) == '0') {
        b.setLength(b.length() - 1);
      }
      if (trim == Trim.LEAVE_ONE_ZERO && b.charAt(b.length() - 1) == '.') {
        b.append('0');
      }
    }
    int exp = d.exponent();
    b.append('e').append(exp >= 0 ? '+' : '-');
    String expText = Integer.toString(Math.abs(exp));
    int width = expDigits < 0 ? 2 : Math.min(expDigits, 5);
    if (expText.length() < width) {
      b.append("0".repeat(width - expText.length()));
    }
    return b.append(expText).toString();
  }

  /** Whether the sign bit is set (so {@code -0.0} counts as negative, as numpy prints it). */
  static boolean signBit(double x) {
    return Double.doubleToRawLongBits(x) < 0;
  }

  private static String infNan(double x, boolean sign) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    return (x < 0 ? "-" : sign ? "+" : "") + "inf";
  }
}
