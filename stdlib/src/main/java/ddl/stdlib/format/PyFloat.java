package ddl.stdlib.format;

/**
 * Python's {@code repr(float)}: the shortest text that reads back as the same double.
 *
 * <p>Python uses David Gay's {@code dtoa} in mode 0: the fewest significant digits that round-trip,
 * the closest to the exact value among those, then scientific notation when the decimal exponent is
 * below -4 or at least 16 ({@code 1e-05}, {@code 1e+16}), else positional with at least one digit
 * after the point ({@code 7400000.0}). Java's {@code Double.toString} is not shortest before JDK 19
 * ({@code 1.0E23} prints {@code 9.999999999999999E22}), so the digits come from {@link Dragon4},
 * which makes the same choice. numpy's {@code str} of a float64 scalar is the same text.
 */
public final class PyFloat {
  private PyFloat() {}

  /**
   * The shortest round-trip decimal of a finite double: {@code digits} {@code d1d2...dn} with no
   * trailing zeros (just {@code "0"} for zero) meaning {@code d1.d2...dn * 10^exponent}.
   */
  public record Shortest(boolean negative, String digits, int exponent) {}

  /**
   * The shortest round-trip digits of a finite {@code x}: {@code shortest(1e23)} is digits {@code
   * "1"}, exponent 23.
   *
   * @throws IllegalArgumentException if {@code x} is nan or infinite
   */
  public static Shortest shortest(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("cannot take the digits of " + repr(x));
    }
    Dragon4.Digits d = Dragon4.generate(x, true, false, -1, -1);
    return new Shortest(NumpyFloat.signBit(x), d.digits(), d.exponent());
  }

  /**
   * Python's {@code repr(x)} (and {@code str(x)}): {@code 0.1}, {@code 1e-05}, {@code 1e+23},
   * {@code 7400000.0}, {@code 0.30000000000000004}, {@code -0.0}, {@code nan}, {@code inf}, {@code
   * -inf}.
   */
  public static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    Shortest s = shortest(x);
    String digits = s.digits();
    int n = digits.length();
    int exp = s.exponent();
    StringBuilder b = new StringBuilder(24);
    if (s.negative()) {
      b.append('-');
    }
    if (exp < -4 || exp >= 16) {
      b.append(digits.charAt(0));
      if (n > 1) {
        b.append('.').append(digits, 1, n);
      }
      b.append('e').append(exp < 0 ? '-' : '+');
      int abs = Math.abs(exp);
      if (abs < 10) {
        b.append('0');
      }
      return b.append(abs).toString();
    }
    if (exp < 0) {
      return b.append("0.").append("0".repeat(-exp - 1)).append(digits).toString();
    }
    int whole = exp + 1;
    if (n <= whole) {
      return b.append(digits).append("0".repeat(whole - n)).append(".0").toString();
    }
    return b.append(digits, 0, whole).append('.').append(digits, whole, n).toString();
  }
}
