package ddl.stdlib;

/**
 * A function value: a ddl {@code def} passed as a value, a built-in such as {@code linear()}, or
 * the result of {@code grad(fn)}. Any name holding one can be called.
 */
@FunctionalInterface
public interface Fn {
  /** Calls the function with positional arguments. */
  Object call(Object... args);

  /** The name shown when the function is printed. */
  default String name() {
    return "function";
  }

  /** The number of parameters, or -1 when unknown (used to tell {@code gd}'s two forms apart). */
  default int arity() {
    return -1;
  }

  /** A call with keyword arguments: only functions that know their parameters' names take them. */
  default Object callKw(Object[] args, String[] names, Object[] values) {
    if (names.length == 0) {
      return call(args);
    }
    throw new IllegalArgumentException(name() + "() takes no keyword arguments");
  }

  /**
   * A function value that knows its parameters (a ddl def): keyword arguments are bound to them,
   * and {@code defaults} gives the value of each parameter left out (null for a required one).
   */
  static Fn withParams(
      String name, String[] params, java.util.function.IntFunction<Object> defaults, Fn body) {
    return new Fn() {
      @Override
      public Object call(Object... args) {
        return body.call(args);
      }

      @Override
      public Object callKw(Object[] args, String[] names, Object[] values) {
        Object[] bound = new Object[params.length];
        boolean[] set = new boolean[params.length];
        if (args.length > params.length) {
          throw new IllegalArgumentException(
              name + "() takes " + params.length + " arguments but " + args.length + " were given");
        }
        for (int i = 0; i < args.length; i++) {
          bound[i] = args[i];
          set[i] = true;
        }
        for (int k = 0; k < names.length; k++) {
          int idx = java.util.Arrays.asList(params).indexOf(names[k]);
          if (idx < 0) {
            throw new IllegalArgumentException(
                name + "() got an unexpected keyword argument '" + names[k] + "'");
          }
          if (set[idx]) {
            throw new IllegalArgumentException(
                name + "() got multiple values for argument '" + names[k] + "'");
          }
          bound[idx] = values[k];
          set[idx] = true;
        }
        for (int i = 0; i < params.length; i++) {
          if (!set[i]) {
            Object d = defaults.apply(i);
            if (d == NO_DEFAULT) {
              throw new IllegalArgumentException(
                  name + "() missing required argument '" + params[i] + "'");
            }
            bound[i] = d;
          }
        }
        return body.call(bound);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public int arity() {
        return params.length;
      }

      @Override
      public String toString() {
        return "<function " + name + ">";
      }
    };
  }

  /** What {@code defaults} of {@link #withParams} returns for a parameter without a default. */
  Object NO_DEFAULT = new Object();

  /** A named function value of known arity. */
  static Fn of(String name, int arity, Fn body) {
    return new Fn() {
      @Override
      public Object call(Object... args) {
        return body.call(args);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public int arity() {
        return arity;
      }

      @Override
      public String toString() {
        return "<function " + name + ">";
      }
    };
  }
}
