package ddl.engine;

import ddl.lang.DdlError;
import ddl.lang.Source;
import ddl.lang.Span;
import ddl.lang.translate.Environment;
import ddl.stdlib.Fn;
import java.util.HashMap;
import java.util.Map;

/**
 * Calls a ddl {@code def} (or a variable holding a function) from Java. The def's function value is
 * obtained once by evaluating its name, and kept until the def is defined again.
 */
final class FunctionCalls {
  private record Cached(Environment.DefSignature signature, Fn fn) {}

  private final Map<String, Cached> cache = new HashMap<>();

  Object call(Engine engine, String name, Object... args) {
    Fn fn = function(engine, name);
    Object[] converted = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      converted[i] = Values.toDdl(args[i]);
    }
    engine.context().clearInterrupt();
    try {
      return fn.call(converted);
    } catch (DdlError e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      Source call = new Source("<call>", name + "(...)");
      throw ThrownErrors.of(e, call, new Span(0, name.length()), engine);
    }
  }

  private Fn function(Engine engine, String name) {
    // a variable shadows a def of the same name, as it does in ddl code
    if (engine.variables().containsKey(name) || engine.environment().javaType(name) != null) {
      Object v = VariableAccess.get(engine, name);
      if (v instanceof Fn) {
        return (Fn) v;
      }
      throw new IllegalArgumentException(
          "'"
              + name
              + "' holds "
              + (v == null ? "None" : v.getClass().getSimpleName())
              + ", not a function");
    }
    Environment.DefSignature def = engine.environment().def(name);
    if (def == null) {
      throw new IllegalArgumentException("no function '" + name + "' is defined");
    }
    Cached c = cache.get(name);
    if (c == null || c.signature() != def) {
      // a def redefined is a new signature object; its old function value calls the old code
      // compiled rather than evaluated, so that the call leaves no trace in the session's history
      Object v = CompiledProgram.compile(engine, new Source("<call>", name)).run();
      c = new Cached(def, (Fn) v);
      cache.put(name, c);
    }
    return c.fn();
  }
}
