package ddl.stdlib.math;

import ddl.stdlib.DType;

/** numpy's unary ufuncs with their result types. */
public enum UnaryOp {
  NEG("negative"),
  ABS("absolute"),
  INVERT("invert"),
  EXP("exp"),
  LOG("log"),
  SQRT("sqrt"),
  SIN("sin"),
  COS("cos"),
  TANH("tanh"),
  FLOOR("floor"),
  CEIL("ceil"),
  TRUNC("trunc"),
  RINT("rint"),
  SIGN("sign"),
  LOG1P("log1p"),
  EXPM1("expm1"),
  LOG2("log2"),
  LOG10("log10"),
  EXP2("exp2"),
  SINH("sinh"),
  COSH("cosh"),
  ARCSIN("arcsin"),
  ARCCOS("arccos"),
  ARCTAN("arctan"),
  RECIPROCAL("reciprocal"),
  SQUARE("square"),
  CBRT("cbrt"),
  DEG2RAD("deg2rad"),
  RAD2DEG("rad2deg");

  private final String ufunc;

  UnaryOp(String ufunc) {
    this.ufunc = ufunc;
  }

  public String ufunc() {
    return ufunc;
  }

  /**
   * The result dtype: transcendental functions give float64; the others keep the dtype (floor,
   * ceil and trunc of ints and bools too, as numpy 2). numpy computes bool inputs of square and
   * reciprocal in int8 and of the transcendental functions in float16, which ddl does not have:
   * int64 and float64 here.
   */
  public DType resultType(DType in) {
    switch (this) {
      case NEG:
        if (in == DType.BOOL) {
          throw new IllegalArgumentException(
              "The numpy boolean negative, the `-` operator, is not supported, use the `~`"
                  + " operator or the logical_not function instead.");
        }
        return in;
      case ABS:
      case FLOOR:
      case CEIL:
      case TRUNC:
        return in;
      case SIGN:
        if (in == DType.BOOL) {
          throw new IllegalArgumentException("ufunc 'sign' did not contain a loop with signature"
              + " matching types <class 'numpy.dtypes.BoolDType'> -> None");
        }
        return in;
      case SQUARE:
      case RECIPROCAL:
        return in == DType.BOOL ? DType.INT64 : in;
      case INVERT:
        if (in == DType.FLOAT64) {
          throw new IllegalArgumentException(
              "ufunc 'invert' not supported for the input types, and the inputs could not be"
                  + " safely coerced to any supported types according to the casting rule ''safe''");
        }
        return in;
      default:
        return DType.FLOAT64;
    }
  }

  public double apply(double x) {
    switch (this) {
      case NEG:
        return -x;
      case ABS:
        return Math.abs(x);
      case EXP:
        return Math.exp(x);
      case LOG:
        return Math.log(x);
      case SQRT:
        return Math.sqrt(x);
      case SIN:
        return Math.sin(x);
      case COS:
        return Math.cos(x);
      case TANH:
        return Math.tanh(x);
      case FLOOR:
        return Math.floor(x);
      case CEIL:
        return Math.ceil(x);
      case TRUNC:
        return x < 0 ? Math.ceil(x) : Math.floor(x);
      case RINT:
        return Math.rint(x);
      case SIGN:
        return x > 0 ? 1.0 : x < 0 ? -1.0 : x == 0 ? 0.0 : x;
      case LOG1P:
        return Math.log1p(x);
      case EXPM1:
        return Math.expm1(x);
      case LOG2:
        return log2(x);
      case LOG10:
        return Math.log10(x);
      case EXP2:
        return Math.pow(2, x);
      case SINH:
        return Math.sinh(x);
      case COSH:
        return Math.cosh(x);
      case ARCSIN:
        return Math.asin(x);
      case ARCCOS:
        return Math.acos(x);
      case ARCTAN:
        return Math.atan(x);
      case RECIPROCAL:
        return 1.0 / x;
      case SQUARE:
        return x * x;
      case CBRT:
        return Math.cbrt(x);
      case DEG2RAD:
        return x * (Math.PI / 180.0); // numpy's constant factor, not Java's toRadians order
      case RAD2DEG:
        return x * (180.0 / Math.PI);
      default:
        throw new IllegalStateException(name());
    }
  }

  public long apply(long x) {
    switch (this) {
      case NEG:
        return -x;
      case ABS:
        return Math.abs(x);
      case INVERT:
        return ~x;
      case FLOOR:
      case CEIL:
      case TRUNC:
        return x;
      case SIGN:
        return Long.signum(x);
      case SQUARE:
        return x * x;
      case RECIPROCAL:
        // numpy computes 1.0 / x and casts: 1 and -1 stay, others truncate to 0, and 1/0 (inf)
        // casts to the smallest int64 on x86, as numpy's result shows
        return x == 0 ? Long.MIN_VALUE : x == 1 || x == -1 ? x : 0;
      default:
        throw new IllegalStateException(name());
    }
  }

  /**
   * Whether an infinite result from the finite input x is numpy's "divide by zero" (a pole, as
   * log(0) or 1/0) rather than an overflow.
   */
  public boolean poleAt(double x) {
    switch (this) {
      case LOG:
      case LOG2:
      case LOG10:
      case LOG1P:
        return true;
      case RECIPROCAL:
        return x == 0;
      default:
        return false;
    }
  }

  private static final double INV_LN2 = 1 / Math.log(2);

  /**
   * log2, exact at powers of two: the exponent plus the log of the significand, read from the
   * bits; the significand is kept in [sqrt(1/2), sqrt(2)) so its logarithm stays small.
   */
  static double log2(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int biased = (int) (bits >>> 52); // the sign bit set means x < 0 (or -0.0)
    if (biased == 0 || biased >= 0x7ff) { // zero, subnormal, negative, inf, nan
      if (x > 0 && x < Double.MIN_NORMAL) {
        return log2(x * 0x1p54) - 54;
      }
      return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
    }
    long frac = bits & 0x000f_ffff_ffff_ffffL;
    int e = biased - 1023;
    if (frac == 0) {
      return e;
    }
    if (frac > 0x6a09e667f3bcdL) { // significand above sqrt(2): halve it
      e++;
      frac |= 0x3fe0_0000_0000_0000L;
    } else {
      frac |= 0x3ff0_0000_0000_0000L;
    }
    return e + Math.log(Double.longBitsToDouble(frac)) * INV_LN2;
  }
}
