package ddl.stdlib.random;

import ddl.stdlib.Rng;

/**
 * The draws of numpy's {@code RandomState} beyond uniforms and Gaussians, each consuming the
 * Mersenne Twister's stream as numpy's legacy code does (numpy keeps these algorithms frozen so
 * that old seeds keep their numbers): bounded integers by masked rejection, the exponential by
 * inversion, Marsaglia–Tsang gamma, Johnk's or gamma-ratio beta, inversion/BTPE binomial and
 * multiplication/PTRS Poisson. Callers hold the {@link Rng}'s lock.
 */
public final class Legacy {
  private Legacy() {}

  /** The smallest all-ones mask covering {@code max}. */
  static long mask(long max) {
    long m = max;
    m |= m >>> 1;
    m |= m >>> 2;
    m |= m >>> 4;
    m |= m >>> 8;
    m |= m >>> 16;
    m |= m >>> 32;
    return m;
  }

  /**
   * A uniform integer in [0, rng] (rng unsigned) by masked rejection: 32-bit draws while the
   * range fits in 32 bits, as numpy's random_bounded_uint64 with use_masked.
   */
  public static long masked(Bits mt, long rng) {
    if (rng == 0) {
      return 0;
    }
    if (Long.compareUnsigned(rng, 0xffffffffL) <= 0) {
      if (rng == 0xffffffffL) {
        return mt.next32() & 0xffffffffL;
      }
      long m = mask(rng);
      long v;
      while ((v = mt.next32() & m) > rng) {
        // reject
      }
      return v;
    }
    if (rng == -1L) {
      return mt.next64();
    }
    long m = mask(rng);
    long v;
    while (Long.compareUnsigned(v = mt.next64() & m, rng) > 0) {
      // reject
    }
    return v;
  }

  /** numpy's legacy bool draws: one 32-bit word gives 32 bits, lowest first. */
  public static final class BoolBuffer {
    private int buf;
    private int count;

    public boolean next(Bits mt, boolean off, long rng) {
      if (rng == 0) {
        return off;
      }
      if (count == 0) {
        buf = mt.next32();
        count = 31;
      } else {
        buf >>>= 1;
        count--;
      }
      return (buf & 1) != 0;
    }
  }

  public static double standardExponential(MT19937 mt) {
    return -Libm.log(1.0 - mt.nextDouble());
  }

  public static double standardGamma(Rng rng, double shape) {
    MT19937 mt = rng.bits();
    if (shape == 1.0) {
      return standardExponential(mt);
    } else if (shape == 0.0) {
      return 0.0;
    } else if (shape < 1.0) {
      for (;;) {
        double u = mt.nextDouble();
        double v = standardExponential(mt);
        if (u <= 1.0 - shape) {
          double x = Libm.pow(u, 1. / shape);
          if (x <= v) {
            return x;
          }
        } else {
          double y = -Libm.log((1 - u) / shape);
          double x = Libm.pow(1.0 - shape + shape * y, 1. / shape);
          if (x <= v + y) {
            return x;
          }
        }
      }
    }
    double b = shape - 1. / 3.;
    double c = 1. / Math.sqrt(9 * b);
    for (;;) {
      double x;
      double v;
      do {
        x = rng.gauss();
        v = 1.0 + c * x;
      } while (v <= 0.0);
      v = v * v * v;
      double u = mt.nextDouble();
      if (u < 1.0 - 0.0331 * (x * x) * (x * x)) {
        return b * v;
      }
      if (Libm.log(u) < 0.5 * x * x + b * (1. - v + Libm.log(v))) {
        return b * v;
      }
    }
  }

  public static double beta(Rng rng, double a, double b) {
    MT19937 mt = rng.bits();
    if (a <= 1.0 && b <= 1.0) {
      for (;;) {
        double u = mt.nextDouble();
        double v = mt.nextDouble();
        double x = Libm.pow(u, 1.0 / a);
        double y = Libm.pow(v, 1.0 / b);
        if (x + y <= 1.0) {
          if (x + y > 0) {
            return x / (x + y);
          }
          double logX = Libm.log(u) / a;
          double logY = Libm.log(v) / b;
          double logM = logX > logY ? logX : logY;
          logX -= logM;
          logY -= logM;
          return Libm.exp(logX - Libm.log(Libm.exp(logX) + Libm.exp(logY)));
        }
      }
    }
    double ga = standardGamma(rng, a);
    double gb = standardGamma(rng, b);
    return ga / (ga + gb);
  }

  public static long binomial(MT19937 mt, long n, double p) {
    if (p <= 0.5) {
      return p * n <= 30.0 ? binomialInversion(mt, n, p) : binomialBtpe(mt, n, p);
    }
    double q = 1.0 - p;
    return n - (q * n <= 30.0 ? binomialInversion(mt, n, q) : binomialBtpe(mt, n, q));
  }

  private static long binomialInversion(MT19937 mt, long n, double p) {
    double q = 1.0 - p;
    double qn = Libm.exp(n * Libm.log(q));
    double np = n * p;
    long bound = (long) Math.min((double) n, np + 10.0 * Math.sqrt(np * q + 1));
    long x = 0;
    double px = qn;
    double u = mt.nextDouble();
    while (u > px) {
      x++;
      if (x > bound) {
        x = 0;
        px = qn;
        u = mt.nextDouble();
      } else {
        u -= px;
        px = ((n - x + 1) * p * px) / (x * q);
      }
    }
    return x;
  }

  /** BTPE as numpy's legacy code has it (its last two Stirling terms added, not subtracted). */
  private static long binomialBtpe(MT19937 mt, long n, double p) {
    double r = Math.min(p, 1.0 - p);
    double q = 1.0 - r;
    double fm = n * r + r;
    long m = (long) Math.floor(fm);
    double p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
    double xm = m + 0.5;
    double xl = xm - p1;
    double xr = xm + p1;
    double c = 0.134 + 20.5 / (15.3 + m);
    double a = (fm - xl) / (fm - xl * r);
    double laml = a * (1.0 + a / 2.0);
    a = (xr - fm) / (xr * q);
    double lamr = a * (1.0 + a / 2.0);
    double p2 = p1 * (1.0 + 2.0 * c);
    double p3 = p2 + c / laml;
    double p4 = p3 + c / lamr;
    long y;
    while (true) {
      double nrq = n * r * q;
      double u = mt.nextDouble() * p4;
      double v = mt.nextDouble();
      if (u <= p1) {
        y = (long) Math.floor(xm - p1 * v + u);
        break;
      }
      if (u <= p2) {
        double x = xl + (u - p1) / c;
        v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
        if (v > 1.0) {
          continue;
        }
        y = (long) Math.floor(x);
      } else if (u <= p3) {
        y = (long) Math.floor(xl + Libm.log(v) / laml);
        if (y < 0 || v == 0.0) {
          continue;
        }
        v = v * (u - p2) * laml;
      } else {
        y = (long) Math.floor(xr - Libm.log(v) / lamr);
        if (y > n || v == 0.0) {
          continue;
        }
        v = v * (u - p3) * lamr;
      }
      long k = Math.abs(y - m);
      if (!(k > 20 && k < nrq / 2.0 - 1)) {
        double s = r / q;
        double aa = s * (n + 1);
        double f = 1.0;
        if (m < y) {
          for (long i = m + 1; i <= y; i++) {
            f *= aa / i - s;
          }
        } else if (m > y) {
          for (long i = y + 1; i <= m; i++) {
            f /= aa / i - s;
          }
        }
        if (v > f) {
          continue;
        }
        break;
      }
      double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
      double t = -k * k / (2 * nrq);
      double bigA = Libm.log(v);
      if (bigA < t - rho) {
        break;
      }
      if (bigA > t + rho) {
        continue;
      }
      double x1 = (double) y + 1;
      double f1 = (double) m + 1;
      double z = (double) n + 1 - (double) m;
      double w = (double) n - (double) y + 1;
      double x2 = x1 * x1;
      double f2 = f1 * f1;
      double z2 = z * z;
      double w2 = w * w;
      double bound = xm * Libm.log(f1 / x1) + (n - m + 0.5) * Libm.log(z / w)
          + (y - m) * Libm.log(w * r / (x1 * q))
          + (13680. - (462. - (132. - (99. - 140. / f2) / f2) / f2) / f2) / f1 / 166320.
          + (13680. - (462. - (132. - (99. - 140. / z2) / z2) / z2) / z2) / z / 166320.
          + (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x1 / 166320.
          + (13680. - (462. - (132. - (99. - 140. / w2) / w2) / w2) / w2) / w / 166320.;
      if (bigA > bound) {
        continue;
      }
      break;
    }
    if (p > 0.5) {
      y = n - y;
    }
    return y;
  }

  public static long poisson(MT19937 mt, double lam) {
    if (lam >= 10) {
      return poissonPtrs(mt, lam);
    } else if (lam == 0) {
      return 0;
    }
    double enlam = Libm.exp(-lam);
    long x = 0;
    double prod = 1.0;
    while (true) {
      prod *= mt.nextDouble();
      if (prod > enlam) {
        x += 1;
      } else {
        return x;
      }
    }
  }

  /** Hörmann's transformed rejection (PTRS) for lam >= 10. */
  private static long poissonPtrs(MT19937 mt, double lam) {
    double slam = Math.sqrt(lam);
    double loglam = Libm.log(lam);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = mt.nextDouble() - 0.5;
      double v = mt.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Libm.log(v) + Libm.log(invalpha) - Libm.log(a / (us * us) + b)
          <= -lam + k * loglam - loggam(k + 1)) {
        return k;
      }
    }
  }

  private static final double[] LOGGAM_A = {8.333333333333333e-02, -2.777777777777778e-03,
    7.936507936507937e-04, -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
    6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00};

  /** log Γ(x) by the asymptotic series of Zhang and Jin, shifted up to x >= 7. */
  static double loggam(double x) {
    if (x == 1.0 || x == 2.0) {
      return 0.0;
    }
    long n = x < 7.0 ? (long) (7 - x) : 0;
    double x0 = x + n;
    double x2 = (1.0 / x0) * (1.0 / x0);
    double gl0 = LOGGAM_A[9];
    for (int k = 8; k >= 0; k--) {
      gl0 *= x2;
      gl0 += LOGGAM_A[k];
    }
    double gl = gl0 / x0 + 0.5 * 1.8378770664093453e+00 + (x0 - 0.5) * Libm.log(x0) - x0;
    if (x < 7.0) {
      for (long k = 1; k <= n; k++) {
        gl -= Libm.log(x0 - 1.0);
        x0 -= 1.0;
      }
    }
    return gl;
  }
}
