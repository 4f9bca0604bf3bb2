package ddl.stdlib.format;

import ddl.stdlib.format.NumpyFloat.Trim;

/**
 * numpy's {@code FloatingFormat}: one layout for all the float64 elements an array prints.
 *
 * <p>As in numpy's {@code arrayprint.py}, a first pass over the finite values decides between
 * positional and scientific notation (scientific when the largest magnitude is at least 1e8, or,
 * unless {@code suppress}, when the smallest non-zero is below 1e-4 or the ratio exceeds 1000),
 * then measures the widest integer and fraction parts so that every element is padded to align its
 * decimal point; {@code nan} and {@code inf} are right-aligned to the same width. In the default
 * {@code maxprec} mode each value gets its shortest round-trip digits capped at {@code precision}:
 * {@code [1.5, -2.25]} prints {@code [ 1.5 -2.25]}.
 */
final class FloatFormat {
  private final char sign;
  private final boolean unique;
  private boolean expFormat;
  private int precision;
  private int minDigits;
  private Trim trim;
  private int padLeft;
  private int padRight;
  private int expSize;

  /**
   * Measures {@code data} (the values that will be shown) under {@code options}, ticking {@code
   * check} for each value: finding the digits of each costs time.
   */
  FloatFormat(double[] data, PrintOptions options, Checkpoint check) {
    this.sign = options.sign();
    String mode = options.floatmode();
    this.precision = mode.equals("unique") ? -1 : options.precision();
    this.unique = !mode.equals("fixed");
    fill(data, mode, options.suppress(), check);
  }

  private void fill(double[] data, String mode, boolean suppress, Checkpoint check) {
    int finite = 0;
    double max = 0;
    double min = Double.POSITIVE_INFINITY;
    boolean anyNegativeFinite = false;
    boolean anyNegativeInf = false;
    for (double x : data) {
      if (Double.isFinite(x)) {
        finite++;
        anyNegativeFinite |= NumpyFloat.signBit(x);
        double a = Math.abs(x);
        if (a != 0) {
          max = Math.max(max, a);
          min = Math.min(min, a);
        }
      } else if (Double.isInfinite(x) && x < 0) {
        anyNegativeInf = true;
      }
    }
    // numpy: exp_cutoff_max = 10.**min(8, finfo(float64).precision) = 1e8
    if (max > 0 && (max >= 1e8 || (!suppress && (min < 1e-4 || max / min > 1000.0)))) {
      expFormat = true;
    }
    boolean plus = sign == '+';
    if (finite == 0) {
      padLeft = 0;
      padRight = 0;
      trim = Trim.ZEROS;
      expSize = -1;
      minDigits = -1;
    } else if (expFormat) {
      Trim firstTrim = unique ? Trim.ZEROS : Trim.KEEP;
      int maxInt = 0;
      int maxFrac = 0;
      int maxExp = 0;
      for (double x : data) {
        check.tick();
        if (Double.isFinite(x)) {
          String s = NumpyFloat.scientific(x, precision, -1, unique, firstTrim, plus, -1, -1);
          int e = s.indexOf('e');
          int dot = s.indexOf('.');
          maxInt = Math.max(maxInt, dot);
          maxFrac = Math.max(maxFrac, e - dot - 1);
          maxExp = Math.max(maxExp, s.length() - e - 1);
        }
      }
      expSize = maxExp - 1;
      trim = Trim.KEEP;
      precision = maxFrac;
      minDigits = maxFrac;
      padLeft = maxInt;
      padRight = expSize + 2 + precision;
    } else {
      Trim firstTrim = unique ? Trim.ZEROS : Trim.KEEP;
      int maxInt = 0;
      int maxFrac = 0;
      for (double x : data) {
        check.tick();
        if (Double.isFinite(x)) {
          String s = NumpyFloat.positional(x, precision, -1, unique, firstTrim, plus, -1, -1);
          int dot = s.indexOf('.');
          maxInt = Math.max(maxInt, dot);
          maxFrac = Math.max(maxFrac, s.length() - dot - 1);
        }
      }
      padLeft = maxInt;
      padRight = maxFrac;
      expSize = -1;
      if (mode.equals("fixed") || mode.equals("maxprec_equal")) {
        precision = maxFrac;
        minDigits = maxFrac;
        trim = Trim.KEEP;
      } else {
        trim = Trim.ZEROS;
        minDigits = 0;
      }
    }
    if (sign == ' ' && !anyNegativeFinite) {
      padLeft++;
    }
    if (finite != data.length) {
      int negInf = sign != '-' || anyNegativeInf ? 1 : 0;
      int offset = padRight + 1;
      padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + negInf - offset));
    }
  }

  /** One element, padded to the common width. */
  String format(double x) {
    boolean plus = sign == '+';
    if (!Double.isFinite(x)) {
      String text;
      if (Double.isNaN(x)) {
        text = (plus ? "+" : "") + "nan";
      } else {
        text = (x < 0 ? "-" : plus ? "+" : "") + "inf";
      }
      int width = padLeft + padRight + 1;
      return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
    if (expFormat) {
      return NumpyFloat.scientific(x, precision, minDigits, unique, trim, plus, padLeft, expSize);
    }
    return NumpyFloat.positional(x, precision, minDigits, unique, trim, plus, padLeft, padRight);
  }
}
