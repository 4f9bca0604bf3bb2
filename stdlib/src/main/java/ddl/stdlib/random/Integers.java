package ddl.stdlib.random;

import ddl.stdlib.Args;
import ddl.stdlib.DType;
import ddl.stdlib.Fn;
import java.math.BigInteger;

/** The bounds and dtype of {@code randint} and {@code integers}, checked as numpy checks them. */
final class Integers {
  private Integers() {}

  /** The closed range [off, off + rng] of a draw, rng unsigned. */
  record Range(long off, long rng) {}

  /** A draw in [0, rng] (rng unsigned): masked rejection (legacy) or Lemire's (Generator). */
  interface Bounded {
    long draw(long rng);
  }

  /** Whether low or high is an array (numpy's broadcast path). */
  static boolean isArray(Object low, Object high) {
    return !(low instanceof Number || low instanceof Boolean)
        || high != null && !(high instanceof Number || high instanceof Boolean);
  }

  /**
   * Integers with array bounds broadcast against each other (and size), one draw per element as
   * numpy's _rand_int64_broadcast; the bounds are checked as numpy checks them first.
   */
  static Object broadcast(Object low, Object high, Object size, boolean closed, DType dtype, Bounded f) {
    if (dtype != DType.INT64) {
      throw new IllegalArgumentException("array bounds are supported for int64 only");
    }
    Object lo = high == null ? 0L : low;
    Object hi = high == null ? low : high;
    // numpy words an order error by whether every low is 0 (the one-argument form)
    boolean zero = java.util.Arrays.stream(ddl.stdlib.Args.tensor(lo, "low").astype(DType.INT64)
        .toLongArray()).allMatch(x -> x == 0);
    String order = zero ? (closed ? "high < 0" : "high <= 0") : (closed ? "low > high" : "low >= high");
    return Draw.ints(size, new Object[] {lo, hi}, v -> {
      if (v[0] < -0x1p63) {
        throw new IllegalArgumentException("low is out of bounds for int64");
      }
      if (v[1] - (closed ? 0 : 1) > 0x1p63 - 1) {
        throw new IllegalArgumentException("high is out of bounds for int64");
      }
      if (closed ? v[0] > v[1] : v[0] >= v[1]) {
        throw new IllegalArgumentException(order);
      }
    },
        v -> (long) v[0] + f.draw((long) v[1] - (closed ? 0 : 1) - (long) v[0]));
  }

  static DType dtype(Object dtype, String function) {
    Object d = dtype instanceof Fn ? ((Fn) dtype).name() : dtype;
    DType t = d == null ? DType.INT64 : Args.dtype(d);
    if (t == DType.FLOAT64) {
      throw new IllegalArgumentException("Unsupported dtype dtype('float64') for " + function);
    }
    return t;
  }

  private static BigInteger big(Object v, String name) {
    if (v instanceof BigInteger) {
      return (BigInteger) v;
    }
    if (v instanceof Double || v instanceof ddl.stdlib.Tensor && ((ddl.stdlib.Tensor) v).dtype() == DType.FLOAT64) {
      double d = Args.toDouble(v, name);
      return BigInteger.valueOf((long) d);
    }
    return BigInteger.valueOf(Args.toLong(v, name));
  }

  /** [low, high) (or [low, high] with endpoint) as numpy's _rand_int64 / _rand_bool bound it. */
  static Range range(Object low, Object high, boolean endpoint, DType dtype) {
    if (high == null) {
      high = low;
      low = 0L;
    }
    BigInteger lo = big(low, "low");
    BigInteger hi = big(high, "high");
    if (!endpoint) {
      hi = hi.subtract(BigInteger.ONE);
    }
    String name = dtype == DType.BOOL ? "bool" : "int64";
    BigInteger min = dtype == DType.BOOL ? BigInteger.ZERO : BigInteger.valueOf(Long.MIN_VALUE);
    BigInteger max = dtype == DType.BOOL ? BigInteger.ONE : BigInteger.valueOf(Long.MAX_VALUE);
    if (lo.compareTo(min) < 0) {
      throw new IllegalArgumentException("low is out of bounds for " + name);
    }
    if (hi.compareTo(max) > 0) {
      throw new IllegalArgumentException("high is out of bounds for " + name);
    }
    if (lo.compareTo(hi) > 0) {
      if (endpoint) {
        throw new IllegalArgumentException(lo.signum() == 0 ? "high < 0" : "low > high");
      }
      throw new IllegalArgumentException(lo.signum() == 0 ? "high <= 0" : "low >= high");
    }
    return new Range(lo.longValue(), hi.subtract(lo).longValue());
  }
}
