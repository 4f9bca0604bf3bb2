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
