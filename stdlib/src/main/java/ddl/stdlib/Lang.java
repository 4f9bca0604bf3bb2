package ddl.stdlib;

import ddl.stdlib.index.Ellipsis;
import ddl.stdlib.index.Indexing;
import ddl.stdlib.index.Slice;
import ddl.stdlib.math.BinaryOp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The non-operator forms of the language that generated code calls: array literals, indexing and
 * index assignment, in-place updates, iteration, calling a function value. Like {@link Ops}, it
 * dispatches on the run-time types of ddl values.
 */
public final class Lang {
  private Lang() {}

  /** {@code [a, b, c]}: numbers give a 1-D tensor; tensors of one shape are stacked, as np.array. */
  public static Object array(Object... items) {
    Overloaded o = Overloaded.find(items);
    if (o != null) {
      return o.apply("array", items);
    }
    double[] numbers = floats(items);
    if (numbers != null) {
      return Tensor.wrap(numbers, numbers.length);
    }
    for (Object item : items) {
      if (item instanceof String) {
        throw new IllegalArgumentException(
            "array elements must be numbers or tensors, found a string (\"" + item + "\")");
      }
      if (item == null) {
        throw new IllegalArgumentException("array elements must be numbers or tensors, found None");
      }
    }
    return Tensor.array(Arrays.asList(items));
  }

  /**
   * {@code [a, b, ...]} of Python floats (and ints beside at least one float) as float64 values,
   * as numpy converts them; null for any other items.
   */
  private static double[] floats(Object[] items) {
    boolean anyDouble = false;
    for (Object item : items) {
      if (item instanceof Double) {
        anyDouble = true;
      } else if (!(item instanceof Long)) {
        return null;
      }
    }
    if (!anyDouble) {
      return null;
    }
    double[] out = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      out[i] = ((Number) items[i]).doubleValue();
    }
    return out;
  }

  /** {@code (a, b)} */
  public static Tuple tuple(Object... items) {
    return Tuple.of(items);
  }

  /** {@code start:stop:step} inside an index; omitted parts are null. */
  public static Slice slice(Object start, Object stop, Object step) {
    return Slice.of(bound(start, "start"), bound(stop, "stop"), bound(step, "step"));
  }

  private static Long bound(Object v, String what) {
    if (v == null) {
      return null;
    }
    if (v instanceof Long || v instanceof Integer) {
      return ((Number) v).longValue();
    }
    throw new IndexOutOfBoundsException(
        "slice indices must be integers or None, found " + Args.describe(v) + " as " + what);
  }

  /** {@code ...} inside an index. */
  public static Object ellipsis() {
    return Ellipsis.INSTANCE;
  }

  /** {@code target[items]} for tensors, tuples, strings, tables and Java lists and maps. */
  public static Object getitem(Object target, Object... items) {
    if (target instanceof Overloaded) {
      Object[] all = new Object[items.length + 1];
      all[0] = target;
      System.arraycopy(items, 0, all, 1, items.length);
      return ((Overloaded) target).apply("getitem", all);
    }
    if (target instanceof Tensor) {
      return Indexing.get((Tensor) target, items);
    }
    if (target instanceof List && items.length == 1) {
      List<?> l = (List<?>) target;
      if (items[0] instanceof Slice) {
        Slice s = (Slice) items[0];
        Slice.Indices r = s.indices(l.size());
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        for (int k = 0, i = r.start(); k < r.length(); k++, i += r.step()) {
          out.add(l.get(i));
        }
        return target instanceof Tuple ? Tuple.copyOf(out) : out;
      }
      int i = Args.toInt(items[0], "index");
      int n = l.size();
      if (i < -n || i >= n) {
        throw new IndexOutOfBoundsException(
            (target instanceof Tuple ? "tuple" : "list") + " index out of range");
      }
      return l.get(i < 0 ? i + n : i);
    }
    if (target instanceof String && items.length == 1) {
      String s = (String) target;
      if (items[0] instanceof Slice) {
        Slice.Indices r = ((Slice) items[0]).indices(s.length());
        StringBuilder out = new StringBuilder();
        for (int k = 0, i = r.start(); k < r.length(); k++, i += r.step()) {
          out.append(s.charAt(i));
        }
        return out.toString();
      }
      int i = Args.toInt(items[0], "index");
      if (i < -s.length() || i >= s.length()) {
        throw new IndexOutOfBoundsException("string index out of range");
      }
      int k = i < 0 ? i + s.length() : i;
      return s.substring(k, k + 1);
    }
    if (target instanceof Map && items.length == 1) {
      Map<?, ?> m = (Map<?, ?>) target;
      if (!m.containsKey(items[0])) {
        throw new IllegalArgumentException("no key " + Values.repr(items[0]) + "; the keys are " + m.keySet());
      }
      return m.get(items[0]);
    }
    if (target == null || target instanceof Number || target instanceof Boolean || target instanceof Fn) {
      // Python's TypeError, not the lookup of a get method below that these values lack
      throw new IllegalArgumentException("'" + pythonType(target) + "' object is not subscriptable");
    }
    if (items.length == 1) {
      return Members.invoke(target, "get", items[0]);
    }
    // obj[i, j] on a Java object with a get(i, j) method: a figure's panels
    for (java.lang.reflect.Method m : target.getClass().getMethods()) {
      if (m.getName().equals("get") && m.getParameterCount() == items.length) {
        return Members.invoke(target, "get", items);
      }
    }
    throw new IllegalArgumentException("'" + pythonType(target) + "' object is not subscriptable");
  }

  /** {@code target[items] = value} */
  @SuppressWarnings("unchecked")
  public static void setitem(Object target, Object value, Object... items) {
    if (target instanceof Tensor) {
      Indexing.set((Tensor) target, value, items);
      return;
    }
    if (target instanceof Map && items.length == 1) {
      ((Map<Object, Object>) target).put(items[0], value);
      return;
    }
    if (target instanceof List && !(target instanceof Tuple) && items.length == 1) {
      List<Object> l = (List<Object>) target;
      int i = Args.toInt(items[0], "index");
      l.set(i < 0 ? i + l.size() : i, value);
      return;
    }
    throw new IllegalArgumentException(
        "'" + pythonType(target) + "' object does not support item assignment");
  }

  /** The type Python names in its TypeErrors: None's type is NoneType. */
  private static String pythonType(Object v) {
    return v == null ? "NoneType" : Values.typeName(v);
  }

  /** {@code target[items] op= value}: the item read once and written back. */
  public static void augitem(Object target, String op, Object value, Object... items) {
    Object current = getitem(target, items);
    if (current instanceof Tensor) {
      inplace(op, current, value); // a view: the update writes through
      if (((Tensor) current).sharesStorage((Tensor) target)) {
        return;
      }
      setitem(target, current, items);
      return;
    }
    Object updated = op.equals("matmul") ? Ops.matmul(current, value)
        : Ops.binary(binaryOp(op), current, value);
    setitem(target, updated, items);
  }

  /**
   * {@code x op= value}: in place on a tensor (numpy's rule: the result keeps x's dtype), a new
   * value otherwise. Returns what x holds afterwards.
   */
  public static Object inplace(String op, Object x, Object value) {
    if (op.equals("matmul")) {
      return matmulInPlace(x, value);
    }
    BinaryOp b = binaryOp(op);
    if (x instanceof Tensor && !(value instanceof Overloaded)) {
      return ddl.stdlib.math.Elementwise.binaryInPlace(b, (Tensor) x, value);
    }
    if (b == BinaryOp.POW && x instanceof Tensor == false && value instanceof Tensor == false
        && x instanceof Overloaded == false) {
      return Ops.pow(x, value);
    }
    return Ops.binary(b, x, value);
  }

  /**
   * {@code x @= y}: numpy's in-place matrix product, written into x when the product has x's
   * shape and a dtype x can hold; a new value when x is not a tensor.
   */
  private static Object matmulInPlace(Object x, Object value) {
    if (!(x instanceof Tensor)) {
      if (!(value instanceof Tensor) && !(value instanceof Overloaded) && !(x instanceof Overloaded)) {
        throw Values.unsupported("@=", x, value);
      }
      return Ops.matmul(x, value);
    }
    Tensor a = (Tensor) x;
    Object product = Ops.matmul(a, value);
    if (!(product instanceof Tensor) || a.ndim() < 1 || ((Tensor) product).ndim() < 1
        || value instanceof Tensor && ((Tensor) value).ndim() < 2) {
      throw new IllegalArgumentException("inplace matrix multiplication requires the first operand"
          + " to have at least one and the second at least two dimensions.");
    }
    Tensor r = (Tensor) product;
    if (!java.util.Arrays.equals(r.shape(), a.shape())) {
      int k = a.shape(a.ndim() - 1);
      int m = r.shape(r.ndim() - 1);
      throw new IllegalArgumentException("matmul: Output operand 0 has a mismatch in its core"
          + " dimension 1, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size " + k
          + " is different from " + m + ")");
    }
    if (r.dtype().ordinal() > a.dtype().ordinal()) {
      throw new IllegalArgumentException("Cannot cast ufunc 'matmul' output from dtype('" + r.dtype()
          + "') to dtype('" + a.dtype() + "') with casting rule 'same_kind'");
    }
    ddl.stdlib.math.Elementwise.assign(a, r);
    return a;
  }

  private static BinaryOp binaryOp(String op) {
    switch (op) {
      case "add":
        return BinaryOp.ADD;
      case "sub":
        return BinaryOp.SUB;
      case "mul":
        return BinaryOp.MUL;
      case "div":
        return BinaryOp.DIV;
      case "floordiv":
        return BinaryOp.FLOORDIV;
      case "mod":
        return BinaryOp.MOD;
      case "pow":
        return BinaryOp.POW;
      case "and":
        return BinaryOp.AND;
      case "or":
        return BinaryOp.OR;
      default:
        throw new IllegalArgumentException("no in-place operator " + op);
    }
  }

  /** What {@code for v in x} iterates: rows of a tensor, items of a tuple or list, a range. */
  @SuppressWarnings("unchecked")
  public static Iterable<Object> iter(Object x) {
    if (x instanceof Tensor) {
      return Indexing.rows((Tensor) x);
    }
    if (x instanceof Iterable) {
      return (Iterable<Object>) x;
    }
    if (x instanceof String) {
      String s = (String) x;
      return () -> s.codePoints().mapToObj(c -> (Object) new String(Character.toChars(c))).iterator();
    }
    if (x instanceof Map) {
      return ((Map<Object, Object>) x).keySet();
    }
    throw new IllegalArgumentException("'" + Values.typeName(x) + "' object is not iterable");
  }

  /** {@code f(args)} where f is a value: a function value or a Java functional object. */
  public static Object call(Object f, Object... args) {
    if (f instanceof Fn) {
      return ((Fn) f).call(args);
    }
    if (f == null) {
      throw new IllegalArgumentException("'None' object is not callable");
    }
    if (f instanceof java.util.function.Function && args.length == 1) {
      return ((java.util.function.Function<Object, Object>) f).apply(args[0]);
    }
    if (f instanceof java.util.function.Supplier && args.length == 0) {
      return ((java.util.function.Supplier<Object>) f).get();
    }
    throw new IllegalArgumentException("'" + Values.typeName(f) + "' object is not callable");
  }

  /** {@code a, b = value}: the items of a tuple, list, range or the rows of a tensor. */
  public static Object[] unpack(Object value, int n) {
    java.util.List<Object> items = new java.util.ArrayList<>();
    for (Object o : iter(value)) {
      items.add(o);
      if (items.size() > n) {
        throw new IllegalArgumentException("too many values to unpack (expected " + n + ")");
      }
    }
    if (items.size() < n) {
      throw new IllegalArgumentException(
          "not enough values to unpack (expected " + n + ", got " + items.size() + ")");
    }
    return items.toArray();
  }

  /** {@code f(args, name=value)} where f is a value holding a function. */
  public static Object callKw(Object f, Object[] args, String[] names, Object[] values) {
    if (f instanceof Fn) {
      return ((Fn) f).callKw(args, names, values);
    }
    throw new IllegalArgumentException(
        "'" + Values.typeName(f) + "' object is not callable with keyword arguments");
  }

  /**
   * A variable's value used other than as an operand of an arithmetic operator (passed, stored,
   * indexed, shown): it may be referred to from elsewhere from now on, so no result is written
   * into it in place of a new one (see {@link Tensor#exclusive}).
   */
  public static Object shared(Object value) {
    if (value instanceof Tensor) {
      ((Tensor) value).exclusive = false;
    }
    return value;
  }

  /**
   * A top-level variable a def uses that did not exist when the def was written: its value, or
   * Python's NameError when it still has none.
   */
  public static Object defined(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("name '" + name + "' is not defined");
    }
    return value;
  }

  /** The integer value of a range bound, for {@code for i in range(...)} loops. */
  public static long rangeBound(Object v, String what) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof java.math.BigInteger) {
      return Scalars.toIndex(v);
    }
    throw new IllegalArgumentException(
        "range() " + what + " must be an integer, found " + Args.describe(v));
  }

  /**
   * A number in a loop variable kept as a Java double; a BigInteger gives its nearest double
   * without an error, since generated code asks {@link #isDouble} first and runs its Object
   * version when that says no.
   */
  public static double asDouble(Object v) {
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? 1 : 0;
    }
    throw new IllegalArgumentException("expected a number, found " + Args.describe(v));
  }

  /**
   * A number in a loop variable kept as a Java long; anything else gives 0, since generated code
   * asks {@link #isLong} first and runs its Object version when that says no.
   */
  public static long asLong(Object v) {
    if (v instanceof Long || v instanceof Integer) {
      return ((Number) v).longValue();
    }
    if (v instanceof java.math.BigInteger || v instanceof Double) {
      return 0;
    }
    throw new IllegalArgumentException("expected an integer, found " + Args.describe(v));
  }

  /** Whether a top-level variable's value can be worked on as a Java long: a Long (or Integer). */
  public static boolean isLong(Object v) {
    return v instanceof Long || v instanceof Integer;
  }

  /** Whether a variable's value can be worked on as a Java double without changing its value. */
  public static boolean isDouble(Object v) {
    return v instanceof Long || v instanceof Integer || v instanceof Double || v instanceof Boolean;
  }

  /** An integer literal beyond a long: a Python int of any size. */
  public static Object bigint(String digits) {
    return Scalars.normalize(new java.math.BigInteger(digits));
  }
}
