package ddl.stdlib.pymath;

import ddl.stdlib.Scalars;
import ddl.stdlib.Tensor;
import ddl.stdlib.Values;
import java.math.BigInteger;

/**
 * Python's {@code math} module on Python scalars: floats in, float out with Python's errors
 * ({@code ValueError: math domain error}, {@code OverflowError: math range error}), and exact
 * integers for {@code factorial comb perm floor ceil}. ValueError and TypeError are
 * IllegalArgumentException, OverflowError and ZeroDivisionError ArithmeticException, as elsewhere.
 */
public final class PyMath {
  private PyMath() {}

  static final String DOMAIN = "math domain error";
  static final String RANGE = "math range error";

  /** A real argument as Python's math converts one: numbers, bools and 0-d tensors. */
  public static double real(Object x) {
    if (x instanceof Number || x instanceof Boolean) {
      return Scalars.toDouble(x);
    }
    if (x instanceof Tensor) {
      Tensor t = (Tensor) x;
      if (t.ndim() != 0) {
        throw new IllegalArgumentException("only 0-dimensional arrays can be converted to Python scalars");
      }
      return t.getDouble(0);
    }
    throw new IllegalArgumentException("must be real number, not " + Values.typeName(x));
  }

  /** An integer argument (Python's operator.index): ints, bools and 0-d int tensors. */
  public static BigInteger integer(Object x) {
    if (x instanceof Long || x instanceof Integer || x instanceof BigInteger) {
      return Scalars.big(x);
    }
    if (x instanceof Boolean) {
      return (Boolean) x ? BigInteger.ONE : BigInteger.ZERO;
    }
    if (x instanceof Tensor && ((Tensor) x).ndim() == 0 && ((Tensor) x).dtype() != ddl.stdlib.DType.FLOAT64) {
      return BigInteger.valueOf(((Tensor) x).getLong(0));
    }
    String type = x instanceof Tensor ? "numpy.float64" : Values.typeName(x);
    throw new IllegalArgumentException("'" + type + "' object cannot be interpreted as an integer");
  }

  /** A float result, with Python's errors: nan from a non-nan input, inf from a finite one. */
  static double checked(double r, double x) {
    if (Double.isNaN(r) && !Double.isNaN(x)) {
      throw new IllegalArgumentException(DOMAIN);
    }
    if (Double.isInfinite(r) && Double.isFinite(x)) {
      throw new ArithmeticException(RANGE);
    }
    return r;
  }

  public static double sqrt(Object x) {
    double v = real(x);
    if (v < 0) {
      throw new IllegalArgumentException(DOMAIN);
    }
    return Math.sqrt(v);
  }

  public static double exp(Object x) {
    double v = real(x);
    return checked(Math.exp(v), v);
  }

  /** Python's log: of any positive int too (by its bit length when it exceeds a double). */
  public static double log(Object x) {
    if (x instanceof BigInteger) {
      BigInteger b = (BigInteger) x;
      if (b.signum() <= 0) {
        throw new IllegalArgumentException(DOMAIN);
      }
      double d = b.doubleValue();
      if (Double.isFinite(d)) {
        return Math.log(d);
      }
      // beyond a double, as Python: the top bits as m in [0.5, 1) times 2**e
      int e = b.bitLength();
      double m = b.shiftRight(e - 60).doubleValue() / 0x1p60;
      return Math.log(m) + Math.log(2) * e;
    }
    double v = real(x);
    if (!(v > 0) && !Double.isNaN(v)) {
      throw new IllegalArgumentException(DOMAIN);
    }
    return Math.log(v);
  }

  /** {@code math.log(x, base)}: log(x) / log(base). */
  public static double log(Object x, Object base) {
    double num = log(x);
    double den = log(base);
    if (den == 0) {
      throw new ArithmeticException("float division by zero");
    }
    return num / den;
  }

  public static double log2(Object x) {
    if (x instanceof BigInteger) {
      return log(x) / Math.log(2);
    }
    double v = positive(x);
    return ddl.stdlib.math.Elementwise.unary(ddl.stdlib.math.UnaryOp.LOG2, Tensor.scalar(v)).getDouble(0);
  }

  public static double log10(Object x) {
    if (x instanceof BigInteger) {
      return log(x) / Math.log(10);
    }
    return Math.log10(positive(x));
  }

  private static double positive(Object x) {
    double v = real(x);
    if (!(v > 0) && !Double.isNaN(v)) {
      throw new IllegalArgumentException(DOMAIN);
    }
    return v;
  }

  /** sin, cos, tan: a domain error for inf. */
  public static double trig(java.util.function.DoubleUnaryOperator f, Object x) {
    double v = real(x);
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException(DOMAIN);
    }
    return f.applyAsDouble(v);
  }

  /** math.floor and math.ceil: an int (exact at any size) from a float; ints unchanged. */
  public static Object floorCeil(Object x, boolean floor) {
    if (x instanceof Long || x instanceof Integer || x instanceof BigInteger) {
      return x instanceof Integer ? (Object) ((Integer) x).longValue() : x;
    }
    if (x instanceof Boolean) {
      return (Boolean) x ? 1L : 0L;
    }
    double v = real(x);
    double r = floor ? Math.floor(v) : Math.ceil(v);
    if (Double.isNaN(r)) {
      throw new IllegalArgumentException("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(r)) {
      throw new ArithmeticException("cannot convert float infinity to integer");
    }
    if (Math.abs(r) < 0x1p63) {
      return (long) r;
    }
    return Scalars.normalize(new java.math.BigDecimal(r).toBigInteger());
  }

  public static Object factorial(Object n) {
    BigInteger v = integer(n);
    if (v.signum() < 0) {
      throw new IllegalArgumentException("factorial() not defined for negative values");
    }
    return Scalars.normalize(product(BigInteger.ONE, v));
  }

  /** The product lo * (lo+1) * ... * hi (1 when hi < lo), split in halves to keep factors even. */
  private static BigInteger product(BigInteger lo, BigInteger hi) {
    int c = hi.compareTo(lo);
    if (c < 0) {
      return BigInteger.ONE;
    }
    if (c == 0) {
      return lo;
    }
    if (hi.subtract(lo).compareTo(BigInteger.valueOf(16)) < 0) {
      BigInteger r = lo;
      for (BigInteger i = lo.add(BigInteger.ONE); i.compareTo(hi) <= 0; i = i.add(BigInteger.ONE)) {
        r = r.multiply(i);
      }
      return r;
    }
    BigInteger mid = lo.add(hi).shiftRight(1);
    return product(lo, mid).multiply(product(mid.add(BigInteger.ONE), hi));
  }

  public static Object comb(Object n, Object k) {
    BigInteger nn = nonNegative(n, "n");
    BigInteger kk = nonNegative(k, "k");
    if (kk.compareTo(nn) > 0) {
      return 0L;
    }
    BigInteger j = kk.min(nn.subtract(kk));
    // n! / (k! (n-k)!) as the falling product over j!: exact
    BigInteger num = product(nn.subtract(j).add(BigInteger.ONE), nn);
    return Scalars.normalize(num.divide(product(BigInteger.ONE, j)));
  }

  public static Object perm(Object n, Object k) {
    BigInteger nn = nonNegative(n, "n");
    if (k == null) {
      return factorial(nn);
    }
    BigInteger kk = nonNegative(k, "k");
    if (kk.compareTo(nn) > 0) {
      return 0L;
    }
    return Scalars.normalize(product(nn.subtract(kk).add(BigInteger.ONE), nn));
  }

  private static BigInteger nonNegative(Object v, String name) {
    BigInteger b = integer(v);
    if (b.signum() < 0) {
      throw new IllegalArgumentException(name + " must be a non-negative integer");
    }
    return b;
  }

  /** Python's math.gamma: a domain error at the poles (0, -1, ...) and -inf, a range error above. */
  public static double gamma(Object x) {
    double v = real(x);
    if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
      return v;
    }
    if (v == Double.NEGATIVE_INFINITY || (v <= 0 && v == Math.rint(v))) {
      throw new IllegalArgumentException(DOMAIN);
    }
    if (v == Math.rint(v) && v <= 23) {
      // exact as Python's: the factorials up to 22! are doubles
      return ((Number) factorial((long) v - 1)).doubleValue();
    }
    if (v > 171.62) {
      throw new ArithmeticException(RANGE);
    }
    // Commons Math overflows on the way above ~141: step down with gamma(x) = (x-1) gamma(x-1)
    double scale = 1;
    while (v > 140) {
      v -= 1;
      scale *= v;
    }
    return org.apache.commons.math3.special.Gamma.gamma(v) * scale;
  }

  /** Python's math.lgamma: log |gamma(x)|; a domain error at the poles, inf at ±inf. */
  public static double lgamma(Object x) {
    double v = real(x);
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Math.abs(v);
    }
    if (v <= 0 && v == Math.rint(v)) {
      throw new IllegalArgumentException(DOMAIN);
    }
    if (v == 1 || v == 2) {
      return 0.0;
    }
    if (v > 0) {
      return org.apache.commons.math3.special.Gamma.logGamma(v);
    }
    // reflection: |gamma(x)| = pi / |sin(pi x) gamma(1 - x)|
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * v)))
        - org.apache.commons.math3.special.Gamma.logGamma(1 - v);
  }

  /** Python's math.isclose: |a-b| <= max(rel_tol * max(|a|, |b|), abs_tol); inf only equals itself. */
  public static boolean isclose(Object a, Object b, Object relTol, Object absTol) {
    double x = real(a);
    double y = real(b);
    double rel = real(relTol);
    double abs = real(absTol);
    if (rel < 0 || abs < 0) {
      throw new IllegalArgumentException("tolerances must be non-negative");
    }
    if (x == y) {
      return true;
    }
    if (Double.isInfinite(x) || Double.isInfinite(y)) {
      return false;
    }
    double diff = Math.abs(y - x);
    return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
  }

  /** Python's math.hypot of any number of coordinates (0.0 for none). */
  public static double hypot(Object[] coords) {
    double r = 0;
    boolean nan = false;
    double[] v = new double[coords.length];
    double max = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.abs(real(coords[i]));
      if (Double.isInfinite(v[i])) {
        return Double.POSITIVE_INFINITY;
      }
      nan |= Double.isNaN(v[i]);
      max = Math.max(max, v[i]);
    }
    if (nan) {
      return Double.NaN;
    }
    if (v.length == 2) {
      return Math.hypot(v[0], v[1]);
    }
    if (max == 0) {
      return 0.0;
    }
    if (max > 1e-150 && max < 1e150) { // no overflow or underflow in the squares
      for (double d : v) {
        r += d * d;
      }
      return Math.sqrt(r);
    }
    for (double d : v) {
      double s = d / max;
      r += s * s;
    }
    return max * Math.sqrt(r);
  }
}
