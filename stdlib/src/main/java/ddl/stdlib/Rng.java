package ddl.stdlib;

import java.util.SplittableRandom;

/**
 * A random generator owned by one engine instance, so that {@code seed(42)} on one line seeds
 * {@code rand} on the next (ND4J's generator is thread-local, and each evaluation may run on a new
 * thread). Not numpy's stream: the same seed gives the same numbers in ddl, not numpy's numbers.
 */
public final class Rng {
  private SplittableRandom random;
  private double spare = Double.NaN;

  public Rng() {
    this.random = new SplittableRandom();
  }

  public Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Restarts the stream from {@code seed}. */
  public synchronized void seed(long seed) {
    random = new SplittableRandom(seed);
    spare = Double.NaN;
  }

  /** Uniform in [0, 1). */
  public synchronized double uniform() {
    return random.nextDouble();
  }

  /** Standard normal, by the polar Box–Muller method. */
  public synchronized double normal() {
    if (!Double.isNaN(spare)) {
      double s = spare;
      spare = Double.NaN;
      return s;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double m = Math.sqrt(-2 * Math.log(s) / s);
    spare = v * m;
    return u * m;
  }

  /** Uniform integer in [lo, hi). */
  public synchronized long integer(long lo, long hi) {
    return random.nextLong(lo, hi);
  }
}
