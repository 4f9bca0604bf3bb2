package ddl.stdlib.random;

import com.sun.jna.FunctionMapper;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.util.Map;

/**
 * The platform C library's {@code log}, {@code exp}, {@code pow} and {@code log1p}, which numpy's
 * compiled samplers call: a draw that passes through them has numpy's bits only if ddl rounds as
 * the same library does, and neither {@code Math} nor {@code StrictMath} does (they differ from
 * glibc on about one argument in 1,300 for log and 400 for exp).
 *
 * <p>The C functions are called through JNA's direct mapping (about 0.1 µs a call). {@code log},
 * on every Gaussian and exponential draw, has a fast path: a double-double logarithm, accurate to
 * about 2^-100, rounds to the nearest double; the C library's log errs by at most 0.52 ulp, so it
 * returns that same double unless the true value lies within 0.02 ulp of a midpoint between two
 * doubles. Only those arguments (about one in 80) go to the C function. When the C library is
 * loaded it is checked against the fast path on 4096 arguments, and if they differ (a library
 * that is not glibc) every log goes to C. Where JNA cannot load, {@code Math}'s functions stand in
 * and the last bit may differ from numpy's.
 */
public final class Libm {
  private Libm() {}

  /**
   * The C library's log is trusted to round correctly outside a margin around each midpoint
   * between two doubles: there glibc's error before rounding is bounded as {@link #log} says.
   * Near 1, where glibc evaluates a polynomial in x - 1, the margin is this many ulps.
   */
  private static final double NEAR_ONE_ZONE = 0.01;
  /** glibc's own path for x near 1: [1 - 2^-4, 1 + 0x1.09p-4). */
  private static final double NEAR_ONE_LOW = 1 - 0x1p-4;
  private static final double NEAR_ONE_HIGH = 1 + 0x1.09p-4;

  /** ln 2 with 43 significant bits, so that k * LN2_HI is exact, and the rest. */
  private static final double LN2_HI;
  private static final double LN2_LO;
  /**
   * z = x / 2^k in [0.6875, 1.375) falls in one of 128 intervals, numbered by the seven bits below
   * the exponent of bits(x) - bits(0.6875) as in glibc: 80 of width 2^-8 below 1, 48 of width 2^-7
   * above. Each has a centre c, 1/c rounded in INV_C and log(c) = -log(INV_C) split so that its
   * high part is a multiple of 2^-43 (k ln2 + high part is then exact); the two intervals beside 1
   * take c = 1 so that log(x) near 1 keeps its relative accuracy.
   */
  private static final double[] INV_C = new double[128];
  private static final double[] LOG_C_HI = new double[128];
  private static final double[] LOG_C_LO = new double[128];

  static {
    double[] ln2 = logDoubleDouble(2.0);
    LN2_HI = toMultipleOf2p43(ln2[0]);
    LN2_LO = (ln2[0] - LN2_HI) + ln2[1];
    for (int i = 0; i < 128; i++) {
      double c = i < 80 ? 0.6875 + (i + 0.5) / 256 : 1 + (i - 80 + 0.5) / 128;
      double invc = i == 79 || i == 80 ? 1.0 : 1.0 / c;
      double[] logc = logDoubleDouble(invc);
      INV_C[i] = invc;
      LOG_C_HI[i] = -toMultipleOf2p43(logc[0]);
      LOG_C_LO[i] = -((logc[0] + LOG_C_HI[i]) + logc[1]);
    }
  }

  private static double toMultipleOf2p43(double v) {
    return Math.rint(v * 0x1p43) * 0x1p-43;
  }

  /**
   * The C functions, bound by JNA to the symbols of their own names when first needed (loading
   * JNA costs about 0.2 s, which a script that draws a few normals need not pay); where JNA cannot
   * load, Java's functions stand in.
   */
  private static final class C {
    static final boolean LOADED = register();

    static {
      if (LOADED && !fastPathAgrees()) {
        fastPathTrusted = false;
      }
    }

    /**
     * Whether the fast path gives this C library's bits on 4096 arguments (uniforms and values
     * near 1): its error bounds are glibc's, and another library (macOS's, say) may round
     * otherwise, in which case every log goes to C.
     */
    private static boolean fastPathAgrees() {
      long state = 0x9E3779B97F4A7C15L;
      for (int i = 0; i < 4096; i++) {
        state = state * 6364136223846793005L + 1442695040888963407L;
        double u = (state >>> 11) * 0x1p-53;
        double x = i % 2 == 0 ? u : 1.0 + (u - 0.5) / 8;
        if (x > 0 && Double.doubleToRawLongBits(fastLog(x)) != Double.doubleToRawLongBits(log(x))) {
          return false;
        }
      }
      return true;
    }

    private static boolean register() {
      try {
        // nativeLog binds to log, nativeLog1p to log1p, ...
        FunctionMapper symbol = (library, method) -> method.getName().substring(6).toLowerCase();
        Native.register(C.class, NativeLibrary.getInstance(Platform.isWindows() ? "msvcrt" : "m",
            Map.of(Library.OPTION_FUNCTION_MAPPER, symbol)));
        return nativeLog(2.0) == Math.log(2.0);
      } catch (Throwable e) {
        return false;
      }
    }

    private static native double nativeLog(double x);

    private static native double nativeExp(double x);

    private static native double nativePow(double x, double y);

    private static native double nativeLog1p(double x);

    static double log(double x) {
      return LOADED ? nativeLog(x) : Math.log(x);
    }
  }

  /** True when the C library is in use, so that log/exp/pow-based draws have numpy's bits. */
  public static boolean isNative() {
    return C.LOADED;
  }

  public static double exp(double x) {
    return C.LOADED ? C.nativeExp(x) : Math.exp(x);
  }

  public static double pow(double x, double y) {
    return C.LOADED ? C.nativePow(x, y) : Math.pow(x, y);
  }

  public static double log1p(double x) {
    return C.LOADED ? C.nativeLog1p(x) : Math.log1p(x);
  }

  /** The C library's log, calling it only where the fast path cannot be sure of its rounding. */
  public static double log(double x) {
    return fastPathTrusted ? fastLog(x) : C.log(x);
  }

  /** Cleared when the C library, once loaded, rounds otherwise than the fast path expects. */
  private static boolean fastPathTrusted = true;

  private static double fastLog(double x) {
    if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
      return Math.log(x);  // -inf, NaN or inf, as in C
    }
    long bits = Double.doubleToRawLongBits(x);
    int k = 0;
    if (bits < 0x0010000000000000L) {
      bits = Double.doubleToRawLongBits(x * 0x1p54);
      k = -54;
    }
    long tmp = bits - 0x3fe6000000000000L;
    k += (int) (tmp >> 52);
    int i = (int) (tmp >>> 45) & 127;
    double z = Double.longBitsToDouble(bits - (tmp & 0xfff0000000000000L));
    double invc = INV_C[i];
    // u = z * invc - 1 exactly as uh + ul: p is z * invc rounded, pe its error; p - 1 is exact.
    double p = z * invc;
    double pe = Math.fma(z, invc, -p);
    double r = p - 1.0;
    double uh = r + pe;
    double ul = (r - uh) + pe;
    // log1p(u) = u - u^2/2 + u^3 (1/3 - u/4 + ...): the first two terms in double-double.
    double q = uh * uh;
    double qe = Math.fma(uh, uh, -q);
    double s = uh - 0.5 * q;
    double se = (uh - s) - 0.5 * q;
    double poly = uh * q * ((1.0 / 3 - 0.25 * uh) + q * ((0.2 - (1.0 / 6) * uh)
        + q * ((1.0 / 7 - 0.125 * uh) + q * (1.0 / 9 - 0.1 * uh))));
    double tail = se + ul * (1.0 - uh) - 0.5 * qe + poly;
    // k ln2 + log(c) + log1p(u) in double-double; a is exact (both terms are multiples of 2^-43).
    double a = k * LN2_HI + LOG_C_HI[i];
    double b = a + s;
    double be = twoSumError(a, s, b);
    double lo = be + k * LN2_LO + LOG_C_LO[i] + tail;
    double res = b + lo;
    double rlo = lo - (res - b);
    // Half an ulp of res; at a power of two the gap below is half as wide: left to C.
    double half = Double.longBitsToDouble((Double.doubleToRawLongBits(res) & 0x7ff0000000000000L)
        - (53L << 52));
    // glibc's error before rounding, with half again to spare. Near 1 it evaluates a polynomial in
    // d = x - 1 (errors below 2^-53 d^3 besides its rounding of the sum). Elsewhere it rounds
    // r = z / c - 1 once, over the same intervals as here (2^-53 |r|; beside 1, where this table
    // has c = 1, |r| < |u| + 2^-7), and its table and polynomial add less than
    // 2^-65 (|k| ln 2 + 0.4) + 2^-69.
    double margin;
    if (k == 0 && z >= NEAR_ONE_LOW && z < NEAR_ONE_HIGH) {
      double d = Math.abs(z - 1.0);
      margin = NEAR_ONE_ZONE * 2 * half + 0x1p-53 * d * d * d;
    } else {
      double rg = i == 79 || i == 80 ? Math.abs(uh) + 0x1p-7 : Math.abs(uh);
      margin = 1.5 * (0x1p-53 * rg * (1 + rg) + 0x1p-65 * (Math.abs(k) * 0.7 + 0.4) + 0x1p-69)
          + 0.002 * half;
    }
    double off = Math.abs(rlo);
    if (Math.abs(off - half) < margin
        || (Double.doubleToRawLongBits(res) & 0x000fffffffffffffL) == 0 && off < half) {
      return C.log(x);
    }
    return res;
  }

  private static double twoSumError(double a, double b, double sum) {
    double bv = sum - a;
    return (a - (sum - bv)) + (b - bv);
  }

  /** The native log, for tests that check the fast path against it. */
  static double nativeLog(double x) {
    return C.log(x);
  }

  /**
   * log(x) for x in [0.5, 2] as hi + lo, to about 2^-100: 2 atanh((x - 1) / (x + 1)) by its series
   * in double-double arithmetic (the table costs microseconds at class load).
   */
  private static double[] logDoubleDouble(double x) {
    double num = x - 1.0;  // exact for x in [0.5, 2]
    double dh = x + 1.0;
    double dl = twoSumError(x, 1.0, dh);
    double zh = num / dh;
    double zl = (Math.fma(-zh, dh, num) - zh * dl) / dh;
    double[] z2 = mul(zh, zl, zh, zl);
    double th = zh;
    double tl = zl;
    double sh = 0;
    double sl = 0;
    for (int n = 1; Math.abs(th) > 0x1p-110; n += 2) {
      double qh = th / n;
      double ql = (Math.fma(-qh, n, th) + tl) / n;
      double s = sh + qh;
      double e = twoSumError(sh, qh, s) + sl + ql;
      sh = s + e;
      sl = e - (sh - s);
      double[] t = mul(th, tl, z2[0], z2[1]);
      th = t[0];
      tl = t[1];
    }
    return new double[] {2 * sh, 2 * sl};
  }

  /** (ah + al)(bh + bl) as a normalised double-double. */
  private static double[] mul(double ah, double al, double bh, double bl) {
    double p = ah * bh;
    double e = Math.fma(ah, bh, -p) + (ah * bl + al * bh);
    double h = p + e;
    return new double[] {h, e - (h - p)};
  }
}
