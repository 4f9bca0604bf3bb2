package ddl.jsr223;

import ddl.engine.Values;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import javax.script.ScriptException;

/** Java interfaces implemented by a session's defs ({@code Invocable.getInterface}). */
final class Interfaces {
  private Interfaces() {}

  static <T> T of(DdlScriptEngine engine, Class<T> type) {
    if (type == null || !type.isInterface()) {
      throw new IllegalArgumentException("not an interface: " + type);
    }
    for (Method m : type.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && !engine.ddl().hasFunction(m.getName())) {
        return null;
      }
    }
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return object(proxy, method, args, type);
          }
          if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          Object[] a = args == null ? new Object[0] : args;
          Object result;
          try {
            result = engine.invokeFunction(method.getName(), a);
          } catch (ScriptException e) {
            throw e.getCause() instanceof RuntimeException ? e.getCause() : e;
          }
          if (method.getReturnType() == void.class) {
            return null;
          }
          return Values.as("the result of " + method.getName(), result, method.getReturnType());
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object object(Object proxy, Method method, Object[] args, Class<?> type) {
    switch (method.getName()) {
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      default:
        return "ddl " + type.getSimpleName();
    }
  }
}
