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
 * How ddl values meet a Java method's parameters: the cost of an overload for the arguments
 * (which one {@link Members} calls), and the conversions of the arguments to its types.
 */
final class JavaConversions {
  private JavaConversions() {}

  /** How far the arguments are from the parameter types: 0 exact, more for each conversion. */
  static int cost(Class<?>[] ps, Object[] args) {
    int cost = 0;
    for (int i = 0; i < Math.min(ps.length, args.length); i++) {
      Class<?> p = ps[i];
      Object a = args[i];
      if (a == null) {
        cost += p == Object.class ? 1 : 2;
      } else if (p == a.getClass() || (p == long.class && a instanceof Long)
          || (p == double.class && a instanceof Double) || (p == boolean.class && a instanceof Boolean)) {
        cost += 0;
      } else if (p == int.class && a instanceof Long) {
        cost += 1;
      } else if (p.isPrimitive() || Number.class.isAssignableFrom(p)) {
        cost += 3; // a numeric conversion (long to double, narrowing)
      } else if (p == Object.class) {
        cost += 4;
      } else {
        cost += 2;
      }
    }
    return cost + (ps.length != args.length ? 5 : 0);
  }

  static Object[] convertAll(Executable e, Object[] args) {
    Class<?>[] ps = e.getParameterTypes();
    if (e.isVarArgs() && !(args.length == ps.length && fits(ps[ps.length - 1], args[args.length - 1]))) {
      if (args.length < ps.length - 1) {
        return null;
      }
      Object[] out = new Object[ps.length];
      for (int i = 0; i < ps.length - 1; i++) {
        if (!fits(ps[i], args[i])) {
          return null;
        }
        out[i] = convert(ps[i], args[i]);
      }
      Class<?> comp = ps[ps.length - 1].getComponentType();
      Object rest = java.lang.reflect.Array.newInstance(comp, args.length - ps.length + 1);
      for (int i = ps.length - 1; i < args.length; i++) {
        if (!fits(comp, args[i])) {
          return null;
        }
        java.lang.reflect.Array.set(rest, i - ps.length + 1, convert(comp, args[i]));
      }
      out[ps.length - 1] = rest;
      return out;
    }
    if (ps.length != args.length) {
      return null;
    }
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      if (!fits(ps[i], args[i])) {
        return null;
      }
      out[i] = convert(ps[i], args[i]);
    }
    return out;
  }

  static boolean fits(Class<?> p, Object a) {
    if (a == null) {
      return !p.isPrimitive();
    }
    if (p == double.class || p == Double.class || p == float.class || p == Float.class) {
      return a instanceof Number;
    }
    if (p == long.class || p == Long.class || p == int.class || p == Integer.class
        || p == short.class || p == Short.class || p == byte.class || p == Byte.class) {
      return a instanceof Long || a instanceof Integer || a instanceof Short || a instanceof Byte;
    }
    if (p == boolean.class) {
      return a instanceof Boolean;
    }
    if (p == char.class || p == Character.class) {
      return a instanceof Character || (a instanceof String && ((String) a).length() == 1);
    }
    return p.isInstance(a);
  }

  static Object convert(Class<?> p, Object a) {
    if (a instanceof Number) {
      Number n = (Number) a;
      if (p == double.class || p == Double.class) {
        return n.doubleValue();
      }
      if (p == float.class || p == Float.class) {
        return n.floatValue();
      }
      if (p == long.class || p == Long.class) {
        return n.longValue();
      }
      if (p == int.class || p == Integer.class) {
        return n.intValue();
      }
      if (p == short.class || p == Short.class) {
        return n.shortValue();
      }
      if (p == byte.class || p == Byte.class) {
        return n.byteValue();
      }
    }
    if ((p == char.class || p == Character.class) && a instanceof String) {
      return ((String) a).charAt(0);
    }
    return a;
  }
}
