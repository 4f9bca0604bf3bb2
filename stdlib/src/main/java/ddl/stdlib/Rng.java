package ddl.stdlib;

import ddl.stdlib.random.Libm;
import ddl.stdlib.random.MT19937;
import ddl.stdlib.random.PolarNormals;

/**
 * numpy's legacy generator ({@code np.random.seed}, {@code RandomState}), owned by one engine
 * instance so that {@code seed(42)} on one line seeds {@code rand} on the next: a Mersenne Twister
 * and the Gaussian's cached second value. The same seed gives numpy's numbers; the distributions
 * built on it are in {@link ddl.stdlib.random.Legacy}.
 */
public final class Rng {
  /** One entropy source for every generator seeded without a seed (it is thread-safe). */
  private static final java.security.SecureRandom ENTROPY = new java.security.SecureRandom();

  private final MT19937 mt = new MT19937();
  private boolean hasGauss;
  private double gauss;

  /** Seeded from the system's entropy, as {@code np.random.seed(None)}. */
  public Rng() {
    seedFromEntropy();
  }

  /** Seeded as {@code np.random.seed(seed)}, seed in [0, 2**32). */
  public Rng(long seed) {
    seed(seed);
  }

  /** Restarts the stream as {@code np.random.seed(seed)} does, seed in [0, 2**32). */
  public synchronized void seed(long seed) {
    if (seed < 0 || seed > 0xffffffffL) {
      throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
    }
    mt.seed(seed);
    hasGauss = false;
    gauss = 0;
  }

  /** {@code np.random.seed([a, b, ...])}: every word in [0, 2**32). */
  public synchronized void seedArray(int[] words) {
    mt.seedArray(words);
    hasGauss = false;
    gauss = 0;
  }

  /** {@code np.random.seed(None)}: fresh entropy from the system. */
  public synchronized void seedFromEntropy() {
    int[] words = new int[4];
    for (int i = 0; i < words.length; i++) {
      words[i] = ENTROPY.nextInt();
    }
    seedArray(words);
  }

  /** The bit generator itself, for the distributions; callers hold this object's lock. */
  public MT19937 bits() {
    return mt;
  }

  /** Uniform in [0, 1): numpy's random_sample. */
  public synchronized double uniform() {
    return mt.nextDouble();
  }

  /** {@code n} uniforms into {@code out} from {@code off}. */
  public synchronized void fillUniform(double[] out, int off, int n) {
    mt.fillDoubles(out, off, n);
  }

  /** Standard normal: numpy's legacy_gauss, the polar method keeping its second value. */
  public synchronized double normal() {
    return gauss();
  }

  /** The Gaussian of {@link #normal} without taking the lock; callers hold it. */
  public double gauss() {
    if (hasGauss) {
      hasGauss = false;
      double g = gauss;
      gauss = 0;
      return g;
    }
    double x1;
    double x2;
    double r2;
    do {
      x1 = 2.0 * mt.nextDouble() - 1.0;
      x2 = 2.0 * mt.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = Math.sqrt(-2.0 * Libm.log(r2) / r2);
    gauss = f * x1;
    hasGauss = true;
    return f * x2;
  }

  /** {@code loc + scale * gauss} for {@code n} values into {@code out} from {@code off}. */
  public synchronized void fillNormal(double[] out, int off, int n, double loc, double scale) {
    int o = off;
    int end = off + n;
    if (o < end && hasGauss) {
      out[o++] = loc + scale * gauss();
    }
    int pairs = (end - o) / 2;
    PolarNormals.fill(mt, out, o, pairs, loc, scale);
    o += 2 * pairs;
    if (o < end) {
      out[o] = loc + scale * gauss();
    }
  }

  /** Uniform integer in [lo, hi), drawn as numpy's randint draws it. */
  public synchronized long integer(long lo, long hi) {
    return lo + ddl.stdlib.random.Legacy.masked(mt, hi - 1 - lo);
  }
}
