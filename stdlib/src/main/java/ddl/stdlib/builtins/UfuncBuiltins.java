package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Opt;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.UnaryOp;
import ddl.stdlib.math.Ufuncs;

/**
 * numpy's elementwise functions (ufuncs) beyond exp, log, sqrt, sin, cos and tanh: numpy's names,
 * result dtypes, broadcasting and RuntimeWarnings. A tensor in gives a tensor out; numbers in give
 * a number out, as numpy gives a numpy scalar.
 */
public final class UfuncBuiltins {
  private UfuncBuiltins() {}

  @Builtin(doc = "the largest integer not above each element (ints and bools unchanged)",
      example = "floor([-1.5, 1.5])  # => [-2.  1.]")
  public static Object floor(Object x) {
    return unary(UnaryOp.FLOOR, x);
  }

  @Builtin(doc = "the smallest integer not below each element (ints and bools unchanged)",
      example = "ceil([-1.5, 1.5])  # => [-1.  2.]")
  public static Object ceil(Object x) {
    return unary(UnaryOp.CEIL, x);
  }

  @Builtin(doc = "each element rounded toward zero (ints and bools unchanged)",
      example = "trunc([-1.7, 1.7])  # => [-1.  1.]")
  public static Object trunc(Object x) {
    return unary(UnaryOp.TRUNC, x);
  }

  @Builtin(doc = "each element rounded to the nearest integer, halves to even (float64)",
      example = "rint([0.5, 1.5, 2.5])  # => [0. 2. 2.]")
  public static Object rint(Object x) {
    return unary(UnaryOp.RINT, x);
  }

  @Builtin(doc = "values rounded to the given decimals, halves to even, as numpy computes it"
      + " (x * 10**decimals, rint, divided back; decimals may be negative)",
      example = "round([0.5, 1.5, 2.675], 2)  # => [0.5  1.5  2.68]", aliases = "around")
  public static Object round(Object a, @Opt("0") Object decimals) {
    Tensor r = Ufuncs.round(Args.tensor(a, "a"), Args.toInt(decimals, "decimals"));
    return scalar(a) ? r.item() : r;
  }

  @Builtin(doc = "-1, 0 or 1 by the sign of each element (nan stays nan)",
      example = "sign([-3, 0, 2])  # => [-1  0  1]")
  public static Object sign(Object x) {
    return unary(UnaryOp.SIGN, x);
  }

  @Builtin(doc = "log(1 + x), accurate for small x", example = "log1p(1e-10)  # => 9.999999999500001e-11")
  public static Object log1p(Object x) {
    return unary(UnaryOp.LOG1P, x);
  }

  @Builtin(doc = "exp(x) - 1, accurate for small x", example = "expm1(1e-10)  # => 1.00000000005e-10")
  public static Object expm1(Object x) {
    return unary(UnaryOp.EXPM1, x);
  }

  @Builtin(doc = "the base-2 logarithm of each element", example = "log2([1, 8, 0.5])  # => [ 0.  3. -1.]")
  public static Object log2(Object x) {
    return unary(UnaryOp.LOG2, x);
  }

  @Builtin(doc = "the base-10 logarithm of each element", example = "log10([1, 1000])  # => [0. 3.]")
  public static Object log10(Object x) {
    return unary(UnaryOp.LOG10, x);
  }

  @Builtin(doc = "2 to the power of each element", example = "exp2([0, 3, -1])  # => [1.  8.  0.5]")
  public static Object exp2(Object x) {
    return unary(UnaryOp.EXP2, x);
  }

  @Builtin(doc = "the hyperbolic sine of each element", example = "sinh(0)  # => 0.0")
  public static Object sinh(Object x) {
    return unary(UnaryOp.SINH, x);
  }

  @Builtin(doc = "the hyperbolic cosine of each element", example = "cosh(0)  # => 1.0")
  public static Object cosh(Object x) {
    return unary(UnaryOp.COSH, x);
  }

  @Builtin(doc = "the inverse sine of each element (nan outside [-1, 1], with numpy's warning)",
      example = "arcsin(1)  # => 1.5707963267948966")
  public static Object arcsin(Object x) {
    return unary(UnaryOp.ARCSIN, x);
  }

  @Builtin(doc = "the inverse cosine of each element (nan outside [-1, 1], with numpy's warning)",
      example = "arccos([1, 0])  # => [0.         1.57079633]")
  public static Object arccos(Object x) {
    return unary(UnaryOp.ARCCOS, x);
  }

  @Builtin(doc = "the inverse tangent of each element", example = "arctan(1)  # => 0.7853981633974483")
  public static Object arctan(Object x) {
    return unary(UnaryOp.ARCTAN, x);
  }

  @Builtin(doc = "1 / x of each element (ints: truncated, as numpy)",
      example = "reciprocal([1.0, 2.0, 4.0])  # => [1.   0.5  0.25]")
  public static Object reciprocal(Object x) {
    return unary(UnaryOp.RECIPROCAL, x);
  }

  @Builtin(doc = "x * x of each element (ints stay int64)", example = "square([1, -2, 3])  # => [1 4 9]")
  public static Object square(Object x) {
    return unary(UnaryOp.SQUARE, x);
  }

  @Builtin(doc = "the cube root of each element (negative for negative x)",
      example = "cbrt([27, -8])  # => [ 3. -2.]")
  public static Object cbrt(Object x) {
    return unary(UnaryOp.CBRT, x);
  }

  @Builtin(doc = "degrees converted to radians", example = "deg2rad(180)  # => 3.141592653589793")
  public static Object deg2rad(Object x) {
    return unary(UnaryOp.DEG2RAD, x);
  }

  @Builtin(doc = "radians converted to degrees", example = "rad2deg(pi / 2)  # => 90.0")
  public static Object rad2deg(Object x) {
    return unary(UnaryOp.RAD2DEG, x);
  }

  @Builtin(doc = "elementwise: whether each element is nan", example = "isnan([1, nan])  # => [False  True]")
  public static Object isnan(Object x) {
    return test(Ufuncs.Test.NAN, x);
  }

  @Builtin(doc = "elementwise: whether each element is inf or -inf",
      example = "isinf([1, inf, -inf])  # => [False  True  True]")
  public static Object isinf(Object x) {
    return test(Ufuncs.Test.INF, x);
  }

  @Builtin(doc = "elementwise: whether each element is neither inf nor nan",
      example = "isfinite([1, inf, nan])  # => [ True False False]")
  public static Object isfinite(Object x) {
    return test(Ufuncs.Test.FINITE, x);
  }

  @Builtin(doc = "nan, inf and -inf replaced by nan=0.0, posinf and neginf (by default the"
      + " largest and smallest float64); in place when copy=false",
      example = "nan_to_num([nan, 1, inf], posinf=9)  # => [0. 1. 9.]")
  public static Object nan_to_num(Object x, @Opt("true") Object copy, @Opt("0.0") Object nan,
      @Opt("None") Object posinf, @Opt("None") Object neginf) {
    Tensor r = Ufuncs.nanToNum(Args.tensor(x, "x"), Args.toBool(copy, "copy"),
        Args.toDouble(nan, "nan"), posinf == null ? null : Args.toDouble(posinf, "posinf"),
        neginf == null ? null : Args.toDouble(neginf, "neginf"));
    return scalar(x) ? r.item() : r;
  }

  // ---- binary ---------------------------------------------------------------------------------

  @Builtin(doc = "x1 to the power x2, elementwise (ints to negative int powers are an error)",
      example = "power([1, 2, 3], 2)  # => [1 4 9]")
  public static Object power(Object x1, Object x2) {
    return binary(BinaryOp.POW, x1, x2);
  }

  @Builtin(doc = "x1 to the power x2 in float64 (negative int powers allowed)",
      example = "float_power(2, -1)  # => 0.5")
  public static Object float_power(Object x1, Object x2) {
    return binary(BinaryOp.FLOAT_POWER, x1, x2);
  }

  @Builtin(doc = "the angle of the point (x2, x1) in radians, in [-pi, pi]",
      example = "arctan2(1, -1)  # => 2.356194490192345")
  public static Object arctan2(Object x1, Object x2) {
    return binary(BinaryOp.ARCTAN2, x1, x2);
  }

  @Builtin(doc = "sqrt(x1**2 + x2**2) without overflow, elementwise",
      example = "hypot(3, [4, 0])  # => [5. 3.]")
  public static Object hypot(Object x1, Object x2) {
    return binary(BinaryOp.HYPOT, x1, x2);
  }

  @Builtin(doc = "the step function: 0 where x1 < 0, x2 where x1 == 0, 1 where x1 > 0",
      example = "heaviside([-1, 0, 2], 0.5)  # => [0.  0.5 1. ]")
  public static Object heaviside(Object x1, Object x2) {
    return binary(BinaryOp.HEAVISIDE, x1, x2);
  }

  @Builtin(doc = "C's remainder: the sign of the dividend x1", example = "fmod([-5, 5], 3)  # => [-2  2]")
  public static Object fmod(Object x1, Object x2) {
    return binary(BinaryOp.FMOD, x1, x2);
  }

  @Builtin(doc = "Python's remainder, as the % operator: the sign of the divisor x2",
      example = "remainder([-5, 5], 3)  # => [1 2]", aliases = "mod")
  public static Object remainder(Object x1, Object x2) {
    return binary(BinaryOp.MOD, x1, x2);
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** A number, as numpy's Python scalars: a result of numbers only is a number. */
  static boolean scalar(Object x) {
    return x instanceof Number || x instanceof Boolean;
  }

  private static Object unary(UnaryOp op, Object x) {
    Tensor r = Ufuncs.unary(op, Args.tensor(x, "x"));
    return scalar(x) ? r.item() : r;
  }

  private static Object test(Ufuncs.Test kind, Object x) {
    Tensor r = Ufuncs.test(kind, Args.tensor(x, "x"));
    return scalar(x) ? r.item() : r;
  }

  private static Object binary(BinaryOp op, Object x1, Object x2) {
    Tensor r = Ufuncs.binary(op, Args.tensor(x1, "x1"), Args.tensor(x2, "x2"));
    return scalar(x1) && scalar(x2) ? r.item() : r;
  }
}
