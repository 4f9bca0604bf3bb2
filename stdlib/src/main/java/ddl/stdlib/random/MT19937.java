package ddl.stdlib.random;

/**
 * The Mersenne Twister numpy's legacy generator ({@code np.random.seed}, {@code RandomState})
 * runs: 624 words of state, numpy's two ways of seeding (an int, or an array of ints through
 * init_by_array), 32-bit outputs and 53-bit doubles made of two of them.
 */
public final class MT19937 implements Bits {
  static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER = 0x80000000;
  private static final int LOWER = 0x7fffffff;

  private final int[] key = new int[N];
  /** The tempered outputs of the current block of {@code key}, made all at once (C2 vectorises it). */
  private final int[] out = new int[N];
  private int pos = N;

  /** {@code np.random.seed(s)} for an int s in [0, 2**32): Knuth's linear recurrence. */
  public void seed(long s) {
    int x = (int) s;
    for (int i = 0; i < N; i++) {
      key[i] = x;
      x = 1812433253 * (x ^ (x >>> 30)) + i + 1;
    }
    pos = N;
  }

  /** {@code np.random.seed([a, b, ...])}: the reference init_by_array. */
  public void seedArray(int[] init) {
    int[] mt = key;
    mt[0] = 19650218;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, init.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + init[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= init.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    pos = N;
  }

  /** A copy of the state, for tests and benchmarks. */
  public MT19937 copy() {
    MT19937 c = new MT19937();
    System.arraycopy(key, 0, c.key, 0, N);
    System.arraycopy(out, 0, c.out, 0, N);
    c.pos = pos;
    return c;
  }

  private void generate() {
    int[] k = key;
    int i = 0;
    for (; i < N - M; i++) {
      int y = (k[i] & UPPER) | (k[i + 1] & LOWER);
      k[i] = k[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; i < N - 1; i++) {
      int y = (k[i] & UPPER) | (k[i + 1] & LOWER);
      k[i] = k[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    int y = (k[N - 1] & UPPER) | (k[0] & LOWER);
    k[N - 1] = k[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    int[] o = out;
    for (int j = 0; j < N; j++) {
      int t = k[j];
      t ^= t >>> 11;
      t ^= (t << 7) & 0x9d2c5680;
      t ^= (t << 15) & 0xefc60000;
      o[j] = t ^ (t >>> 18);
    }
    pos = 0;
  }

  /** The next 32 bits (an unsigned value in an int). */
  @Override
  public int next32() {
    if (pos == N) {
      generate();
    }
    return out[pos++];
  }

  /** Two 32-bit outputs, the first in the high half (numpy's next64). */
  @Override
  public long next64() {
    long hi = next32() & 0xffffffffL;
    return hi << 32 | (next32() & 0xffffffffL);
  }

  /** numpy's random_sample: 27 bits then 26 bits, a double in [0, 1). */
  @Override
  public double nextDouble() {
    int p = pos;
    if (p <= N - 2) {
      pos = p + 2;
      return ((out[p] >>> 5) * 67108864.0 + (out[p + 1] >>> 6)) * 0x1p-53;
    }
    int a = next32() >>> 5;
    int b = next32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  /**
   * {@code n} doubles of {@link #nextDouble} into {@code dst} from {@code off}: whole blocks of
   * 312 are combined straight from the tempered block, with no call per value.
   */
  public void fillDoubles(double[] dst, int off, int n) {
    int end = off + n;
    int o = off;
    int[] k = out;
    while (o < end) {
      if (pos == N) {
        generate();
      }
      if ((pos & 1) != 0 || N - pos < 2) {
        dst[o++] = nextDouble();
        continue;
      }
      int pairs = Math.min((N - pos) >> 1, end - o);
      int p = pos;
      for (int t = 0; t < pairs; t++) {
        dst[o + t] = ((k[p] >>> 5) * 67108864.0 + (k[p + 1] >>> 6)) * 0x1p-53;
        p += 2;
      }
      pos = p;
      o += pairs;
    }
  }
}
