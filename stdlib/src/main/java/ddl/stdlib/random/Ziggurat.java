package ddl.stdlib.random;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The 256-box ziggurats of numpy's Generator for the standard normal and exponential. The box
 * widths are read from {@code ziggurat.txt} (written from numpy's own draws by
 * {@code stdlib/src/test/python/ziggurat_tables.py}); the acceptance bounds and the density at
 * each box edge are derived from them here as the ziggurat defines them.
 */
final class Ziggurat {
  static final double NOR_R = 3.6541528853610087963519472518;
  static final double NOR_INV_R = 0.27366123732975827203338247596;
  static final double EXP_R = 7.6971174701310497140446280481;

  static final long[] KI = new long[256];
  static final double[] WI = new double[256];
  static final double[] FI = new double[256];
  static final long[] KE = new long[256];
  static final double[] WE = new double[256];
  static final double[] FE = new double[256];

  private Ziggurat() {}

  static {
    try (InputStream in = Ziggurat.class.getResourceAsStream("ziggurat.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] p = line.trim().split("\\s+");
        int i = Integer.parseInt(p[0]);
        WI[i] = Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16));
        WE[i] = Double.longBitsToDouble(Long.parseUnsignedLong(p[2], 16));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    derive(WI, KI, FI, 0x1p52, true);
    derive(WE, KE, FE, 0x1p53, false);
  }

  /**
   * x_i = w_i * 2^bits is box i's right edge (box 0 the base strip, whose width is its area over
   * the density at r); a draw below k_i = x_(i-1) / x_i * 2^bits lies inside the box below.
   */
  private static void derive(double[] w, long[] k, double[] f, double scale, boolean normal) {
    double r = w[255] * scale;
    double q = w[0] * scale;
    k[0] = (long) Math.floor(r / q * scale);
    k[1] = 0;
    f[0] = 1.0;
    for (int i = 1; i < 256; i++) {
      double x = w[i] * scale;
      f[i] = normal ? Math.exp(-0.5 * x * x) : Math.exp(-x);
      if (i < 255) {
        k[i + 1] = (long) Math.floor(x / (w[i + 1] * scale) * scale);
      }
    }
  }
}
