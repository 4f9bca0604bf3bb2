package ddl.stdlib.learn;

import ddl.stdlib.Args;
import ddl.stdlib.Context;
import ddl.stdlib.Fn;
import ddl.stdlib.Tensor;
import ddl.stdlib.autodiff.Autodiff;

/**
 * The two forms of {@code gd}: on a model and data, minimising the lecture's total square loss, and
 * on any scalar function of phi. The linear model gets its exact gradient in one pass over the
 * data; every other function is differentiated automatically.
 */
final class Gd {
  /** The rate used when none is given and no better one can be derived from the data. */
  static final double DEFAULT_LR = 1e-3;

  private Gd() {}

  /** {@code gd(model, x, y, lr=, steps=, phi0=)} */
  static Fit model(Context ctx, Fn model, Object x, Object y, Object lr, int steps, Object phi0) {
    Design d = Design.of(x, y, "gd");
    int p = d.k + 1;
    double[] start = new double[p];
    int[] shape = {p};
    if (phi0 != null) {
      Tensor t = Args.tensor(phi0, "phi0");
      start = t.toDoubleArray();
      shape = t.shape();
    }
    if (model == Linear.MODEL) {
      if (start.length != p || shape.length != 1) {
        throw new IllegalArgumentException(
            "gd: phi0 has shape "
                + shapeText(shape)
                + ", but the linear model on "
                + d.k
                + " column"
                + (d.k == 1 ? "" : "s")
                + " of x needs "
                + p
                + " values (intercept first)");
      }
      double stable = 1 / LinearModel.curvature(d);
      double rate = lr == null ? stable : Args.toDouble(lr, "lr");
      Descent.Path path =
          new Descent(ctx, rate, steps, stable)
              .run((phi, g) -> LinearModel.lossAndGrad(d, phi, g), start, shape);
      Tensor phi = Tensor.wrap(path.phi(), p);
      return new Fit("gd", phi, path.loss(), path.history(), predictor(model, phi), 0);
    }
    Object xv = x;
    Object yv = y;
    Fn loss = Fn.of("loss", 1, a -> Losses.sse(model.call(xv, a[0]), yv));
    double rate = lr == null ? DEFAULT_LR : Args.toDouble(lr, "lr");
    Descent.Path path =
        new Descent(ctx, rate, steps, Double.NaN)
            .run(autodiff(loss, shape, "model '" + model.name() + "'"), start, shape);
    Tensor phi = Tensor.wrap(path.phi(), shape);
    return new Fit("gd", phi, path.loss(), path.history(), predictor(model, phi), 0);
  }

  /** {@code gd(fn, phi0, lr=, steps=)} */
  static Fit function(Context ctx, Fn fn, Object phi0, Object lr, int steps) {
    Tensor t = Args.tensor(phi0, "phi0");
    int[] shape = t.shape();
    double rate = lr == null ? DEFAULT_LR : Args.toDouble(lr, "lr");
    Descent.Path path =
        new Descent(ctx, rate, steps, Double.NaN)
            .run(autodiff(fn, shape, "function '" + fn.name() + "'"), t.toDoubleArray(), shape);
    Tensor phi = Tensor.wrap(path.phi(), shape);
    Fn none =
        Fn.of(
            "predict",
            1,
            a -> {
              throw new IllegalArgumentException(
                  "this fit minimised a function of phi (gd(fn, phi0)) and has no model to predict"
                      + " with");
            });
    return new Fit("gd", phi, path.loss(), path.history(), none, 0);
  }

  private static Fn predictor(Fn model, Tensor phi) {
    return Fn.of("predict", 1, a -> model.call(a[0], phi));
  }

  /** The value and gradient of {@code fn(phi)} by automatic differentiation. */
  private static Descent.Objective autodiff(Fn fn, int[] shape, String what) {
    return (phi, grad) -> {
      Object arg = shape.length == 0 ? (Object) phi[0] : Tensor.wrap(phi.clone(), shape);
      Object[] vg = Autodiff.valueAndGrad(fn, new Object[] {arg}, new int[] {0});
      double value = Args.toDouble(vg[0], "gd: the function's value");
      Tensor g = Args.tensor(vg[1], "gd: the gradient");
      if (g.size() != grad.length) {
        throw new IllegalArgumentException(
            "gd: the gradient has " + g.size() + " values but phi has " + grad.length);
      }
      for (int i = 0; i < grad.length; i++) {
        grad[i] = g.getDouble(i);
      }
      return value;
    };
  }

  private static String shapeText(int[] shape) {
    return Tensor.wrap(new double[sizeOf(shape)], shape).shapeString();
  }

  private static int sizeOf(int[] shape) {
    int s = 1;
    for (int v : shape) {
      s *= v;
    }
    return s;
  }
}
