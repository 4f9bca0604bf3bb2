package ddl.stdlib.autodiff;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Context;
import ddl.stdlib.Fn;
import ddl.stdlib.Opt;
import ddl.stdlib.Rest;
import ddl.stdlib.Tuple;
import ddl.stdlib.Values;
import ddl.stdlib.format.PyFloat;
import java.util.Arrays;
import java.util.List;

/**
 * The built-ins of automatic differentiation, with JAX's names: grad, value_and_grad, gradcheck.
 */
public final class AutodiffBuiltins {
  private AutodiffBuiltins() {}

  /**
   * {@code grad(fn)}: the function that gives the gradient of the scalar function fn with respect
   * to its first argument (or, with {@code wrt=(0, 2)}, a tuple of gradients), shaped like it.
   *
   * <pre>{@code
   * def loss(phi) = sum((phi[0] + phi[1] * x - y) ** 2)
   * g = grad(loss)
   * g([0.0, 1.0])   # [2 * sum(r), 2 * sum(r * x)]
   * }</pre>
   *
   * @throws IllegalArgumentException when fn is not a function
   */
  @Builtin(
      doc =
          "the gradient of a scalar function, as a function (reverse-mode automatic"
              + " differentiation)",
      example = "g = grad(loss); g([0.0, 1.0])")
  public static Fn grad(Object fn, @Opt("0") Object wrt) {
    Fn f = function(fn, "grad");
    boolean many = wrt instanceof List;
    return Fn.of(
        "grad(" + f.name() + ")",
        f.arity(),
        args -> {
          Object[] r = Autodiff.valueAndGrad(f, args, positions(wrt, args.length));
          return many ? Tuple.of(Arrays.copyOfRange(r, 1, r.length)) : r[1];
        });
  }

  /**
   * {@code value_and_grad(fn)}: the function that gives {@code (fn(args), grad(fn)(args))} as a
   * tuple, computing the value once.
   *
   * <pre>{@code
   * v, g = value_and_grad(loss)([0.0, 1.0])
   * }</pre>
   *
   * @throws IllegalArgumentException when fn is not a function
   */
  @Builtin(
      doc = "a function giving (value, gradient) of a scalar function, in one pass",
      example = "value_and_grad(loss)([0.0, 1.0])")
  public static Fn value_and_grad(Object fn, @Opt("0") Object wrt) {
    Fn f = function(fn, "value_and_grad");
    boolean many = wrt instanceof List;
    return Fn.of(
        "value_and_grad(" + f.name() + ")",
        f.arity(),
        args -> {
          Object[] r = Autodiff.valueAndGrad(f, args, positions(wrt, args.length));
          Object g = many ? Tuple.of(Arrays.copyOfRange(r, 1, r.length)) : r[1];
          return Tuple.of(r[0], g);
        });
  }

  /**
   * {@code gradcheck(fn, args...)}: compares grad(fn) at args, for every tensor and number
   * argument, with central finite differences, prints the worst relative error {@code |a - n| /
   * max(|a|, |n|, 1)} and where it occurs, and returns it. Below about 1e-6 the gradient is right.
   *
   * <pre>{@code
   * gradcheck(loss, [0.0, 1.0])   # gradcheck: worst relative error 3.1e-10 (argument 0, index (1,))
   * }</pre>
   */
  @Builtin(
      doc = "checks grad(fn) at args against central finite differences; the worst relative error",
      example = "gradcheck(loss, [0.0, 1.0])")
  public static double gradcheck(Context ctx, Object fn, @Rest Object[] args) {
    GradCheck.Result r = GradCheck.run(function(fn, "gradcheck"), args);
    String where =
        r.argument() < 0 ? "" : " (argument " + r.argument() + ", index " + r.index() + ")";
    ctx.out().println("gradcheck: worst relative error " + PyFloat.repr(r.error()) + where);
    ctx.out().flush();
    return r.error();
  }

  private static Fn function(Object fn, String who) {
    if (fn instanceof Fn) {
      return (Fn) fn;
    }
    throw new IllegalArgumentException(who + ": expected a function, found " + Values.typeName(fn));
  }

  private static int[] positions(Object wrt, int count) {
    int[] p = Args.ints(wrt, "wrt");
    for (int i = 0; i < p.length; i++) {
      int k = p[i] < 0 ? p[i] + count : p[i];
      if (k < 0 || k >= count) {
        throw new IllegalArgumentException(
            "grad: wrt=" + p[i] + " but the function was given " + count + " arguments");
      }
      p[i] = k;
    }
    return p;
  }
}
