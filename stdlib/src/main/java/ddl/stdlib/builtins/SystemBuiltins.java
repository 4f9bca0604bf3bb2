package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Context;
import ddl.stdlib.Opt;
import ddl.stdlib.Range;
import ddl.stdlib.Rest;
import ddl.stdlib.Scalars;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.Values;
import ddl.stdlib.format.PrintOptions;
import ddl.stdlib.nd4j.Nd4jBridge;

/** Printing, ranges, conversions and the session's settings. */
public final class SystemBuiltins {
  private SystemBuiltins() {}

  @Builtin(doc = "prints values separated by spaces (strings without quotes)",
      example = "print(\"x is\", [1, 2])  # => x is [1 2]")
  public static void print(Context ctx, @Rest Object[] values, @Opt("\" \"") Object sep,
      @Opt("\"\\n\"") Object end) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(Values.str(values[i], ctx.printOptions()));
    }
    sb.append(end);
    ctx.out().print(sb);
    ctx.out().flush();
  }

  @Builtin(doc = "numpy's repr text of a value", example = "repr([1, 2, 3])  # => \"array([1, 2, 3])\"")
  public static String repr(Context ctx, Object value) {
    return Values.repr(value, ctx.printOptions());
  }

  @Builtin(doc = "the text print shows for a value", example = "str(0.1)  # => \"0.1\"")
  public static String str(Context ctx, Object value) {
    return Values.str(value, ctx.printOptions());
  }

  @Builtin(
      doc = "sets how tensors print, as numpy's set_printoptions; returns the options in force",
      example = "printoptions(precision=4)")
  public static Object printoptions(Context ctx, @Opt("None") Object precision,
      @Opt("None") Object threshold, @Opt("None") Object edgeitems,
      @Opt("None") Object linewidth, @Opt("None") Object suppress) {
    PrintOptions o = ctx.printOptions();
    if (precision != null) {
      o = o.withPrecision(Args.toInt(precision, "precision"));
    }
    if (threshold != null) {
      o = o.withThreshold(Args.toInt(threshold, "threshold"));
    }
    if (edgeitems != null) {
      o = o.withEdgeitems(Args.toInt(edgeitems, "edgeitems"));
    }
    if (linewidth != null) {
      o = o.withLinewidth(Args.toInt(linewidth, "linewidth"));
    }
    if (suppress != null) {
      o = o.withSuppress(Args.toBool(suppress, "suppress"));
    }
    ctx.setPrintOptions(o);
    return null;
  }

  @Builtin(doc = "the integers start, start+step, ... before stop", example = "range(3)  # => range(0, 3)")
  public static Range range(Object start, @Opt("None") Object stop, @Opt("1") Object step) {
    if (stop == null) {
      return new Range(0, Args.toLong(start, "stop"), 1);
    }
    return new Range(Args.toLong(start, "start"), Args.toLong(stop, "stop"), Args.toLong(step, "step"));
  }

  @Builtin(doc = "the ND4J backend in use: \"cpu\" or \"cuda\"", example = "backend()  # => \"cpu\"")
  public static String backend() {
    return Nd4jBridge.backend();
  }

  @Builtin(name = "float", doc = "a number or string as a float", example = "float(\"2.5\")  # => 2.5")
  public static double toFloat(Object x) {
    if (x instanceof String) {
      try {
        return Double.parseDouble(((String) x).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("could not convert string to float: '" + x + "'");
      }
    }
    return Args.toDouble(x, "x");
  }

  @Builtin(name = "bool", doc = "Python's truth value of x (a tensor: of its single element);"
      + " as a dtype, astype(bool)", example = "bool(0.0)  # => false")
  public static boolean toBool(@Opt("false") Object x) {
    return ddl.stdlib.Ops.truth(x);
  }

  @Builtin(name = "int", doc = "a number or string as an integer (floats truncate)",
      example = "int(2.7)  # => 2")
  public static Object toInt(Object x) {
    if (x instanceof String) {
      try {
        return Scalars.normalize(new java.math.BigInteger(((String) x).trim().replace("_", "")));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("invalid literal for int() with base 10: '" + x + "'");
      }
    }
    if (x instanceof Double || x instanceof Float) {
      return truncate(((Number) x).doubleValue());
    }
    if (x instanceof Tensor) {
      Tensor t = (Tensor) x;
      return t.dtype() == ddl.stdlib.DType.FLOAT64 ? truncate(t.getDouble(0)) : (Object) t.getLong(0);
    }
    if (x instanceof java.math.BigInteger) {
      return Scalars.normalize((java.math.BigInteger) x);
    }
    return Args.toLong(x, "x");
  }

  /** Python's {@code int(float)}: the float's exact value rounded toward zero. */
  private static Object truncate(double d) {
    if (Double.isNaN(d)) {
      throw new IllegalArgumentException("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw new ArithmeticException("cannot convert float infinity to integer");
    }
    if (Math.abs(d) < 0x1p63) {
      return (long) d;
    }
    return Scalars.normalize(new java.math.BigDecimal(d).toBigInteger());
  }

  @Builtin(doc = "the name of a value's type", example = "type(1.5)  # => \"float\"")
  public static String type(Object x) {
    return Values.typeName(x);
  }

  @Builtin(doc = "a tuple of the given values", example = "tuple(3, 4)  # => (3, 4)")
  public static Tuple tuple(@Rest Object[] items) {
    return Tuple.of(items);
  }
}
