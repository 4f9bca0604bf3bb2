package ddl.stdlib.random;

/**
 * numpy's {@code Generator} over {@link PCG64}: what {@code random.default_rng(seed)} returns.
 * Its draws are numpy's: 53-bit doubles, ziggurat normals and exponentials, Lemire's bounded
 * integers on 32-bit halves or 64-bit words. The built-ins calling it are {@link GeneratorBuiltins}.
 */
public final class Generator {
  final PCG64 bits;

  public Generator(PCG64 bits) {
    this.bits = bits;
  }

  /** {@code default_rng(seed)}: a non-negative int (any size) or a list of them. */
  public static Generator of(int[] seedWords) {
    return new Generator(new PCG64(new SeedSequence(seedWords)));
  }

  @Override
  public String toString() {
    return "Generator(PCG64)";
  }

  public synchronized double random() {
    return bits.nextDouble();
  }

  /** Doubles as {@link PCG64#nextDouble}, with the state in locals. */
  public synchronized void fillRandom(double[] out) {
    PCG64 b = bits;
    long sHi = b.stateHi;
    long sLo = b.stateLo;
    final long incHi = b.incHi;
    final long incLo = b.incLo;
    final long mLo = PCG64.MULT_LO;
    final long mHi = PCG64.MULT_HI;
    for (int i = 0; i < out.length; i++) {
      long lo = sLo * mLo;
      long hi = Math.multiplyHigh(sLo, mLo) + ((sLo >> 63) & mLo) + sHi * mLo + sLo * mHi;
      long nlo = lo + incLo;
      sHi = hi + incHi + ((nlo ^ Long.MIN_VALUE) < (lo ^ Long.MIN_VALUE) ? 1 : 0);
      sLo = nlo;
      out[i] = (Long.rotateRight(sHi ^ sLo, (int) (sHi >>> 58)) >>> 11) * 0x1p-53;
    }
    b.stateHi = sHi;
    b.stateLo = sLo;
  }

  /**
   * {@code n} standard normals into {@code out}: the ziggurat's fast path with PCG64's state in
   * locals (the same steps as {@link PCG64#next64}); for the rare slow path the state before the
   * output is stored back and {@link #standardNormal} draws it.
   */
  public synchronized void fillStandardNormal(double[] out, int off, int n) {
    PCG64 b = bits;
    long[] ki = Ziggurat.KI;
    double[] wi = Ziggurat.WI;
    long sHi = b.stateHi;
    long sLo = b.stateLo;
    final long incHi = b.incHi;
    final long incLo = b.incLo;
    final long mLo = PCG64.MULT_LO;
    final long mHi = PCG64.MULT_HI;
    for (int i = off; i < off + n; i++) {
      final long pHi = sHi;
      final long pLo = sLo;
      long lo = sLo * mLo;
      long hi = Math.multiplyHigh(sLo, mLo) + ((sLo >> 63) & mLo) + sHi * mLo + sLo * mHi;
      long nlo = lo + incLo;
      sHi = hi + incHi + ((nlo ^ Long.MIN_VALUE) < (lo ^ Long.MIN_VALUE) ? 1 : 0);
      sLo = nlo;
      long r = Long.rotateRight(sHi ^ sLo, (int) (sHi >>> 58));
      int idx = (int) (r & 0xff);
      r >>>= 8;
      long rabs = (r >>> 1) & 0x000fffffffffffffL;
      double x = rabs * wi[idx];
      if (rabs < ki[idx]) {
        // -x for an odd sign bit, without a branch the sign's coin flip would mispredict
        out[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ ((r & 1) << 63));
        continue;
      }
      // the slow path: from the state before this output, through the general method
      b.stateHi = pHi;
      b.stateLo = pLo;
      out[i] = standardNormal();
      sHi = b.stateHi;
      sLo = b.stateLo;
    }
    b.stateHi = sHi;
    b.stateLo = sLo;
  }

  /** numpy's random_standard_normal: 256 boxes, 52-bit magnitudes, the tail beyond r. */
  double standardNormal() {
    PCG64 b = bits;
    long[] ki = Ziggurat.KI;
    double[] wi = Ziggurat.WI;
    for (;;) {
      long r = b.next64();
      int idx = (int) (r & 0xff);
      r >>>= 8;
      boolean negative = (r & 1) != 0;
      long rabs = (r >>> 1) & 0x000fffffffffffffL;
      double x = rabs * wi[idx];
      if (negative) {
        x = -x;
      }
      if (rabs < ki[idx]) {
        return x;
      }
      if (idx == 0) {
        for (;;) {
          double xx = -Ziggurat.NOR_INV_R * Libm.log1p(-b.nextDouble());
          double yy = -Libm.log1p(-b.nextDouble());
          if (yy + yy > xx * xx) {
            return ((rabs >>> 8) & 1) != 0 ? -(Ziggurat.NOR_R + xx) : Ziggurat.NOR_R + xx;
          }
        }
      }
      double[] fi = Ziggurat.FI;
      if ((fi[idx - 1] - fi[idx]) * b.nextDouble() + fi[idx] < Libm.exp(-0.5 * x * x)) {
        return x;
      }
    }
  }

  /** numpy's random_standard_exponential. */
  double standardExponential() {
    PCG64 b = bits;
    for (;;) {
      long ri = b.next64() >>> 3;
      int idx = (int) (ri & 0xff);
      ri >>>= 8;
      double x = ri * Ziggurat.WE[idx];
      if (ri < Ziggurat.KE[idx]) {
        return x;
      }
      if (idx == 0) {
        return Ziggurat.EXP_R - Libm.log1p(-b.nextDouble());
      }
      double[] fe = Ziggurat.FE;
      if ((fe[idx - 1] - fe[idx]) * b.nextDouble() + fe[idx] < Libm.exp(-x)) {
        return x;
      }
    }
  }

  public synchronized double normal(double loc, double scale) {
    return loc + scale * standardNormal();
  }

  public synchronized double exponential(double scale) {
    return scale * standardExponential();
  }

  public synchronized double uniform(double low, double range) {
    return low + range * bits.nextDouble();
  }

  /** A uniform integer in [0, rng] (rng unsigned) by Lemire's method, as numpy's integers. */
  long lemire(long rng) {
    if (rng == 0) {
      return 0;
    }
    if (Long.compareUnsigned(rng, 0xffffffffL) <= 0) {
      if (rng == 0xffffffffL) {
        return bits.next32() & 0xffffffffL;
      }
      long excl = rng + 1;
      long m = (bits.next32() & 0xffffffffL) * excl;
      long leftover = m & 0xffffffffL;
      if (leftover < excl) {
        long threshold = (0xffffffffL - rng) % excl;
        while (leftover < threshold) {
          m = (bits.next32() & 0xffffffffL) * excl;
          leftover = m & 0xffffffffL;
        }
      }
      return m >>> 32;
    }
    if (rng == -1L) {
      return bits.next64();
    }
    long excl = rng + 1;
    long x = bits.next64();
    long leftover = x * excl;
    if (Long.compareUnsigned(leftover, excl) < 0) {
      long threshold = Long.remainderUnsigned(-1L - rng, excl);
      while (Long.compareUnsigned(leftover, threshold) < 0) {
        x = bits.next64();
        leftover = x * excl;
      }
    }
    return Math.multiplyHigh(x, excl) + ((x >> 63) & excl) + ((excl >> 63) & x);
  }

  /** {@code n} integers in [off, off + rng] as numpy's random_bounded_uint64_fill. */
  public synchronized long[] integers(long off, long rng, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = off + lemire(rng);
    }
    return out;
  }

  /** {@code n} booleans as numpy's bool integers (one bit of a 32-bit word each). */
  public synchronized boolean[] bools(boolean off, long rng, int n) {
    Legacy.BoolBuffer buf = new Legacy.BoolBuffer();
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      out[i] = buf.next(bits, off, rng);
    }
    return out;
  }

  /**
   * choice(pop, size, replace=False) without probabilities: Floyd's algorithm with a hash set,
   * then a shuffle; or for a large sample of a large population a partial shuffle of the tail.
   */
  public synchronized long[] sampleWithoutReplacement(int pop, int size, boolean shuffle) {
    int cutoff = shuffle ? 50 : 20;
    if (pop > 10000 && size > pop / cutoff) {
      long[] idx = new long[pop];
      for (int i = 0; i < pop; i++) {
        idx[i] = i;
      }
      shuffleInts(idx, pop, Math.max(pop - size, 1));
      return java.util.Arrays.copyOfRange(idx, pop - size, pop);
    }
    long[] idx = new long[size];
    long mask = Legacy.mask((long) (1.2 * size));
    int setSize = (int) (1 + mask);
    long[] set = new long[setSize];
    java.util.Arrays.fill(set, -1L);
    for (int j = pop - size; j < pop; j++) {
      long val = lemire(j);
      int loc = (int) (val & mask);
      while (set[loc] != -1L && set[loc] != val) {
        loc = (int) ((loc + 1) & mask);
      }
      if (set[loc] == -1L) {
        set[loc] = val;
        idx[j - pop + size] = val;
      } else {
        loc = (int) (j & mask);
        while (set[loc] != -1L) {
          loc = (int) ((loc + 1) & mask);
        }
        set[loc] = j;
        idx[j - pop + size] = j;
      }
    }
    if (shuffle) {
      shuffleInts(idx, size, 1);
    }
    return idx;
  }

  private void shuffleInts(long[] data, int n, int first) {
    for (int i = n - 1; i >= first; i--) {
      int j = (int) lemire(i);
      long t = data[j];
      data[j] = data[i];
      data[i] = t;
    }
  }
}
