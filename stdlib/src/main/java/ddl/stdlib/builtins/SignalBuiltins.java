package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Opt;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Convolution;

/** numpy's 1-D signal functions: convolve and correlate. */
public final class SignalBuiltins {
  private SignalBuiltins() {}

  @Builtin(doc = "the discrete convolution of two 1-D arrays (mode \"full\", \"same\" or \"valid\")",
      example = "convolve([1, 2, 3], [0, 1, 0.5])  # => [0.  1.  2.5 4.  1.5]")
  public static Tensor convolve(Object a, Object v, @Opt("\"full\"") Object mode) {
    return Convolution.convolve(Args.tensor(a, "a"), Args.tensor(v, "v"), String.valueOf(mode));
  }

  @Builtin(doc = "the cross-correlation of two 1-D arrays (mode \"valid\", \"same\" or \"full\")",
      example = "correlate([1, 2, 3], [0, 1, 0.5])  # => [3.5]")
  public static Tensor correlate(Object a, Object v, @Opt("\"valid\"") Object mode) {
    return Convolution.correlate(Args.tensor(a, "a"), Args.tensor(v, "v"), String.valueOf(mode));
  }
}
