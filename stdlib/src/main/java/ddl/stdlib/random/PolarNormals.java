package ddl.stdlib.random;

/**
 * Pairs of numpy's legacy Gaussians (the polar method of legacy_gauss) in bulk, drawn from the
 * stream exactly as one call after another would draw them. Candidates are made a batch at a
 * time, kept without a branch when they fall inside the unit circle, and their logarithms taken
 * in a loop of their own, so that rejection's unpredictable branch does not stall the logarithm.
 * A batch never asks for more candidates than pairs still wanted, so the stream is never read
 * past numpy's point.
 */
public final class PolarNormals {
  private PolarNormals() {}

  private static final int BATCH = 512;

  /**
   * {@code pairs} pairs as {@code loc + scale * (f * x2)} then {@code loc + scale * (f * x1)},
   * into {@code out} from {@code off}.
   */
  public static void fill(MT19937 mt, double[] out, int off, int pairs, double loc, double scale) {
    double[] u = new double[2 * BATCH];
    double[] x1 = new double[BATCH];
    double[] x2 = new double[BATCH];
    double[] r2 = new double[BATCH];
    int o = off;
    int left = pairs;
    while (left > 0) {
      int candidates = Math.min(left, BATCH);
      mt.fillDoubles(u, 0, 2 * candidates);
      int kept = 0;
      for (int c = 0; c < candidates; c++) {
        double a = 2.0 * u[2 * c] - 1.0;
        double b = 2.0 * u[2 * c + 1] - 1.0;
        double r = a * a + b * b;
        x1[kept] = a;
        x2[kept] = b;
        r2[kept] = r;
        kept += r < 1.0 && r != 0.0 ? 1 : 0;
      }
      for (int j = 0; j < kept; j++) {
        double r = r2[j];
        double f = Math.sqrt(-2.0 * Libm.log(r) / r);
        out[o] = loc + scale * (f * x2[j]);
        out[o + 1] = loc + scale * (f * x1[j]);
        o += 2;
      }
      left -= kept;
    }
  }
}
