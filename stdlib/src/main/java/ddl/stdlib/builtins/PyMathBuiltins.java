package ddl.stdlib.builtins;

import ddl.stdlib.Builtin;
import ddl.stdlib.Opt;
import ddl.stdlib.Rest;
import ddl.stdlib.pymath.PyMath;
import ddl.stdlib.pymath.Sums;

/**
 * Python's {@code math} module ({@code math.comb}, {@code math.sqrt}, ...): Python scalars in,
 * Python's results and errors out; integers exact at any size. numpy's elementwise versions of the
 * same functions are the un-prefixed built-ins ({@code sqrt}, {@code floor}).
 */
public final class PyMathBuiltins {
  private PyMathBuiltins() {}

  @Builtin(name = "math.sqrt", doc = "the square root of x (a ValueError for x < 0)",
      example = "math.sqrt(2)  # => 1.4142135623730951")
  public static double sqrt(Object x) {
    return PyMath.sqrt(x);
  }

  @Builtin(name = "math.exp", doc = "e to the power x (an OverflowError beyond the largest float)",
      example = "math.exp(1)  # => 2.718281828459045")
  public static double exp(Object x) {
    return PyMath.exp(x);
  }

  @Builtin(name = "math.log", doc = "the natural logarithm of x, or its logarithm to base",
      example = "math.log(8, 2)  # => 3.0")
  public static double log(Object x, @Opt("None") Object base) {
    return base == null ? PyMath.log(x) : PyMath.log(x, base);
  }

  @Builtin(name = "math.log2", doc = "the base-2 logarithm of x", example = "math.log2(1024)  # => 10.0")
  public static double log2(Object x) {
    return PyMath.log2(x);
  }

  @Builtin(name = "math.log10", doc = "the base-10 logarithm of x", example = "math.log10(1000)  # => 3.0")
  public static double log10(Object x) {
    return PyMath.log10(x);
  }

  @Builtin(name = "math.sin", doc = "the sine of x (radians)", example = "math.sin(0)  # => 0.0")
  public static double sin(Object x) {
    return PyMath.trig(Math::sin, x);
  }

  @Builtin(name = "math.cos", doc = "the cosine of x (radians)", example = "math.cos(0)  # => 1.0")
  public static double cos(Object x) {
    return PyMath.trig(Math::cos, x);
  }

  @Builtin(name = "math.tan", doc = "the tangent of x (radians)", example = "math.tan(0)  # => 0.0")
  public static double tan(Object x) {
    return PyMath.trig(Math::tan, x);
  }

  @Builtin(name = "math.atan2", doc = "the angle of the point (x, y) in radians, in [-pi, pi]",
      example = "math.atan2(1, 1)  # => 0.7853981633974483")
  public static double atan2(Object y, Object x) {
    return Math.atan2(PyMath.real(y), PyMath.real(x));
  }

  @Builtin(name = "math.hypot", doc = "the Euclidean norm of the coordinates, sqrt(sum of squares)",
      example = "math.hypot(3, 4)  # => 5.0")
  public static double hypot(@Rest Object[] coordinates) {
    return PyMath.hypot(coordinates);
  }

  @Builtin(name = "math.fabs", doc = "the absolute value of x as a float", example = "math.fabs(-2)  # => 2.0")
  public static double fabs(Object x) {
    return Math.abs(PyMath.real(x));
  }

  @Builtin(name = "math.floor", doc = "the largest int not above x (an int, exact at any size)",
      example = "math.floor(-2.5)  # => -3")
  public static Object floor(Object x) {
    return PyMath.floorCeil(x, true);
  }

  @Builtin(name = "math.ceil", doc = "the smallest int not below x (an int, exact at any size)",
      example = "math.ceil(2.1)  # => 3")
  public static Object ceil(Object x) {
    return PyMath.floorCeil(x, false);
  }

  @Builtin(name = "math.factorial", doc = "n! exactly (a Python int of any size)",
      example = "math.factorial(30)  # => 265252859812191058636308480000000")
  public static Object factorial(Object n) {
    return PyMath.factorial(n);
  }

  @Builtin(name = "math.comb", doc = "the number of ways to choose k of n items, exactly (0 when k > n)",
      example = "math.comb(50, 10)  # => 10272278170")
  public static Object comb(Object n, Object k) {
    return PyMath.comb(n, k);
  }

  @Builtin(name = "math.perm", doc = "the number of ordered choices of k of n items (n! when k is None)",
      example = "math.perm(5, 2)  # => 20")
  public static Object perm(Object n, @Opt("None") Object k) {
    return PyMath.perm(n, k);
  }

  @Builtin(name = "math.gamma", doc = "the gamma function (gamma(n) is (n-1)!)",
      example = "math.gamma(0.5)  # => 1.772453850905516")
  public static double gamma(Object x) {
    return PyMath.gamma(x);
  }

  @Builtin(name = "math.lgamma", doc = "the natural logarithm of |gamma(x)|",
      example = "math.lgamma(10)  # => 12.801827480081469")
  public static double lgamma(Object x) {
    return PyMath.lgamma(x);
  }

  @Builtin(name = "math.isclose", doc = "whether a and b are equal within max(rel_tol * max(|a|, |b|),"
      + " abs_tol)", example = "math.isclose(1.0, 1.0 + 1e-10)  # => true")
  public static boolean isclose(Object a, Object b, @Opt("1e-09") Object rel_tol,
      @Opt("0.0") Object abs_tol) {
    return PyMath.isclose(a, b, rel_tol, abs_tol);
  }

  @Builtin(name = "math.isnan", doc = "whether x is nan", example = "math.isnan(nan)  # => true")
  public static boolean isnan(Object x) {
    return Double.isNaN(PyMath.real(x));
  }

  @Builtin(name = "math.isinf", doc = "whether x is inf or -inf", example = "math.isinf(-inf)  # => true")
  public static boolean isinf(Object x) {
    return Double.isInfinite(PyMath.real(x));
  }

  @Builtin(name = "math.isfinite", doc = "whether x is neither inf nor nan",
      example = "math.isfinite(1e308)  # => true")
  public static boolean isfinite(Object x) {
    return Double.isFinite(PyMath.real(x));
  }

  @Builtin(name = "math.fsum", doc = "the exactly rounded float sum of the items",
      example = "math.fsum([0.1, 0.2, 0.3])  # => 0.6")
  public static double fsum(Object iterable) {
    return Sums.fsum(iterable);
  }

  @Builtin(name = "math.prod", doc = "start times the product of the items (ints exact)",
      example = "math.prod([1, 2, 3, 4])  # => 24")
  public static Object prod(Object iterable, @Opt("1") Object start) {
    return Sums.prod(iterable, start);
  }
}
