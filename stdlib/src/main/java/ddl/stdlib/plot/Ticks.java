package ddl.stdlib.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Axis ticks at round numbers (1, 2 or 5 times a power of ten) and their labels, after Heckbert's
 * "Nice numbers for graph labels" (Graphics Gems, 1990).
 */
final class Ticks {
  /** The ticks of one axis: the axis range they were made for, their values and labels. */
  record Axis(double lo, double hi, double[] values, String[] labels) {}

  private Ticks() {}

  /**
   * About {@code count} ticks over [lo, hi]; with {@code extend}, the range grows to the ticks just
   * outside it, so that both ends of the axis carry a label.
   */
  static Axis linear(double lo, double hi, int count, boolean extend) {
    double[] r = widen(lo, hi);
    lo = r[0];
    hi = r[1];
    double step = nice((hi - lo) / Math.max(1, count - 1), true);
    double first = Math.ceil(lo / step - 1e-9) * step;
    double last = Math.floor(hi / step + 1e-9) * step;
    if (extend) {
      first = Math.floor(lo / step + 1e-9) * step;
      last = Math.ceil(hi / step - 1e-9) * step;
      lo = first;
      hi = last;
    }
    List<Double> v = new ArrayList<>();
    for (int i = 0; first + i * step <= last + step * 1e-9; i++) {
      double t = first + i * step;
      v.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
    }
    double[] values = v.stream().mapToDouble(Double::doubleValue).toArray();
    String[] labels = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      labels[i] = format(values[i], step);
    }
    return new Axis(lo, hi, values, labels);
  }

  /**
   * Ticks of a log10 axis over [lo, hi] given as exponents: at whole powers of ten, labelled with
   * the value ({@code 100}, {@code 1e6}).
   */
  static Axis log(double lo, double hi, int count) {
    double[] r = widen(lo, hi);
    double first = Math.floor(r[0] + 1e-9);
    double last = Math.ceil(r[1] - 1e-9);
    double step = Math.max(1, Math.floor((last - first) / Math.max(1, count - 1)));
    // the axis ends on a tick at or above the largest value
    last = first + Math.ceil((last - first) / step - 1e-9) * step;
    List<Double> v = new ArrayList<>();
    for (double e = first; e <= last + 1e-9; e += step) {
      v.add(e);
    }
    double[] values = v.stream().mapToDouble(Double::doubleValue).toArray();
    String[] labels = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      int e = (int) Math.round(values[i]);
      labels[i] = e >= -3 && e <= 4 ? plain(Math.pow(10, e)) : "1e" + e;
    }
    return new Axis(first, last, values, labels);
  }

  /** The ticks of a negated axis (an image's rows counted downwards) labelled with their values. */
  static Axis negated(Axis a) {
    String[] labels = new String[a.labels().length];
    for (int i = 0; i < labels.length; i++) {
      String l = a.labels()[i];
      labels[i] = l.startsWith("-") ? l.substring(1) : l.matches("0(\\.0*)?") ? l : "-" + l;
    }
    return new Axis(a.lo(), a.hi(), a.values(), labels);
  }

  /** A nice number near {@code x}: 1, 2, 5 or 10 times a power of ten (Heckbert's nicenum). */
  static double nice(double x, boolean round) {
    double exp = Math.floor(Math.log10(x));
    double f = x / Math.pow(10, exp);
    double nf;
    if (round) {
      nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    } else {
      nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    }
    return nf * Math.pow(10, exp);
  }

  /**
   * A tick label: as many decimals as the step needs ({@code 0.25} steps give {@code 0.25}, {@code
   * 0.5}), scientific notation for very large or very small values ({@code 2e5}).
   */
  static String format(double v, double step) {
    if (v == 0) {
      return "0";
    }
    double mag = Math.max(Math.abs(v), step);
    if (mag >= 1e5 || step < 1e-4) {
      int exp = (int) Math.floor(Math.log10(Math.abs(v)));
      int stepExp = (int) Math.floor(Math.log10(step) + 1e-9);
      int digits = Math.max(0, exp - stepExp);
      String m = String.format(Locale.ROOT, "%." + digits + "f", v / Math.pow(10, exp));
      return trim(m) + "e" + exp;
    }
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    if (Math.abs(step * Math.pow(10, decimals) - Math.round(step * Math.pow(10, decimals)))
        > 1e-6) {
      decimals++;
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** A short label for any value (legends, colour bars): four significant digits. */
  static String compact(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v == 0 ? "0" : Double.toString(v);
    }
    double a = Math.abs(v);
    if (a >= 1e5 || a < 1e-3) {
      String s = String.format(Locale.ROOT, "%.3e", v);
      int e = s.indexOf('e');
      return trim(s.substring(0, e)) + "e" + Integer.parseInt(s.substring(e + 1));
    }
    return plain(new BigDecimal(v).round(new java.math.MathContext(4)).doubleValue());
  }

  private static String plain(double v) {
    return trim(new BigDecimal(Double.toString(v)).toPlainString());
  }

  private static String trim(String s) {
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "");
      s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
    return s;
  }

  /** A range of positive width: an empty range widens by a tenth of its value (by 1 around 0). */
  private static double[] widen(double lo, double hi) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      return new double[] {0, 1};
    }
    if (hi - lo <= Math.abs(hi) * 1e-12) {
      double d = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      return new double[] {lo - d, hi + d};
    }
    return new double[] {lo, hi};
  }
}
