package ddl.stdlib;

import ddl.stdlib.math.BinaryOp;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python's arithmetic on Java scalars: {@code /} gives Double, bools count as ints, and ints are
 * Python's: exact at any size, a {@link Long} while the value fits and a {@link BigInteger} beyond
 * (every result that fits in a long is a Long again).
 */
public final class Scalars {
  private Scalars() {}

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  /** Integers up to 2^53 in magnitude are exact as doubles. */
  private static final long EXACT_DOUBLE = 1L << 53;

  static Object binary(BinaryOp op, Object a, Object b) {
    if (a instanceof Boolean && b instanceof Boolean) {
      boolean x = (Boolean) a;
      boolean y = (Boolean) b;
      switch (op) {
        case AND:
          return x & y;
        case OR:
          return x | y;
        case XOR:
          return x ^ y;
        case EQ:
          return x == y;
        case NE:
          return x != y;
        default:
          break;
      }
    }
    boolean ints = !(a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float);
    if (ints && (a instanceof BigInteger || b instanceof BigInteger)) {
      Object r = bigBinary(op, big(a), big(b));
      if (r != null) {
        return r;
      }
    } else if (ints) {
      Object r = longBinary(op, asLong(a), asLong(b));
      if (r != null) {
        return r;
      }
    } else if (op.isComparison()) {
      return compare(op, a, b);
    }
    double x = toDouble(asNumber(a));
    double y = toDouble(asNumber(b));
    switch (op) {
      case ADD:
        return x + y;
      case SUB:
        return x - y;
      case MUL:
        return x * y;
      case DIV:
        return Ops.div(x, y);
      case FLOORDIV:
        return Ops.floordiv(x, y);
      case MOD:
        return Ops.mod(x, y);
      case POW:
        return Math.pow(x, y);
      case MAXIMUM:
        return BinaryOp.MAXIMUM.apply(x, y);
      case MINIMUM:
        return BinaryOp.MINIMUM.apply(x, y);
      default:
        throw Values.unsupported(op.symbol(), a, b);
    }
  }

  /** Python's int op int on two longs, going to BigInteger where a result does not fit. */
  private static Object longBinary(BinaryOp op, long x, long y) {
    switch (op) {
      case ADD: {
        long r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? BigInteger.valueOf(x).add(BigInteger.valueOf(y)) : (Object) r;
      }
      case SUB: {
        long r = x - y;
        return ((x ^ y) & (x ^ r)) < 0 ? BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)) : (Object) r;
      }
      case MUL: {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0)
            ? (Object) lo
            : BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
      }
      case DIV:
        return Ops.div(x, y);
      case FLOORDIV:
        if (x == Long.MIN_VALUE && y == -1) {
          return LONG_MIN.negate();
        }
        return Ops.floordiv(x, y);
      case MOD:
        return Ops.mod(x, y);
      case POW:
        if (y < 0) {
          return Math.pow(x, y);
        }
        return pow(BigInteger.valueOf(x), BigInteger.valueOf(y));
      case LT:
        return x < y;
      case LE:
        return x <= y;
      case GT:
        return x > y;
      case GE:
        return x >= y;
      case EQ:
        return x == y;
      case NE:
        return x != y;
      case AND:
        return x & y;
      case OR:
        return x | y;
      case XOR:
        return x ^ y;
      case MAXIMUM:
        return Math.max(x, y);
      case MINIMUM:
        return Math.min(x, y);
      default:
        return null;
    }
  }

  /** Python's int op int where an operand is a BigInteger; null for an operator ints lack. */
  private static Object bigBinary(BinaryOp op, BigInteger x, BigInteger y) {
    switch (op) {
      case ADD:
        return normalize(x.add(y));
      case SUB:
        return normalize(x.subtract(y));
      case MUL:
        return normalize(x.multiply(y));
      case DIV:
        return trueDivide(x, y);
      case FLOORDIV:
        return normalize(floorDivide(x, y));
      case MOD:
        return normalize(floorMod(x, y));
      case POW:
        if (y.signum() < 0) {
          return Math.pow(toDouble(x), y.doubleValue());
        }
        return pow(x, y);
      case LT:
        return x.compareTo(y) < 0;
      case LE:
        return x.compareTo(y) <= 0;
      case GT:
        return x.compareTo(y) > 0;
      case GE:
        return x.compareTo(y) >= 0;
      case EQ:
        return x.equals(y);
      case NE:
        return !x.equals(y);
      case AND:
        return normalize(x.and(y));
      case OR:
        return normalize(x.or(y));
      case XOR:
        return normalize(x.xor(y));
      case MAXIMUM:
        return normalize(x.max(y));
      case MINIMUM:
        return normalize(x.min(y));
      default:
        return null;
    }
  }

  /** A comparison with a float operand, exact as Python's (an int is not rounded to a double). */
  private static boolean compare(BinaryOp op, Object a, Object b) {
    Object x = asNumber(a);
    Object y = asNumber(b);
    double dx = x instanceof Double || x instanceof Float ? ((Number) x).doubleValue() : 0;
    double dy = y instanceof Double || y instanceof Float ? ((Number) y).doubleValue() : 0;
    boolean fx = x instanceof Double || x instanceof Float;
    boolean fy = y instanceof Double || y instanceof Float;
    if ((fx && Double.isNaN(dx)) || (fy && Double.isNaN(dy))) {
      return op == BinaryOp.NE;
    }
    int c;
    if (fx && fy) {
      c = dx < dy ? -1 : dx > dy ? 1 : 0;
    } else if (fx) {
      c = -compareIntFloat(y, dx);
    } else {
      c = compareIntFloat(x, dy);
    }
    switch (op) {
      case LT:
        return c < 0;
      case LE:
        return c <= 0;
      case GT:
        return c > 0;
      case GE:
        return c >= 0;
      case EQ:
        return c == 0;
      default:
        return c != 0;
    }
  }

  /** The sign of {@code i - d} for an int and a float that is not nan, computed exactly. */
  static int compareIntFloat(Object i, double d) {
    if (!(i instanceof BigInteger)) {
      long l = ((Number) i).longValue();
      if (l >= -EXACT_DOUBLE && l <= EXACT_DOUBLE) {
        double x = l;
        return x < d ? -1 : x > d ? 1 : 0;
      }
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? -1 : 1;
    }
    return new BigDecimal(big(i)).compareTo(new BigDecimal(d));
  }

  // ---- ints of any size --------------------------------------------------------------------

  /** Whether a value is a Python int (bool aside): a Java integral boxed type or a BigInteger. */
  public static boolean isInt(Object v) {
    return v instanceof Long
        || v instanceof Integer
        || v instanceof BigInteger
        || v instanceof Short
        || v instanceof Byte;
  }

  /** {@code v} as a Long when it fits, else the BigInteger itself: the form every int result takes. */
  public static Object normalize(BigInteger v) {
    return v.bitLength() <= 63 ? (Object) v.longValue() : v;
  }

  /** A Python int (or bool) as a BigInteger. */
  public static BigInteger big(Object v) {
    if (v instanceof BigInteger) {
      return (BigInteger) v;
    }
    return BigInteger.valueOf(asLong(v));
  }

  /**
   * A number as a double, as Python's {@code float(int)} (correctly rounded).
   *
   * @throws ArithmeticException Python's OverflowError for an int beyond the largest double
   */
  public static double toDouble(Object v) {
    if (v instanceof BigInteger) {
      double d = ((BigInteger) v).doubleValue();
      if (Double.isInfinite(d)) {
        throw new ArithmeticException("int too large to convert to float");
      }
      return d;
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? 1 : 0;
    }
    return ((Number) v).doubleValue();
  }

  /**
   * An int as a Java long, as numpy stores a Python int into an int64 array.
   *
   * @throws ArithmeticException numpy's OverflowError for an int that does not fit
   */
  public static long toLong(Object v) {
    if (v instanceof BigInteger) {
      BigInteger b = (BigInteger) v;
      if (b.bitLength() > 63) {
        throw new ArithmeticException("Python int too large to convert to C long");
      }
      return b.longValue();
    }
    return asLong(v);
  }

  /**
   * An int used as an index or a count, as Python's {@code __index__} into a Py_ssize_t.
   *
   * @throws IndexOutOfBoundsException Python's IndexError for an int that does not fit
   */
  public static long toIndex(Object v) {
    if (v instanceof BigInteger && ((BigInteger) v).bitLength() > 63) {
      throw new IndexOutOfBoundsException("cannot fit 'int' into an index-sized integer");
    }
    return toLong(v);
  }

  /** Python's {@code -x} of an int. */
  public static Object negate(Object v) {
    if (v instanceof BigInteger) {
      return normalize(((BigInteger) v).negate());
    }
    long x = asLong(v);
    return x == Long.MIN_VALUE ? LONG_MIN.negate() : (Object) (-x);
  }

  /** Python's {@code abs(x)} of an int. */
  public static Object abs(Object v) {
    if (v instanceof BigInteger) {
      return normalize(((BigInteger) v).abs());
    }
    long x = asLong(v);
    return x == Long.MIN_VALUE ? LONG_MIN.negate() : (Object) Math.abs(x);
  }

  /** Python's {@code x ** y} for a non-negative int exponent. */
  static Object pow(BigInteger x, BigInteger y) {
    if (x.signum() == 0 || x.equals(BigInteger.ONE)) {
      return y.signum() == 0 ? 1L : normalize(x);
    }
    if (x.equals(BigInteger.ONE.negate())) {
      return y.testBit(0) ? -1L : 1L;
    }
    if (y.bitLength() > 31) {
      throw new ArithmeticException("exponent too large: " + y);
    }
    return normalize(x.pow(y.intValue()));
  }

  /** Python's {@code x // y} on ints (rounding toward negative infinity). */
  static BigInteger floorDivide(BigInteger x, BigInteger y) {
    if (y.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    BigInteger[] qr = x.divideAndRemainder(y);
    return qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** Python's {@code x % y} on ints (the sign of the divisor). */
  static BigInteger floorMod(BigInteger x, BigInteger y) {
    if (y.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    BigInteger r = x.remainder(y);
    return r.signum() != 0 && r.signum() != y.signum() ? r.add(y) : r;
  }

  /**
   * Python's {@code x / y} on ints: the exact quotient correctly rounded to a double (as CPython's
   * long_true_divide), not the quotient of the two operands rounded to doubles first.
   *
   * @throws ArithmeticException for a zero divisor, and Python's OverflowError for a quotient
   *     beyond the largest double
   */
  public static double trueDivide(BigInteger x, BigInteger y) {
    if (y.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    boolean negative = x.signum() * y.signum() < 0;
    BigInteger a = x.abs();
    BigInteger b = y.abs();
    if (a.bitLength() <= 53 && b.bitLength() <= 53) {
      return x.doubleValue() / y.doubleValue(); // both exact: one rounding, IEEE's
    }
    if (a.signum() == 0) {
      return negative ? -0.0 : 0.0;
    }
    // a quotient of 56 or 57 bits, its lowest bit set when inexact: the rounding to 53 bits that
    // doubleValue does then is the rounding of the exact quotient
    int shift = b.bitLength() - a.bitLength() + 56;
    BigInteger n = shift > 0 ? a.shiftLeft(shift) : a;
    BigInteger d = shift < 0 ? b.shiftLeft(-shift) : b;
    BigInteger[] qr = n.divideAndRemainder(d);
    BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
    double r = Math.scalb(q.doubleValue(), -shift);
    if (Double.isInfinite(r)) {
      throw new ArithmeticException("integer division result too large for a float");
    }
    return negative ? -r : r;
  }

  static long asLong(Object v) {
    return v instanceof Boolean ? ((Boolean) v ? 1 : 0) : ((Number) v).longValue();
  }

  static Object asNumber(Object v) {
    return v instanceof Boolean ? (Object) ((Boolean) v ? 1L : 0L) : v;
  }
}
