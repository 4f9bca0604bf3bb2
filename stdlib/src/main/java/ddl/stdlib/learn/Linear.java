package ddl.stdlib.learn;

import ddl.stdlib.Args;
import ddl.stdlib.DType;
import ddl.stdlib.Fn;
import ddl.stdlib.Ops;
import ddl.stdlib.Overloaded;
import ddl.stdlib.Tensor;

/** The linear model {@code phi0 + x @ phi[1:]} as the built-in {@code linear} evaluates it. */
final class Linear {
  /** {@code linear()}: the model as a value; gd recognises it and uses the exact gradient. */
  static final Fn MODEL =
      new Fn() {
        @Override
        public Object call(Object... args) {
          if (args.length != 2) {
            throw new IllegalArgumentException(
                "linear() takes 2 arguments (x, phi) but " + args.length + " were given");
          }
          return apply(args[0], args[1]);
        }

        @Override
        public String name() {
          return "linear";
        }

        @Override
        public int arity() {
          return 2;
        }

        @Override
        public String toString() {
          return "<function linear>";
        }
      };

  private Linear() {}

  /** The model's prediction: a tensor of n values, or a scalar for a scalar x. */
  static Object apply(Object x, Object phi) {
    if (phi instanceof Overloaded || x instanceof Overloaded) {
      return traced(x, phi);
    }
    Tensor pt = Args.tensor(phi, "phi");
    if (pt.ndim() != 1 || pt.size() < 2) {
      throw new IllegalArgumentException(
          "linear: phi must be 1-D with an intercept and at least one slope, found shape "
              + pt.shapeString());
    }
    double[] p = pt.toDoubleArray();
    Tensor xt = Args.tensor(x, "x");
    boolean ints = isInt(xt) && isInt(pt);
    if (xt.ndim() == 0) {
      if (p.length != 2) {
        throw new IllegalArgumentException(
            "linear: a single x needs phi of 2 values (intercept, slope), found " + p.length);
      }
      double v = p[0] + p[1] * xt.getDouble(0);
      return ints ? (Object) (long) v : (Object) v;
    }
    double[] xs = Design.xValues(xt, p.length - 1, "linear");
    int n = xt.shape(0);
    Tensor out = Tensor.wrap(LinearModel.predict(xs, n, p), n);
    // numpy keeps int64 when both operands are integers
    return ints ? out.astype(DType.INT64) : out;
  }

  private static boolean isInt(Tensor t) {
    return t.dtype() == DType.INT64 || t.dtype() == DType.BOOL;
  }

  /**
   * The model on values traced by automatic differentiation, written with the operators the tracer
   * records: {@code [1, x] @ phi} for a traced phi.
   */
  private static Object traced(Object x, Object phi) {
    if (!(x instanceof Overloaded)) {
      Tensor xt = Args.tensor(x, "x");
      int n = xt.ndim() == 0 ? 1 : xt.shape(0);
      int k = xt.ndim() == 2 ? xt.shape(1) : 1;
      double[] xs = xt.toDoubleArray();
      double[] a = new double[n * (k + 1)];
      for (int i = 0; i < n; i++) {
        a[i * (k + 1)] = 1;
        System.arraycopy(xs, i * k, a, i * (k + 1) + 1, k);
      }
      Tensor design = xt.ndim() == 0 ? Tensor.wrap(a, k + 1) : Tensor.wrap(a, n, k + 1);
      return Ops.matmul(design, phi);
    }
    double[] p = Args.tensor(phi, "phi").toDoubleArray();
    if (p.length == 2) {
      return Ops.add(Ops.mul(x, p[1]), p[0]);
    }
    double[] rest = java.util.Arrays.copyOfRange(p, 1, p.length);
    return Ops.add(Ops.matmul(x, Tensor.wrap(rest, rest.length)), p[0]);
  }
}
