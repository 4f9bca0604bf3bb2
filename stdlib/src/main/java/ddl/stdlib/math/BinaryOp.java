package ddl.stdlib.math;

import ddl.stdlib.DType;

/**
 * numpy's binary ufuncs with their rules for result types and their scalar kernels, which follow
 * numpy's C loops (floor division and modulo as {@code npy_divmod}).
 */
public enum BinaryOp {
  ADD("add", "+"),
  SUB("subtract", "-"),
  MUL("multiply", "*"),
  DIV("divide", "/"),
  FLOORDIV("floor_divide", "//"),
  MOD("remainder", "%"),
  POW("power", "**"),
  LT("less", "<"),
  LE("less_equal", "<="),
  GT("greater", ">"),
  GE("greater_equal", ">="),
  EQ("equal", "=="),
  NE("not_equal", "!="),
  AND("bitwise_and", "&"),
  OR("bitwise_or", "|"),
  XOR("bitwise_xor", "^"),
  MAXIMUM("maximum", "maximum"),
  MINIMUM("minimum", "minimum"),
  FMOD("fmod", "fmod"),
  ARCTAN2("arctan2", "arctan2"),
  HYPOT("hypot", "hypot"),
  HEAVISIDE("heaviside", "heaviside"),
  FLOAT_POWER("float_power", "float_power");

  private final String ufunc;
  private final String symbol;

  BinaryOp(String ufunc, String symbol) {
    this.ufunc = ufunc;
    this.symbol = symbol;
  }

  public String ufunc() {
    return ufunc;
  }

  public String symbol() {
    return symbol;
  }

  public boolean isComparison() {
    return ordinal() >= LT.ordinal() && ordinal() <= NE.ordinal();
  }

  /** The dtype the kernel runs in, given numpy's promoted type of the operands. */
  public DType computeType(DType promoted) {
    switch (this) {
      case DIV:
      case ARCTAN2:
      case HYPOT:
      case HEAVISIDE:
      case FLOAT_POWER:
        return DType.FLOAT64;
      case FLOORDIV:
      case MOD:
      case FMOD:
      case POW:
        // numpy computes these in int8 for bools; int64 here gives the same values
        return promoted == DType.BOOL ? DType.INT64 : promoted;
      case AND:
      case OR:
      case XOR:
        if (promoted == DType.FLOAT64) {
          throw new IllegalArgumentException(
              "ufunc '"
                  + ufunc
                  + "' not supported for the input types, and the inputs could not be safely"
                  + " coerced to any supported types according to the casting rule ''safe''");
        }
        return promoted;
      case SUB:
        if (promoted == DType.BOOL) {
          throw new IllegalArgumentException(
              "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor,"
                  + " the `^` operator, or the logical_xor function instead.");
        }
        return promoted;
      default:
        return promoted;
    }
  }

  /** The dtype of the result for a kernel running in {@code compute}. */
  public DType resultType(DType compute) {
    return isComparison() ? DType.BOOL : compute;
  }

  /** The float64 kernel. */
  public double apply(double a, double b) {
    switch (this) {
      case ADD:
        return a + b;
      case SUB:
        return a - b;
      case MUL:
        return a * b;
      case DIV:
        return a / b;
      case FLOORDIV:
        return floorDivide(a, b);
      case MOD:
        return remainder(a, b);
      case POW:
        return Math.pow(a, b);
      case MAXIMUM:
        // nan wins; of two equal values (-0.0 and 0.0) the second, as numpy's loops on x86
        return a > b || Double.isNaN(a) ? a : b;
      case MINIMUM:
        return a < b || Double.isNaN(a) ? a : b;
      case FMOD:
        return a % b; // C's fmod: the sign of the dividend
      case ARCTAN2:
        return Math.atan2(a, b);
      case HYPOT:
        return Math.hypot(a, b);
      case HEAVISIDE:
        return a < 0 ? 0.0 : a > 0 ? 1.0 : a == 0 ? b : a;
      case FLOAT_POWER:
        return Math.pow(a, b);
      default:
        throw new IllegalStateException(name());
    }
  }

  /** The int64 kernel (two's complement wrap-around on overflow, as numpy). */
  public long apply(long a, long b) {
    switch (this) {
      case ADD:
        return a + b;
      case SUB:
        return a - b;
      case MUL:
        return a * b;
      case FLOORDIV:
        return floorDivide(a, b);
      case MOD:
        return remainder(a, b);
      case POW:
        return power(a, b);
      case AND:
        return a & b;
      case OR:
        return a | b;
      case XOR:
        return a ^ b;
      case MAXIMUM:
        return Math.max(a, b);
      case MINIMUM:
        return Math.min(a, b);
      case FMOD:
        return b == 0 ? 0 : a % b; // C's %: truncated; numpy gives 0 for a zero divisor
      default:
        throw new IllegalStateException(name());
    }
  }

  /** The bool kernel: + is or, * is and, as numpy's bool loops. */
  public boolean apply(boolean a, boolean b) {
    switch (this) {
      case ADD:
      case OR:
      case MAXIMUM:
        return a | b;
      case MUL:
      case AND:
      case MINIMUM:
        return a & b;
      case XOR:
        return a ^ b;
      default:
        throw new IllegalStateException(name());
    }
  }

  /** A comparison of doubles; any comparison with nan is false except {@code !=}. */
  public boolean test(double a, double b) {
    switch (this) {
      case LT:
        return a < b;
      case LE:
        return a <= b;
      case GT:
        return a > b;
      case GE:
        return a >= b;
      case EQ:
        return a == b;
      case NE:
        return a != b;
      default:
        throw new IllegalStateException(name());
    }
  }

  public boolean test(long a, long b) {
    switch (this) {
      case LT:
        return a < b;
      case LE:
        return a <= b;
      case GT:
        return a > b;
      case GE:
        return a >= b;
      case EQ:
        return a == b;
      case NE:
        return a != b;
      default:
        throw new IllegalStateException(name());
    }
  }

  /** numpy's {@code npy_floor_divide} for doubles. */
  public static double floorDivide(double a, double b) {
    if (b == 0) {
      return a / b;
    }
    double mod = a % b; // C fmod
    double div = (a - mod) / b;
    if (mod != 0 && ((b < 0) != (mod < 0))) {
      div -= 1.0;
    }
    if (div != 0) {
      double floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
      return floordiv;
    }
    return Math.copySign(0.0, a / b);
  }

  /** numpy's {@code npy_remainder} for doubles: the sign of the divisor. */
  public static double remainder(double a, double b) {
    if (b == 0) {
      return a % b; // nan, as fmod
    }
    double mod = a % b;
    if (mod != 0) {
      if ((b < 0) != (mod < 0)) {
        mod += b;
      }
    } else {
      mod = Math.copySign(0.0, b);
    }
    return mod;
  }

  /** Floor division of longs; numpy gives 0 for a zero divisor (with a warning). */
  public static long floorDivide(long a, long b) {
    if (b == 0) {
      return 0;
    }
    if (a == Long.MIN_VALUE && b == -1) {
      return Long.MIN_VALUE;
    }
    return Math.floorDiv(a, b);
  }

  /** Python's modulo of longs; numpy gives 0 for a zero divisor. */
  public static long remainder(long a, long b) {
    if (b == 0) {
      return 0;
    }
    if (b == -1) {
      return 0;
    }
    return Math.floorMod(a, b);
  }

  /** Integer power by squaring; negative exponents are numpy's ValueError. */
  public static long power(long base, long exp) {
    if (exp < 0) {
      throw new IllegalArgumentException("Integers to negative integer powers are not allowed.");
    }
    long result = 1;
    while (exp > 0) {
      if ((exp & 1) != 0) {
        result *= base;
      }
      base *= base;
      exp >>= 1;
    }
    return result;
  }
}
