package ddl.stdlib.learn;

import ddl.stdlib.Args;
import ddl.stdlib.Tensor;
import ddl.stdlib.Values;
import ddl.stdlib.format.PrintOptions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table of {@code compare}: one row per fit or phi, with the loss and R² recomputed on the data
 * given, so fits trained elsewhere are judged on the same footing.
 */
final class Comparison {
  private static final PrintOptions PHI =
      PrintOptions.DEFAULTS.withPrecision(6).withLinewidth(Integer.MAX_VALUE / 2);

  private Comparison() {}

  /** The table's text, one line per row, ending with a newline. */
  static String table(Object x, Object y, Object[] fits, boolean time) {
    Design d = Design.of(x, y, "compare");
    double total = Losses.totalSquares(d.y);
    List<String[]> rows = new ArrayList<>();
    rows.add(
        time
            ? new String[] {"method", "phi", "loss", "R²", "time"}
            : new String[] {"method", "phi", "loss", "R²"});
    for (int i = 0; i < fits.length; i++) {
      Object f = fits[i];
      String method;
      Tensor phi;
      Object pred;
      String seconds = "";
      if (f instanceof Fit) {
        Fit fit = (Fit) f;
        method = fit.method();
        phi = fit.phi();
        pred = fit.predict(x);
        seconds = seconds(fit.seconds());
      } else {
        if (f == null || f instanceof String) {
          throw new IllegalArgumentException(
              "compare: argument "
                  + (i + 3)
                  + " must be a fit or a phi, found "
                  + Args.describe(f));
        }
        method = "phi " + (i + 1);
        phi = Args.tensor(f, "phi");
        pred = Linear.apply(x, phi);
      }
      double loss = (Double) Losses.sse(pred, Tensor.wrap(d.y, d.n));
      String r2 = total == 0 ? "nan" : String.format(Locale.ROOT, "%.4f", 1 - loss / total);
      String phiText = phi == null ? "None" : Values.str(phi, PHI);
      rows.add(
          time
              ? new String[] {method, phiText, significant(loss), r2, seconds}
              : new String[] {method, phiText, significant(loss), r2});
    }
    return layout(rows);
  }

  private static String layout(List<String[]> rows) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        if (c > 0) {
          line.append("  ");
        }
        // text columns left, number columns right, as a spreadsheet aligns them
        boolean left = c < 2;
        String pad = " ".repeat(width[c] - r[c].length());
        line.append(left ? r[c] + pad : pad + r[c]);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  /** {@code v} to 6 significant digits in Python's {@code '{:.6g}'} format. */
  static String significant(double v) {
    if (!Double.isFinite(v)) {
      return Values.str(v, PrintOptions.DEFAULTS);
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal b = new BigDecimal(v).round(new MathContext(6));
    int exp = b.precision() - b.scale() - 1;
    if (exp < -4 || exp >= 6) {
      BigDecimal mant = b.movePointLeft(exp).stripTrailingZeros();
      return mant.toPlainString()
          + "e"
          + (exp < 0 ? "-" : "+")
          + String.format(Locale.ROOT, "%02d", Math.abs(exp));
    }
    return b.stripTrailingZeros().toPlainString();
  }

  /** A duration in the unit that keeps it short: 850 µs, 12.3 ms, 4.21 s. */
  static String seconds(double s) {
    if (s <= 0) {
      return "";
    }
    if (s < 1e-3) {
      return threeDigits(s * 1e6) + " µs";
    }
    return s < 1 ? threeDigits(s * 1e3) + " ms" : threeDigits(s) + " s";
  }

  private static String threeDigits(double v) {
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
