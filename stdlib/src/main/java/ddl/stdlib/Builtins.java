package ddl.stdlib;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry of ddl built-ins: every {@link Builtin} method of the classes listed here. Keyword
 * arguments come from the methods' parameter names (compiled with {@code -parameters}), so there
 * is no table kept by hand beside the code.
 */
public final class Builtins {
  /** The classes holding built-ins; a class missing from the class path is skipped. */
  private static final String[] CLASSES = {
    "ddl.stdlib.builtins.CreateBuiltins",
    "ddl.stdlib.builtins.MathBuiltins",
    "ddl.stdlib.builtins.ArrayBuiltins",
    "ddl.stdlib.builtins.SystemBuiltins",
    "ddl.stdlib.builtins.MoreBuiltins",
    "ddl.stdlib.builtins.MoreCreateBuiltins",
    "ddl.stdlib.builtins.UfuncBuiltins",
    "ddl.stdlib.builtins.TensorMethods",
    "ddl.stdlib.builtins.PyMathBuiltins",
    "ddl.stdlib.builtins.PrintOptionBuiltins",
    "ddl.stdlib.builtins.ReduceBuiltins",
    "ddl.stdlib.builtins.OrderBuiltins",
    "ddl.stdlib.builtins.ShapeBuiltins",
    "ddl.stdlib.builtins.SignalBuiltins",
    "ddl.stdlib.learn.LearnBuiltins",
    "ddl.stdlib.baseline.BaselineBuiltins",
    "ddl.stdlib.io.IoBuiltins",
    "ddl.stdlib.plot.PlotBuiltins",
    "ddl.stdlib.autodiff.AutodiffBuiltins",
    "ddl.stdlib.random.RandomBuiltins",
    "ddl.stdlib.random.GeneratorBuiltins",
    "ddl.stdlib.linalg.ProductBuiltins",
    "ddl.stdlib.linalg.LinalgBuiltins",
  };

  private static final TreeMap<String, Info> REGISTRY = load();

  private Builtins() {}

  /** One built-in: its Java method and what the language needs to call it. */
  public record Info(
      String name,
      Method method,
      List<String> params,
      List<String> defaults,
      int restIndex,
      boolean takesContext,
      String doc,
      String example) {

    /** {@code sum(a, axis=None, keepdims=false)} */
    public String signature() {
      StringBuilder sb = new StringBuilder(name).append('(');
      for (int i = 0; i < params.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        if (i == restIndex) {
          sb.append("*");
        }
        sb.append(params.get(i));
        if (defaults.get(i) != null) {
          sb.append('=').append(defaults.get(i));
        }
      }
      return sb.append(')').toString();
    }

    /** The Java class that declares it, for generated code. */
    public String owner() {
      return method.getDeclaringClass().getName();
    }
  }

  public static boolean has(String name) {
    return REGISTRY.containsKey(name);
  }

  /**
   * Whether {@code name} is a module of built-ins, as numpy's sub-modules are: some built-in is
   * named {@code name.something} ({@code random.normal}, {@code linalg.inv}).
   */
  public static boolean isModule(String name) {
    String prefix = name + ".";
    String next = REGISTRY.ceilingKey(prefix);
    return next != null && next.startsWith(prefix);
  }

  public static Info info(String name) {
    return REGISTRY.get(name);
  }

  /** Every built-in by name, sorted. */
  public static Map<String, Info> all() {
    return Collections.unmodifiableMap(REGISTRY);
  }

  /**
   * Calls a built-in binding positional and keyword arguments at run time (for method-style calls
   * such as {@code A.sum(axis=0)}, whose receiver's type is only known now).
   */
  public static Object call(Context ctx, String name, Object[] args, String[] kwNames, Object[] kwValues) {
    Info info = REGISTRY.get(name);
    if (info == null) {
      throw new IllegalArgumentException("name '" + name + "' is not defined");
    }
    Object[] bound = bind(info, args, kwNames, kwValues);
    Object[] full = bound;
    if (info.takesContext) {
      full = new Object[bound.length + 1];
      full[0] = ctx;
      System.arraycopy(bound, 0, full, 1, bound.length);
    }
    try {
      return info.method.invoke(null, full);
    } catch (ReflectiveOperationException e) {
      throw Members.unwrap(e);
    }
  }

  /** A built-in as a function value ({@code f = sum}), taking keyword arguments as the built-in does. */
  public static Fn function(Context ctx, String name) {
    Info info = REGISTRY.get(name);
    return new Fn() {
      @Override
      public Object call(Object... args) {
        return Builtins.call(ctx, name, args, new String[0], new Object[0]);
      }

      @Override
      public Object callKw(Object[] args, String[] names, Object[] values) {
        return Builtins.call(ctx, name, args, names, values);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public int arity() {
        return info == null ? -1 : info.params().size();
      }

      @Override
      public String toString() {
        return "<built-in function " + name + ">";
      }
    };
  }

  /** The Java arguments for a call: positionals in place, keywords by name, defaults, rest array. */
  static Object[] bind(Info info, Object[] args, String[] kwNames, Object[] kwValues) {
    int n = info.params.size();
    Object[] out = new Object[n];
    boolean[] set = new boolean[n];
    int p = 0;
    for (int i = 0; i < args.length; i++) {
      if (p == info.restIndex) {
        out[p] = java.util.Arrays.copyOfRange(args, i, args.length);
        set[p++] = true;
        break;
      }
      if (p >= n) {
        throw new IllegalArgumentException(
            info.name + "() takes " + n + " positional arguments but " + args.length + " were given");
      }
      out[p] = args[i];
      set[p++] = true;
    }
    for (int k = 0; k < kwNames.length; k++) {
      int idx = info.params.indexOf(kwNames[k]);
      if (idx < 0 || idx == info.restIndex) {
        throw new IllegalArgumentException(
            info.name + "() got an unexpected keyword argument '" + kwNames[k] + "'");
      }
      if (set[idx]) {
        throw new IllegalArgumentException(
            info.name + "() got multiple values for argument '" + kwNames[k] + "'");
      }
      out[idx] = kwValues[k];
      set[idx] = true;
    }
    for (int i = 0; i < n; i++) {
      if (!set[i]) {
        if (i == info.restIndex) {
          out[i] = new Object[0];
        } else if (info.defaults.get(i) != null) {
          out[i] = literal(info.defaults.get(i));
        } else {
          throw new IllegalArgumentException(
              info.name + "() missing required argument '" + info.params.get(i) + "'");
        }
      }
    }
    return out;
  }

  /** The value of a default written in ddl: None, true/false, an int, a float or a string. */
  public static Object literal(String text) {
    switch (text) {
      case "None":
        return null;
      case "true":
      case "True":
        return true;
      case "false":
      case "False":
        return false;
      default:
        break;
    }
    if (text.startsWith("\"") || text.startsWith("'")) {
      return text.substring(1, text.length() - 1)
          .replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"");
    }
    if (text.startsWith("(")) {
      String inner = text.substring(1, text.length() - 1).trim();
      List<Object> items = new ArrayList<>();
      for (String part : inner.split(",")) {
        if (!part.isBlank()) {
          items.add(literal(part.trim()));
        }
      }
      return Tuple.copyOf(items);
    }
    String t = text.replace("_", "");
    if (t.matches("-?\\d+")) {
      return Long.parseLong(t);
    }
    return Double.parseDouble(t);
  }

  private static TreeMap<String, Info> load() {
    TreeMap<String, Info> m = new TreeMap<>();
    for (String cn : CLASSES) {
      Class<?> c;
      try {
        c = Class.forName(cn, true, Builtins.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        continue;
      }
      for (Method method : c.getMethods()) {
        Builtin b = method.getAnnotation(Builtin.class);
        if (b == null || !Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        String name = b.name().isEmpty() ? method.getName() : b.name();
        List<String> params = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        int rest = -1;
        boolean ctx = false;
        for (Parameter p : method.getParameters()) {
          if (p.getType() == Context.class) {
            ctx = true;
            continue;
          }
          if (!p.isNamePresent()) {
            throw new IllegalStateException("compile with -parameters: " + method);
          }
          if (p.isAnnotationPresent(Rest.class)) {
            rest = params.size();
          }
          params.add(p.getName());
          Opt o = p.getAnnotation(Opt.class);
          defaults.add(o == null ? null : o.value());
        }
        List<String> names = new ArrayList<>(List.of(name));
        names.addAll(List.of(b.aliases()));
        for (String n : names) {
          Info prev = m.put(n, new Info(n, method, List.copyOf(params),
              Collections.unmodifiableList(defaults), rest, ctx, b.doc(), b.example()));
          if (prev != null) {
            throw new IllegalStateException("two built-ins named " + n + ": " + prev.method + ", " + method);
          }
        }
      }
    }
    return m;
  }
}
