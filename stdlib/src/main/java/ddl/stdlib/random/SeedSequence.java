package ddl.stdlib.random;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * numpy's {@code SeedSequence}: the seed's 32-bit words hashed into a pool of four words, from
 * which the bit generator's state words are drawn ({@code generate_state}).
 */
public final class SeedSequence {
  private static final int POOL_SIZE = 4;
  private static final int INIT_A = 0x43b0d7e5;
  private static final int MULT_A = 0x931e8875;
  private static final int INIT_B = 0x8b51f9dd;
  private static final int MULT_B = 0x58f38ded;
  private static final int MIX_MULT_L = 0xca01f9dd;
  private static final int MIX_MULT_R = 0x4973f715;

  private final int[] pool = new int[POOL_SIZE];

  /** From the seed's words, lowest first (numpy's {@code _coerce_to_uint32_array}). */
  public SeedSequence(int[] entropy) {
    int[] hashConst = {INIT_A};
    for (int i = 0; i < POOL_SIZE; i++) {
      pool[i] = hashmix(i < entropy.length ? entropy[i] : 0, hashConst);
    }
    for (int src = 0; src < POOL_SIZE; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        if (src != dst) {
          pool[dst] = mix(pool[dst], hashmix(pool[src], hashConst));
        }
      }
    }
    for (int src = POOL_SIZE; src < entropy.length; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        pool[dst] = mix(pool[dst], hashmix(entropy[src], hashConst));
      }
    }
  }

  /** The words of a non-negative integer, lowest first; zero is one word. */
  public static int[] words(BigInteger n) {
    if (n.signum() < 0) {
      throw new IllegalArgumentException("expected non-negative integer");
    }
    List<Integer> w = new ArrayList<>();
    BigInteger mask = BigInteger.valueOf(0xffffffffL);
    if (n.signum() == 0) {
      w.add(0);
    }
    while (n.signum() > 0) {
      w.add(n.and(mask).intValue());
      n = n.shiftRight(32);
    }
    int[] out = new int[w.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = w.get(i);
    }
    return out;
  }

  private static int hashmix(int value, int[] hashConst) {
    value ^= hashConst[0];
    hashConst[0] *= MULT_A;
    value *= hashConst[0];
    return value ^ (value >>> 16);
  }

  private static int mix(int x, int y) {
    int r = MIX_MULT_L * x - MIX_MULT_R * y;
    return r ^ (r >>> 16);
  }

  /** {@code generate_state(n, np.uint64)}: pairs of 32-bit words, the first the low half. */
  public long[] generateState64(int n) {
    int[] w = new int[2 * n];
    int hashConst = INIT_B;
    for (int i = 0; i < w.length; i++) {
      int v = pool[i % POOL_SIZE];
      v ^= hashConst;
      hashConst *= MULT_B;
      v *= hashConst;
      w[i] = v ^ (v >>> 16);
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = (w[2 * i] & 0xffffffffL) | ((long) w[2 * i + 1] << 32);
    }
    return out;
  }
}
