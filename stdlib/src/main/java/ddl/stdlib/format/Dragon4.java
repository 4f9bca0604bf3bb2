package ddl.stdlib.format;

import java.math.BigInteger;

/**
 * Decimal digit generation for doubles with the Dragon4 algorithm, as numpy implements it.
 *
 * <p>This follows numpy's {@code numpy/_core/src/multiarray/dragon4.c} (Ryan Juckett's Dragon4,
 * after Steele &amp; White and Burger &amp; Dybvig) step by step, with {@link BigInteger} for its
 * big integers, so that numpy's rounding decisions are reproduced exactly: in "unique" mode the
 * digits are the shortest that identify the double (IEEE round-half-even boundaries are accepted
 * for even mantissas, as Python's {@code repr} does); a maximum cutoff rounds the exact binary
 * value half-to-even at that digit; a minimum cutoff keeps generating digits past the shortest.
 */
final class Dragon4 {
  private static final double LOG10_2 = 0.30102999566398119521373889472449;

  /** numpy's output buffer bounds the digits when no cutoff applies. */
  private static final int BUFFER_SIZE = 16384;

  private Dragon4() {}

  /**
   * Digits {@code d1 d2 ...} (no leading zero unless the value is zero) of a value {@code 0.d1d2...
   * * 10^(exponent+1)}, that is {@code d1.d2... * 10^exponent}.
   */
  record Digits(String digits, int exponent) {}

  /**
   * Generates the digits of {@code |x|} for a finite {@code x}.
   *
   * @param unique shortest-unique digits (numpy's {@code unique=True}) instead of exact digits
   * @param fractionCutoff whether the cutoffs count digits after the decimal point (numpy's {@code
   *     CutoffMode_FractionLength}) rather than significant digits
   * @param cutoffMax stop after this many digits, rounding; -1 for none
   * @param cutoffMin in unique mode, print at least this many digits; -1 for none
   */
  static Digits generate(
      double x, boolean unique, boolean fractionCutoff, int cutoffMax, int cutoffMin) {
    long bits = Double.doubleToRawLongBits(x);
    long floatMantissa = bits & ((1L << 52) - 1);
    int floatExponent = (int) ((bits >>> 52) & 0x7ff);
    long mantissa;
    int exponent;
    int mantissaBit;
    boolean unequalMargins;
    if (floatExponent != 0) {
      mantissa = (1L << 52) | floatMantissa;
      exponent = floatExponent - 1023 - 52;
      mantissaBit = 52;
      unequalMargins = floatExponent != 1 && floatMantissa == 0;
    } else {
      mantissa = floatMantissa;
      exponent = 1 - 1023 - 52;
      mantissaBit = 63 - Long.numberOfLeadingZeros(mantissa);
      unequalMargins = false;
    }
    if (mantissa == 0) {
      return new Digits("0", 0);
    }
    boolean isEven = (mantissa & 1) == 0;

    // value = scaledValue / scale; the margins are half the distance to the neighbouring doubles.
    BigInteger scaledValue = BigInteger.valueOf(mantissa);
    BigInteger scale;
    BigInteger marginLow;
    BigInteger marginHigh;
    int extra = unequalMargins ? 2 : 1;
    if (exponent > 0) {
      scaledValue = scaledValue.shiftLeft(exponent + extra);
      scale = BigInteger.valueOf(unequalMargins ? 4 : 2);
      marginLow = BigInteger.ONE.shiftLeft(exponent);
    } else {
      scaledValue = scaledValue.shiftLeft(extra);
      scale = BigInteger.ONE.shiftLeft(-exponent + extra);
      marginLow = BigInteger.ONE;
    }
    marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;

    // Burger & Dybvig's estimate of floor(log10(v)) + 1, correct or one too low.
    int digitExponent = (int) Math.ceil((double) (mantissaBit + exponent) * LOG10_2 - 0.69);
    if (cutoffMax >= 0 && fractionCutoff && digitExponent <= -cutoffMax) {
      // Clamp so that values below the last printed digit round at that digit.
      digitExponent = -cutoffMax + 1;
    }
    if (digitExponent > 0) {
      scale = scale.multiply(BigInteger.TEN.pow(digitExponent));
    } else if (digitExponent < 0) {
      BigInteger pow10 = BigInteger.TEN.pow(-digitExponent);
      scaledValue = scaledValue.multiply(pow10);
      marginLow = marginLow.multiply(pow10);
      marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;
    }
    if (scaledValue.compareTo(scale) >= 0) {
      digitExponent++;
    } else {
      scaledValue = scaledValue.multiply(BigInteger.TEN);
      marginLow = marginLow.multiply(BigInteger.TEN);
      marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;
    }

    int cutoffMaxExponent = digitExponent - BUFFER_SIZE;
    if (cutoffMax >= 0) {
      int desired = fractionCutoff ? -cutoffMax : digitExponent - cutoffMax;
      cutoffMaxExponent = Math.max(cutoffMaxExponent, desired);
    }
    int cutoffMinExponent = digitExponent;
    if (cutoffMin >= 0) {
      int desired = fractionCutoff ? -cutoffMin : digitExponent - cutoffMin;
      cutoffMinExponent = Math.min(cutoffMinExponent, desired);
    }
    int outExponent = digitExponent - 1;

    StringBuilder out = new StringBuilder(20);
    boolean low = false;
    boolean high = false;
    int digit;
    for (; ; ) {
      digitExponent--;
      BigInteger[] qr = scaledValue.divideAndRemainder(scale);
      digit = qr[0].intValue();
      scaledValue = qr[1];
      if (unique) {
        int cmp = scaledValue.compareTo(marginLow);
        low = isEven ? cmp <= 0 : cmp < 0;
        cmp = scaledValue.add(marginHigh).compareTo(scale);
        high = isEven ? cmp >= 0 : cmp > 0;
        if (((low || high) && digitExponent <= cutoffMinExponent)
            || digitExponent == cutoffMaxExponent) {
          break;
        }
      } else if (scaledValue.signum() == 0 || digitExponent == cutoffMaxExponent) {
        break;
      }
      out.append((char) ('0' + digit));
      scaledValue = scaledValue.multiply(BigInteger.TEN);
      if (unique) {
        marginLow = marginLow.multiply(BigInteger.TEN);
        marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;
      }
    }

    // Round the last digit: towards the side that still identifies the value, else to nearest
    // (ties to the even digit, as IEEE).
    boolean roundDown = low;
    if (low == high) {
      int cmp = scaledValue.shiftLeft(1).compareTo(scale);
      roundDown = cmp < 0 || (cmp == 0 && (digit & 1) == 0);
    }
    if (roundDown) {
      out.append((char) ('0' + digit));
    } else if (digit < 9) {
      out.append((char) ('0' + digit + 1));
    } else {
      // Carry through trailing nines; all nines become "1" at the next exponent.
      int i = out.length() - 1;
      while (i >= 0 && out.charAt(i) == '9') {
        i--;
      }
      if (i < 0) {
        out.setLength(0);
        out.append('1');
        outExponent++;
      } else {
        out.setCharAt(i, (char) (out.charAt(i) + 1));
        out.setLength(i + 1);
      }
    }
    return new Digits(out.toString(), outExponent);
  }
}
