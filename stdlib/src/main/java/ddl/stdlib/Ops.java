package ddl.stdlib;

import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.Elementwise;
import ddl.stdlib.math.UnaryOp;

/**
 * The operators of ddl. Generated code calls these overloads; javac picks the primitive ones where
 * types are known (loops over scalars run at Java speed) and the Object ones otherwise, which
 * dispatch at run time with Python's scalar rules and numpy's tensor rules.
 */
public final class Ops {
  private Ops() {}

  // ---- + - * ---------------------------------------------------------------------------------

  public static long add(long a, long b) {
    return a + b;
  }

  public static double add(double a, double b) {
    return a + b;
  }

  public static Object add(Object a, Object b) {
    if (floats(a, b)) {
      return ((Number) a).doubleValue() + ((Number) b).doubleValue();
    }
    return binary(BinaryOp.ADD, a, b);
  }

  public static long sub(long a, long b) {
    return a - b;
  }

  public static double sub(double a, double b) {
    return a - b;
  }

  public static Object sub(Object a, Object b) {
    if (floats(a, b)) {
      return ((Number) a).doubleValue() - ((Number) b).doubleValue();
    }
    return binary(BinaryOp.SUB, a, b);
  }

  public static long mul(long a, long b) {
    return a * b;
  }

  public static double mul(double a, double b) {
    return a * b;
  }

  public static Object mul(Object a, Object b) {
    if (floats(a, b)) {
      return ((Number) a).doubleValue() * ((Number) b).doubleValue();
    }
    return binary(BinaryOp.MUL, a, b);
  }

  // ---- / // % ** ------------------------------------------------------------------------------

  /** True division: {@code 1 / 2} is 0.5; a scalar zero divisor raises "division by zero". */
  public static double div(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero");
    }
    return a / b;
  }

  /**
   * Python's {@code a / b} on ints: the exact quotient correctly rounded (two doubles divided
   * where both operands are exact as doubles, as they are below 2^53).
   */
  private static final long EXACT = 1L << 53;

  public static double div(long a, long b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (a >= -EXACT && a <= EXACT && b >= -EXACT && b <= EXACT) {
      return (double) a / (double) b;
    }
    return Scalars.trueDivide(java.math.BigInteger.valueOf(a), java.math.BigInteger.valueOf(b));
  }

  public static Object div(Object a, Object b) {
    return binary(BinaryOp.DIV, a, b);
  }

  /**
   * {@code a / b} printing numpy's RuntimeWarning once per statement when a tensor is divided by
   * zero (the result holds inf or nan, as numpy's).
   */
  public static Object div(Context ctx, Object a, Object b) {
    Object r = binary(BinaryOp.DIV, a, b);
    DivisionWarnings.warn(ctx, a, b, "divide", r);
    return r;
  }

  public static Object floordiv(Context ctx, Object a, Object b) {
    Object r = binary(BinaryOp.FLOORDIV, a, b);
    DivisionWarnings.warn(ctx, a, b, "floor_divide", r);
    return r;
  }

  public static Object mod(Context ctx, Object a, Object b) {
    Object r = binary(BinaryOp.MOD, a, b);
    DivisionWarnings.warn(ctx, a, b, "remainder", r);
    return r;
  }

  /**
   * Python's {@code a // b} on two longs.
   *
   * @throws ArithmeticException for a zero divisor, and for {@code Long.MIN_VALUE // -1}, whose
   *     result does not fit (generated code then continues with Python's ints)
   */
  public static long floordiv(long a, long b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (b == -1 && a == Long.MIN_VALUE) {
      throw new ArithmeticException("long overflow");
    }
    return Math.floorDiv(a, b);
  }

  public static double floordiv(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero");
    }
    return BinaryOp.floorDivide(a, b);
  }

  public static Object floordiv(Object a, Object b) {
    return binary(BinaryOp.FLOORDIV, a, b);
  }

  public static long mod(long a, long b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero");
    }
    return Math.floorMod(a, b);
  }

  public static double mod(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero");
    }
    return BinaryOp.remainder(a, b);
  }

  public static Object mod(Object a, Object b) {
    return binary(BinaryOp.MOD, a, b);
  }

  public static double pow(double a, double b) {
    return Math.pow(a, b);
  }

  /**
   * {@code base ** exp} for a non-negative exponent, in a long.
   *
   * @throws ArithmeticException when the result does not fit in a long (generated code then
   *     continues with Python's ints)
   */
  public static long powExact(long base, long exp) {
    if (exp < 0) {
      throw new IllegalArgumentException("negative exponent " + exp);
    }
    long result = 1;
    while (true) {
      if ((exp & 1) != 0) {
        result = Math.multiplyExact(result, base);
      }
      exp >>= 1;
      if (exp == 0) {
        return result;
      }
      // the square is a factor of the result from here on, so its overflow is the result's
      base = Math.multiplyExact(base, base);
    }
  }

  public static Object pow(Object a, Object b) {
    return binary(BinaryOp.POW, a, b);
  }

  public static Object matmul(Object a, Object b) {
    if (a instanceof Overloaded || b instanceof Overloaded) {
      Lang.shared(a);
      Lang.shared(b);
      return Overloaded.find(a, b).apply("matmul", new Object[] {a, b});
    }
    if (a instanceof Tensor && b instanceof Tensor) {
      Tensor x = (Tensor) a;
      Tensor y = (Tensor) b;
      Tensor r = x.matmul(y);
      return x.ndim() == 1 && y.ndim() == 1 ? r.item() : r;
    }
    throw new IllegalArgumentException(
        "matmul: both operands must be tensors, found "
            + Values.typeName(a)
            + " and "
            + Values.typeName(b));
  }

  // ---- fresh temporaries ------------------------------------------------------------------

  /**
   * {@code fresh op other} where {@code fresh} is a tensor the expression just computed and nothing
   * else holds ({@code 2 * x} in {@code 2 * x + 1}): the result is written into it, as numpy reuses
   * its temporaries, when that gives the same dtype and shape; otherwise as {@link #binary}.
   */
  public static Object addFresh(Object fresh, Object other) {
    return InPlace.fresh(BinaryOp.ADD, fresh, other);
  }

  public static Object subFresh(Object fresh, Object other) {
    return InPlace.fresh(BinaryOp.SUB, fresh, other);
  }

  public static Object mulFresh(Object fresh, Object other) {
    return InPlace.fresh(BinaryOp.MUL, fresh, other);
  }

  public static Object divFresh(Context ctx, Object fresh, Object other) {
    if (InPlace.reusable(fresh, other)) {
      Object r = Elementwise.binaryInPlace(BinaryOp.DIV, (Tensor) fresh, other);
      DivisionWarnings.warn(ctx, fresh, other, "divide", r);
      return r;
    }
    return div(ctx, fresh, other);
  }

  // ---- results written into the variable they replace ------------------------------------------

  /**
   * {@code target = a + b} as the dsl compiles it: when {@code target} is a tensor that only this
   * variable refers to (see {@link Tensor#exclusive}) and the result has its dtype and shape, the
   * result is written into it, so that a loop rebinding a variable reuses one block of memory, as
   * numpy's does; otherwise a new tensor, which the variable then refers to alone. {@code target}
   * is null where reuse is off. Operands are evaluated before the target is read or written, so
   * an error leaves the variable as it was.
   */
  public static Object addTo(Object a, Object b, Object target) {
    return InPlace.into(BinaryOp.ADD, a, b, target);
  }

  public static Object subTo(Object a, Object b, Object target) {
    return InPlace.into(BinaryOp.SUB, a, b, target);
  }

  public static Object mulTo(Object a, Object b, Object target) {
    return InPlace.into(BinaryOp.MUL, a, b, target);
  }

  public static Object powTo(Object a, Object b, Object target) {
    return InPlace.into(BinaryOp.POW, a, b, target);
  }

  public static Object divTo(Context ctx, Object a, Object b, Object target) {
    boolean zero = DivisionWarnings.zeroDivisor(a, b); // before b can be overwritten (y = x / y)
    Object r = InPlace.into(BinaryOp.DIV, a, b, target);
    DivisionWarnings.warn(ctx, zero, "divide", r);
    return r;
  }

  /** {@code target = a @ b} as the dsl compiles it: the product written into target when it fits. */
  public static Object matmulTo(Object a, Object b, Object target) {
    return InPlace.matmulInto(a, b, target);
  }

  /**
   * Marks a new result the dsl assigns to a variable as referred to by that variable alone: the
   * value of an arithmetic expression ({@code y = x * x + 1}), which nothing else can hold.
   */
  public static Object owned(Object value) {
    if (value instanceof Tensor) {
      ((Tensor) value).exclusive = true;
    }
    return value;
  }

  // ---- comparisons ----------------------------------------------------------------------------

  public static boolean lt(double a, double b) {
    return a < b;
  }

  public static Object lt(Object a, Object b) {
    return binary(BinaryOp.LT, a, b);
  }

  public static boolean le(double a, double b) {
    return a <= b;
  }

  public static Object le(Object a, Object b) {
    return binary(BinaryOp.LE, a, b);
  }

  public static boolean gt(double a, double b) {
    return a > b;
  }

  public static Object gt(Object a, Object b) {
    return binary(BinaryOp.GT, a, b);
  }

  public static boolean ge(double a, double b) {
    return a >= b;
  }

  public static Object ge(Object a, Object b) {
    return binary(BinaryOp.GE, a, b);
  }

  public static boolean eq(long a, long b) {
    return a == b;
  }

  public static boolean eq(double a, double b) {
    return a == b;
  }

  public static Object eq(Object a, Object b) {
    if (a instanceof Tensor || b instanceof Tensor || a instanceof Overloaded || b instanceof Overloaded) {
      return binary(BinaryOp.EQ, a, b);
    }
    return Values.equal(a, b);
  }

  public static boolean ne(long a, long b) {
    return a != b;
  }

  public static boolean ne(double a, double b) {
    return a != b;
  }

  public static Object ne(Object a, Object b) {
    if (a instanceof Tensor || b instanceof Tensor || a instanceof Overloaded || b instanceof Overloaded) {
      return binary(BinaryOp.NE, a, b);
    }
    return !Values.equal(a, b);
  }

  // ---- & | ^ ~ and unary ----------------------------------------------------------------------

  public static Object and(Object a, Object b) {
    return binary(BinaryOp.AND, a, b);
  }

  public static Object or(Object a, Object b) {
    return binary(BinaryOp.OR, a, b);
  }

  public static Object xor(Object a, Object b) {
    return binary(BinaryOp.XOR, a, b);
  }

  public static long neg(long a) {
    return -a;
  }

  public static double neg(double a) {
    return -a;
  }

  public static Object neg(Object a) {
    if (a instanceof Overloaded) {
      return ((Overloaded) a).unary(UnaryOp.NEG);
    }
    if (a instanceof Tensor) {
      return ((Tensor) a).neg();
    }
    if (Scalars.isInt(a)) {
      return Scalars.negate(a);
    }
    if (a instanceof Boolean) {
      return (Boolean) a ? -1L : 0L;
    }
    if (a instanceof Number) {
      return -((Number) a).doubleValue();
    }
    throw badOperand("unary -", a);
  }

  public static Object pos(Object a) {
    if (a instanceof Tensor || a instanceof Number || a instanceof Overloaded) {
      return a;
    }
    throw badOperand("unary +", a);
  }

  /** {@code ~}: logical not of bools, bitwise not of ints. */
  public static Object invert(Object a) {
    if (a instanceof Overloaded) {
      return ((Overloaded) a).unary(UnaryOp.INVERT);
    }
    if (a instanceof Tensor) {
      return ((Tensor) a).not();
    }
    if (a instanceof Boolean) {
      return !(Boolean) a;
    }
    if (a instanceof Long || a instanceof Integer) {
      return ~((Number) a).longValue();
    }
    if (a instanceof java.math.BigInteger) {
      return Scalars.normalize(((java.math.BigInteger) a).not());
    }
    throw badOperand("unary ~", a);
  }

  /** {@code not a} and {@code !a}. */
  public static boolean not(Object a) {
    return !truth(a);
  }

  /**
   * Python's truth of a value in {@code if}, {@code while}, {@code and}, {@code or}: a tensor of
   * more than one element is numpy's ambiguous-truth error.
   */
  public static boolean truth(Object v) {
    return Truth.of(v);
  }

  public static boolean truth(boolean v) {
    return v;
  }

  // ---- dispatch -------------------------------------------------------------------------------

  /** {@code a op b} for any two ddl values. */
  public static Object binary(BinaryOp op, Object a, Object b) {
    return BinaryDispatch.binary(op, a, b);
  }

  /**
   * A Python float with a float or an int: Scalars' arithmetic for them is IEEE's, taken here
   * before the dispatch (a loop of Object numbers runs interpreted at first).
   */
  private static boolean floats(Object a, Object b) {
    return a instanceof Double ? b instanceof Double || b instanceof Long
        : a instanceof Long && b instanceof Double;
  }

  static boolean isScalar(Object v) {
    return v instanceof Number || v instanceof Boolean;
  }

  static boolean isInt(Object v) {
    return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
  }

  private static IllegalArgumentException badOperand(String op, Object a) {
    return new IllegalArgumentException(
        "bad operand type for " + op + ": '" + Values.typeName(a) + "'");
  }
}
