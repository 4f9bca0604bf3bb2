package ddl.stdlib;

import ddl.stdlib.format.ArrayFormat;
import ddl.stdlib.format.PrintOptions;
import ddl.stdlib.format.PyFloat;

/** How ddl values are named, compared and printed (SPEC §3, "Printing"). */
public final class Values {
  private Values() {}

  /** Python's TypeError for an operator its operands do not support. */
  public static IllegalArgumentException unsupported(String symbol, Object a, Object b) {
    return new IllegalArgumentException("unsupported operand type(s) for " + symbol + ": '"
        + typeName(a) + "' and '" + typeName(b) + "'");
  }

  /** The ddl name of a value's type, as used in error messages: {@code int}, {@code tensor}. */
  public static String typeName(Object o) {
    if (o == null) {
      return "None";
    }
    if (o instanceof Long || o instanceof Integer || o instanceof java.math.BigInteger) {
      return "int";
    }
    if (o instanceof Double || o instanceof Float) {
      return "float";
    }
    if (o instanceof Boolean) {
      return "bool";
    }
    if (o instanceof String) {
      return "str";
    }
    if (o instanceof Tensor) {
      return "tensor";
    }
    if (o instanceof Tuple) {
      return ((Tuple) o).typeName();
    }
    if (o instanceof PyList) {
      return "list";
    }
    if (o instanceof PyDict) {
      return "dict";
    }
    if (o instanceof Fn) {
      return "function";
    }
    return o.getClass().getSimpleName();
  }

  /** Python's {@code ==} on non-tensor values: numbers by value, the rest by equals. */
  public static boolean equal(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return (Boolean) Scalars.binary(ddl.stdlib.math.BinaryOp.EQ, a, b);
    }
    if (a instanceof DType && b instanceof String || a instanceof String && b instanceof DType) {
      return a.toString().equals(b.toString()); // numpy: a.dtype == "int64"
    }
    return a == null ? b == null : a.equals(b);
  }

  /** What {@code print(v)} shows: numpy's str for tensors, Python's for scalars, strings raw. */
  public static String str(Object v, PrintOptions options) {
    if (v instanceof String) {
      return (String) v;
    }
    return display(v, options);
  }

  /** {@link #display(Object, PrintOptions)} with numpy's default print options. */
  public static String display(Object v) {
    return display(v, PrintOptions.DEFAULTS);
  }

  /**
   * What the REPL shows for a result: like {@link #str} but strings quoted ({@code "rent"}); Java
   * booleans as {@code true}/{@code false}.
   */
  public static String display(Object v, PrintOptions options) {
    return display(v, options, () -> {});
  }

  /**
   * {@link #display(Object, PrintOptions)} that runs {@code check} every few thousand elements of
   * a tensor: a check that throws (such as {@link Context#check} after Ctrl-C) stops it.
   */
  public static String display(Object v, PrintOptions options, Runnable check) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Double || v instanceof Float) {
      return PyFloat.repr(((Number) v).doubleValue());
    }
    if (v instanceof Tensor) {
      return ArrayFormat.str((Tensor) v, options, check);
    }
    if (v instanceof String) {
      return quote((String) v);
    }
    if (v instanceof DType) {
      return ((DType) v).numpyName();
    }
    return String.valueOf(v);
  }

  /** numpy's / Python's {@code repr}. */
  public static String repr(Object v) {
    return repr(v, PrintOptions.DEFAULTS);
  }

  public static String repr(Object v, PrintOptions options) {
    if (v instanceof Tensor) {
      return ArrayFormat.repr((Tensor) v, options);
    }
    if (v instanceof String) {
      return "'" + ((String) v).replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    if (v instanceof DType) {
      return "dtype('" + v + "')";
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? "True" : "False";
    }
    return display(v, options);
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
