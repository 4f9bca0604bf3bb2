package ddl.stdlib;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attribute access, method calls and constructors on values whose type is only known at run time:
 * tensor attributes ({@code .T .shape .ndim .size .dtype}), tensor methods that are built-ins
 * ({@code A.sum(0)} is {@code sum(A, 0)}), record components and fields ({@code fit.phi}), and any
 * public Java method, chosen among overloads by the arguments' run-time types.
 */
public final class Members {
  private static final Map<String, List<Method>> METHODS = new ConcurrentHashMap<>();

  private Members() {}

  /** {@code obj.name} */
  public static Object attr(Object obj, String name) {
    if (obj instanceof Overloaded) {
      return ((Overloaded) obj).apply("." + name, new Object[] {obj});
    }
    if (obj instanceof Tensor) {
      Tensor t = (Tensor) obj;
      switch (name) {
        case "T":
          return t.T();
        case "shape":
          return Tuple.ofShape(t.shape());
        case "ndim":
          return (long) t.ndim();
        case "size":
          return (long) t.size();
        case "dtype":
          return t.dtype();
        default:
          break;
      }
    }
    if (obj instanceof Tuple && ((Tuple) obj).hasField(name)) {
      return ((Tuple) obj).field(name); // a named tuple: svd(A).S
    }
    if (obj == null) {
      throw new IllegalArgumentException("'None' object has no attribute '" + name + "'");
    }
    if (obj instanceof ddl.stdlib.io.Table) {
      return ((ddl.stdlib.io.Table) obj).attr(name); // columns by name: t.speed
    }
    if (obj instanceof Class) {
      try {
        Field f = ((Class<?>) obj).getField(name);
        if (Modifier.isStatic(f.getModifiers())) {
          return f.get(null);
        }
      } catch (ReflectiveOperationException e) {
        // fall through to the error below
      }
    }
    Class<?> c = obj.getClass();
    if (c.isArray() && name.equals("length")) {
      return (long) java.lang.reflect.Array.getLength(obj);
    }
    try {
      Method m = c.getMethod(name);
      if (!Modifier.isStatic(m.getModifiers())) {
        m.setAccessible(true);
        return m.invoke(obj);
      }
    } catch (NoSuchMethodException e) {
      // try a field
    } catch (ReflectiveOperationException e) {
      throw unwrap(e);
    } catch (RuntimeException e) {
      // inaccessible: try a field
    }
    try {
      Field f = c.getField(name);
      return f.get(obj);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          "'" + Values.typeName(obj) + "' object has no attribute '" + name + "'");
    }
  }

  /** {@code obj.name = value}: a public field of a Java object. */
  public static void setattr(Object obj, String name, Object value) {
    if (obj == null || obj instanceof Tensor || obj instanceof Number || obj instanceof String) {
      throw new IllegalArgumentException(
          "cannot set attribute '" + name + "' of a value of type " + Values.typeName(obj));
    }
    try {
      Field f = obj instanceof Class ? ((Class<?>) obj).getField(name) : obj.getClass().getField(name);
      if (!JavaConversions.fits(f.getType(), value)) {
        throw new IllegalArgumentException(
            "cannot assign a " + Values.typeName(value) + " to field " + name + " of type "
                + f.getType().getSimpleName());
      }
      f.set(obj instanceof Class ? null : obj, JavaConversions.convert(f.getType(), value));
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          "'" + Values.typeName(obj) + "' object has no attribute '" + name + "' to set");
    }
  }

  /** {@code obj.name(args...)} */
  public static Object invoke(Object obj, String name, Object... args) {
    if (obj instanceof Tensor && name.equals("sort")) {
      return invokeKw(null, obj, name, args, new String[0], new Object[0]);
    }
    if (obj instanceof Tensor || obj instanceof Overloaded) {
      Object[] all = new Object[args.length + 1];
      all[0] = obj;
      System.arraycopy(args, 0, all, 1, args.length);
      name = method(obj, name);
      if (Builtins.has(name)) {
        return Builtins.call(null, name, all, new String[0], new Object[0]);
      }
      if (obj instanceof Overloaded) {
        return ((Overloaded) obj).apply("." + name, all);
      }
    }
    if (obj == null) {
      throw new IllegalArgumentException("'None' object has no attribute '" + name + "'");
    }
    if (obj instanceof Fn && name.equals("call")) {
      return ((Fn) obj).call(args);
    }
    if (obj instanceof ddl.stdlib.random.Generator) {
      return generatorMethod(null, obj, name, args, new String[0], new Object[0]);
    }
    return callJava(obj.getClass(), obj, name, args);
  }

  /** {@code obj.name(args..., kw=value...)}: keywords reach built-ins called as methods. */
  public static Object invokeKw(
      Context ctx, Object obj, String name, Object[] args, String[] kwNames, Object[] kwValues) {
    if (obj instanceof Tensor && name.equals("sort")) {
      // numpy's a.sort() sorts in place and returns None (np.sort(a) gives a sorted copy)
      Object[] all = new Object[args.length + 1];
      all[0] = obj;
      System.arraycopy(args, 0, all, 1, args.length);
      Tensor sorted = (Tensor) Builtins.call(ctx, "sort", all, kwNames, kwValues);
      ddl.stdlib.index.Indexing.set((Tensor) obj, sorted, new Object[] {ddl.stdlib.index.Ellipsis.INSTANCE});
      return null;
    }
    if (kwNames.length == 0) {
      return invoke(obj, name, args);
    }
    if (obj instanceof Tensor) {
      name = method(obj, name);
    }
    if ((obj instanceof Tensor || obj instanceof Overloaded) && Builtins.has(name)) {
      Object[] all = new Object[args.length + 1];
      all[0] = obj;
      System.arraycopy(args, 0, all, 1, args.length);
      return Builtins.call(ctx, name, all, kwNames, kwValues);
    }
    if (obj == null) {
      throw new IllegalArgumentException("'None' object has no attribute '" + name + "'");
    }
    if (obj instanceof ddl.stdlib.random.Generator) {
      return generatorMethod(ctx, obj, name, args, kwNames, kwValues);
    }
    return callJavaKw(obj, name, args, kwNames, kwValues);
  }

  /** {@code rng.normal(0, 1, size=3)}: the built-in {@code random.Generator.normal}, rng first. */
  private static Object generatorMethod(
      Context ctx, Object obj, String name, Object[] args, String[] kwNames, Object[] kwValues) {
    String full = ddl.stdlib.random.GeneratorBuiltins.METHOD_PREFIX + name;
    if (!Builtins.has(full)) {
      throw new IllegalArgumentException("'Generator' object has no attribute '" + name + "'");
    }
    Object[] all = new Object[args.length + 1];
    all[0] = obj;
    System.arraycopy(args, 0, all, 1, args.length);
    return Builtins.call(ctx, full, all, kwNames, kwValues);
  }

  /**
   * The built-in a tensor method calls: numpy's method of its own ({@code ndarray.fill}) when one
   * exists, else the function of the same name ({@code A.sum(0)} is {@code sum(A, 0)}).
   */
  private static String method(Object obj, String name) {
    return obj instanceof Tensor && Builtins.has("ndarray." + name) ? "ndarray." + name : name;
  }

  /**
   * A Java method called with keywords, by its parameter names (known for classes compiled with
   * {@code -parameters}, such as ddl's own figures): the overload with the fewest parameters that
   * takes every keyword; parameters left out in between get null.
   */
  private static Object callJavaKw(
      Object obj, String name, Object[] args, String[] kwNames, Object[] kwValues) {
    List<Method> candidates =
        METHODS.computeIfAbsent(obj.getClass().getName() + "#" + name, k -> find(obj.getClass(), name));
    Method best = null;
    Object[] bound = null;
    for (Method m : candidates) {
      java.lang.reflect.Parameter[] ps = m.getParameters();
      if (ps.length < args.length + kwNames.length || !ps[0].isNamePresent() && ps.length > 0) {
        continue;
      }
      Object[] b = new Object[ps.length];
      boolean[] set = new boolean[ps.length];
      System.arraycopy(args, 0, b, 0, args.length);
      java.util.Arrays.fill(set, 0, args.length, true);
      boolean ok = true;
      for (int k = 0; k < kwNames.length && ok; k++) {
        int idx = -1;
        for (int i = 0; i < ps.length; i++) {
          if (ps[i].getName().equals(kwNames[k])) {
            idx = i;
          }
        }
        ok = idx >= 0 && !set[idx];
        if (ok) {
          b[idx] = kwValues[k];
          set[idx] = true;
        }
      }
      if (ok && (best == null || ps.length < best.getParameterCount())) {
        Object[] conv = JavaConversions.convertAll(m, b);
        if (conv != null) {
          best = m;
          bound = conv;
        }
      }
    }
    if (best == null) {
      throw new IllegalArgumentException(
          Values.typeName(obj) + "." + name + "() takes no keyword argument '" + kwNames[0] + "'");
    }
    try {
      return best.invoke(obj, bound);
    } catch (ReflectiveOperationException e) {
      throw unwrap(e);
    }
  }

  /** {@code Type.name(args...)} for a Java class. */
  public static Object invokeStatic(Class<?> type, String name, Object... args) {
    return callJava(type, null, name, args);
  }

  /** {@code new Type(args...)} */
  public static Object construct(Class<?> type, Object... args) {
    Constructor<?> best = null;
    Object[] converted = null;
    Constructor<?>[] ks = type.getConstructors();
    if (ks.length == 0) {
      ks = type.getDeclaredConstructors(); // a class declared on a Java line without "public"
      for (Constructor<?> k : ks) {
        k.trySetAccessible();
      }
    }
    int bestCost = Integer.MAX_VALUE;
    for (Constructor<?> k : ks) {
      Object[] c = JavaConversions.convertAll(k, args);
      int cost = c == null ? Integer.MAX_VALUE : JavaConversions.cost(k.getParameterTypes(), args);
      if (cost < bestCost) {
        best = k;
        converted = c;
        bestCost = cost;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException(
          "no constructor " + type.getSimpleName() + describeArgs(args));
    }
    try {
      return best.newInstance(converted);
    } catch (ReflectiveOperationException e) {
      throw unwrap(e);
    }
  }

  private static Object callJava(Class<?> c, Object target, String name, Object[] args) {
    List<Method> candidates = METHODS.computeIfAbsent(c.getName() + "#" + name, k -> find(c, name));
    // the overload whose parameters fit the arguments most closely: println(long) for a Long
    Method best = null;
    Object[] bestArgs = null;
    int bestCost = Integer.MAX_VALUE;
    for (Method m : candidates) {
      if (target == null && !Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      Object[] conv = JavaConversions.convertAll(m, args);
      if (conv != null) {
        int cost = JavaConversions.cost(m.getParameterTypes(), args);
        if (cost < bestCost) {
          best = m;
          bestArgs = conv;
          bestCost = cost;
        }
      }
    }
    if (best != null) {
      try {
        return best.invoke(Modifier.isStatic(best.getModifiers()) ? null : target, bestArgs);
      } catch (ReflectiveOperationException e) {
        throw unwrap(e);
      }
    }
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + (target == null ? c.getSimpleName() : Values.typeName(target))
              + "' object has no attribute '" + name + "'");
    }
    throw new IllegalArgumentException(
        "no method " + c.getSimpleName() + "." + name + describeArgs(args));
  }

  private static List<Method> find(Class<?> c, String name) {
    List<Method> l = new ArrayList<>();
    for (Method m : c.getMethods()) {
      if (m.getName().equals(name)) {
        // a public method of a non-public class is reached through its public interface
        Method reachable = publicVersion(m);
        if (reachable != null) {
          l.add(reachable);
        }
      }
    }
    if (l.isEmpty()) {
      // classes declared on Java lines without "public": their methods are package-private
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        for (Method m : k.getDeclaredMethods()) {
          if (m.getName().equals(name) && !m.isSynthetic() && m.trySetAccessible()) {
            l.add(m);
          }
        }
      }
    }
    return l;
  }

  /**
   * The same method declared by a public class or interface the declaring class extends or
   * implements, at any depth ({@code List.of(1, 2).get(0)}: the list's class and its superclasses
   * are JDK-internal, {@code List} is not), or null.
   */
  private static Method publicVersion(Method m) {
    if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
      return m;
    }
    java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>();
    todo.add(m.getDeclaringClass());
    java.util.Set<Class<?>> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> k = todo.poll();
      if (!seen.add(k)) {
        continue;
      }
      if (k != m.getDeclaringClass() && Modifier.isPublic(k.getModifiers())) {
        try {
          return k.getMethod(m.getName(), m.getParameterTypes());
        } catch (NoSuchMethodException e) {
          // not declared here: look further
        }
      }
      todo.addAll(java.util.Arrays.asList(k.getInterfaces()));
      if (k.getSuperclass() != null) {
        todo.add(k.getSuperclass());
      }
    }
    return null;
  }

  private static String describeArgs(Object[] args) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < args.length; i++) {
      sb.append(i > 0 ? ", " : "").append(Values.typeName(args[i]));
    }
    return sb.append(") matches these arguments").toString();
  }

  /** The exception a reflective call threw, as it was thrown. */
  static RuntimeException unwrap(ReflectiveOperationException e) {
    Throwable t = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new IllegalStateException(t.toString(), t);
  }
}
