package ddl.stdlib.random;

/**
 * numpy's default bit generator: a 128-bit linear congruential generator with the XSL-RR output
 * (PCG XSL RR 128/64), seeded through {@link SeedSequence}; 32-bit draws take the two halves of
 * one 64-bit output, low half first, as numpy buffers them.
 */
public final class PCG64 implements Bits {
  static final long MULT_HI = 2549297995355413924L;
  static final long MULT_LO = 4865540595714422341L;

  long stateHi;
  long stateLo;
  long incHi;
  long incLo;
  private boolean hasUint32;
  private int uinteger;

  /** Seeded as {@code PCG64(SeedSequence(seed))}. */
  public PCG64(SeedSequence seq) {
    long[] v = seq.generateState64(4);
    long initHi = v[0];
    long initLo = v[1];
    long seqHi = v[2];
    long seqLo = v[3];
    incHi = (seqHi << 1) | (seqLo >>> 63);
    incLo = (seqLo << 1) | 1L;
    stateHi = 0;
    stateLo = 0;
    step();
    long lo = stateLo + initLo;
    stateHi = stateHi + initHi + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
    stateLo = lo;
    step();
  }

  private void step() {
    // state = state * MULT + inc (mod 2^128)
    // MULT_LO < 2^63, so the unsigned high word is the signed one plus MULT_LO when stateLo < 0
    long lo = stateLo * MULT_LO;
    long hi = Math.multiplyHigh(stateLo, MULT_LO) + ((stateLo >> 63) & MULT_LO)
        + stateHi * MULT_LO + stateLo * MULT_HI;
    long nlo = lo + incLo;
    hi += incHi + ((nlo ^ Long.MIN_VALUE) < (lo ^ Long.MIN_VALUE) ? 1 : 0);
    stateLo = nlo;
    stateHi = hi;
  }

  /** The next 64 bits. */
  @Override
  public long next64() {
    step();
    return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
  }

  /** The next 32 bits: the low half of a new 64-bit output, then its high half. */
  @Override
  public int next32() {
    if (hasUint32) {
      hasUint32 = false;
      return uinteger;
    }
    long next = next64();
    hasUint32 = true;
    uinteger = (int) (next >>> 32);
    return (int) next;
  }

  /** A double in [0, 1) from the top 53 bits of a 64-bit output. */
  @Override
  public double nextDouble() {
    return (next64() >>> 11) * 0x1p-53;
  }
}
