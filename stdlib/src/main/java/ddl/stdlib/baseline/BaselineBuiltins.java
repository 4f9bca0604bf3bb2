package ddl.stdlib.baseline;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Fn;
import ddl.stdlib.Opt;
import ddl.stdlib.Tensor;
import ddl.stdlib.learn.Design;
import ddl.stdlib.learn.Fit;
import ddl.stdlib.learn.LearnBuiltins;
import org.tribuo.Model;
import org.tribuo.regression.Regressor;

/**
 * {@code baseline(x, y, method)}: a Tribuo regressor trained on the same data as a ddl fit, so
 * students can check their own gradient descent against an established library.
 */
public final class BaselineBuiltins {
  private BaselineBuiltins() {}

  @Builtin(
      doc =
          "a Tribuo regressor trained on x and y, as a fit: \"linear\" exact least squares"
              + " (ElasticNetCDTrainer without penalty), \"sgd\" linear SGD with AdaGrad on"
              + " standardised features (phi in x's units), \"huber\" the same with the Huber loss,"
              + " robust to outliers, \"cart\" a regression tree, \"forest\" a random forest of 50"
              + " trees (phi None for trees: use .predict)",
      example = "baseline(x, y).phi; baseline(x, y, \"cart\").predict([10, 20])")
  public static Fit baseline(Object x, Object y, @Opt("\"linear\"") Object method) {
    if (!(method instanceof String)) {
      throw new IllegalArgumentException(
          "baseline: method must be a name such as \"linear\", found " + Args.describe(method));
    }
    Trainers.Kind kind = Trainers.Kind.of((String) method);
    long t0 = System.nanoTime();
    Design d = Design.of(x, y, "baseline");
    TribuoData data = new TribuoData(d, d.x(), d.y(), kind.standardise());
    Model<Regressor> model = Trainers.train(kind, data);
    double seconds = (System.nanoTime() - t0) * 1e-9;
    String name = "tribuo " + kind.label();
    double[] fitted = data.predict(model, d.x());
    double loss = sse(fitted, d.y());
    if (kind.linear()) {
      double[] p = data.linearPhi(model);
      Tensor phi = Tensor.wrap(p, p.length);
      Fn predict = Fn.of("predict", 1, a -> LearnBuiltins.linear(a[0], phi));
      return new Fit(name, phi, loss, null, predict, seconds);
    }
    Fn predict =
        Fn.of(
            "predict",
            1,
            a -> {
              Tensor xt = Args.tensor(a[0], "x");
              double[] xs = Design.xValues(xt, data.k, "predict");
              double[] out = data.predict(model, xs);
              return xt.ndim() == 0 ? (Object) out[0] : Tensor.wrap(out, out.length);
            });
    return new Fit(name, null, loss, null, predict, seconds);
  }

  private static double sse(double[] pred, double[] y) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      double r = pred[i] - y[i];
      s += r * r;
    }
    return s;
  }
}
