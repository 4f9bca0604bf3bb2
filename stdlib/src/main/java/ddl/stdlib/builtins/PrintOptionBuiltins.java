package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Context;
import ddl.stdlib.Opt;
import ddl.stdlib.PyDict;
import ddl.stdlib.format.PrintOptions;

/** numpy's {@code set_printoptions} and {@code get_printoptions}, per session. */
public final class PrintOptionBuiltins {
  private PrintOptionBuiltins() {}

  @Builtin(doc = "sets how this session prints tensors, as numpy's set_printoptions: digits after"
      + " the point (precision=8), summarising above threshold=1000 elements with edgeitems=3 at"
      + " each end, linewidth=75, suppress=false (true: no scientific notation for small"
      + " numbers), sign=\"-\" (\"+\", \" \"), floatmode=\"maxprec\"; options not given stay",
      example = "set_printoptions(precision=3, suppress=true); print([1/3, 1e-9])"
          + "  # => [0.333 0.   ]\nset_printoptions(precision=8, suppress=false)")
  public static void set_printoptions(Context ctx, @Opt("None") Object precision,
      @Opt("None") Object threshold, @Opt("None") Object edgeitems, @Opt("None") Object linewidth,
      @Opt("None") Object suppress, @Opt("None") Object sign, @Opt("None") Object floatmode) {
    PrintOptions o = ctx.printOptions();
    if (precision != null) {
      o = o.withPrecision(integer(precision, "precision"));
    }
    if (threshold != null) {
      o = o.withThreshold(integer(threshold, "threshold"));
    }
    if (edgeitems != null) {
      o = o.withEdgeitems(integer(edgeitems, "edgeitems"));
    }
    if (linewidth != null) {
      o = o.withLinewidth(integer(linewidth, "linewidth"));
    }
    if (suppress != null) {
      o = o.withSuppress(Args.toBool(suppress, "suppress"));
    }
    if (sign != null) {
      String s = String.valueOf(sign);
      if (s.length() != 1) {
        throw new IllegalArgumentException("sign option must be one of ' ', '+', or '-'");
      }
      o = o.withSign(s.charAt(0));
    }
    if (floatmode != null) {
      o = o.withFloatmode(String.valueOf(floatmode));
    }
    ctx.setPrintOptions(o);
  }

  /** An integer option; inf (numpy's way to never summarise: threshold=inf) is the largest int. */
  private static int integer(Object v, String name) {
    if (v instanceof Double && ((Double) v).isInfinite() && (Double) v > 0) {
      return Integer.MAX_VALUE;
    }
    if (!(v instanceof Long || v instanceof Integer || v instanceof Boolean)) {
      throw new IllegalArgumentException(name + " must be an integer");
    }
    return Args.toInt(v, name);
  }

  @Builtin(doc = "this session's print options, as numpy's get_printoptions dict",
      example = "get_printoptions()[\"precision\"]  # => 8")
  public static PyDict get_printoptions(Context ctx) {
    PrintOptions o = ctx.printOptions();
    PyDict d = new PyDict();
    d.put("edgeitems", (long) o.edgeitems());
    d.put("threshold", o.threshold() == Integer.MAX_VALUE ? (Object) Double.POSITIVE_INFINITY
        : (Object) (long) o.threshold());
    d.put("floatmode", o.floatmode());
    d.put("precision", (long) o.precision());
    d.put("suppress", o.suppress());
    d.put("linewidth", (long) o.linewidth());
    d.put("nanstr", "nan");
    d.put("infstr", "inf");
    d.put("sign", String.valueOf(o.sign()));
    d.put("formatter", null);
    d.put("legacy", false);
    d.put("override_repr", null);
    return d;
  }
}
