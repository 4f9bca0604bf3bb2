package ddl.stdlib.plot;

import ddl.stdlib.Fn;
import ddl.stdlib.Tensor;
import ddl.stdlib.learn.Fit;

/**
 * The figures of lecture 1 built through the Java API, as the ddl lines in docs/plots.md build
 * them: rent against flat size, two candidate lines, the loss surface over (phi0, phi1) with the
 * gradient-descent path, the loss curve, and a histogram.
 */
final class Lecture {
  static final Tensor X = Tensor.of(30.0, 45, 50, 60, 70, 80, 95, 100, 120);
  static final Tensor Y = Tensor.of(610.0, 700, 820, 850, 1010, 1090, 1180, 1310, 1480);

  private Lecture() {}

  /** {@code def loss(phi) = sum((phi[0] + phi[1] * x - y) ** 2)} */
  static final Fn LOSS =
      Fn.of(
          "loss",
          1,
          args -> {
            double[] p = ((Tensor) args[0]).toDoubleArray();
            double s = 0;
            for (int i = 0; i < X.size(); i++) {
              double r = p[0] + p[1] * X.getDouble(i) - Y.getDouble(i);
              s += r * r;
            }
            return s;
          });

  /** Gradient descent on the loss from (0, 0), recording every step as {@code gd} does. */
  static Fit gd(double lr0, double lr1, int steps) {
    double[] hist = new double[(steps + 1) * 2];
    double[] loss = new double[steps + 1];
    double p0 = 0;
    double p1 = 0;
    for (int t = 0; ; t++) {
      hist[2 * t] = p0;
      hist[2 * t + 1] = p1;
      loss[t] = (Double) LOSS.call(Tensor.of(p0, p1));
      if (t == steps) {
        break;
      }
      double g0 = 0;
      double g1 = 0;
      for (int i = 0; i < X.size(); i++) {
        double r = p0 + p1 * X.getDouble(i) - Y.getDouble(i);
        g0 += 2 * r;
        g1 += 2 * r * X.getDouble(i);
      }
      // a step per coordinate: a plain gd on this badly scaled problem would crawl along phi0
      p0 -= lr0 * g0;
      p1 -= lr1 * g1;
    }
    Tensor phi = Tensor.of(p0, p1);
    return new Fit(
        "gd",
        phi,
        loss[steps],
        new Fit.History(Tensor.wrap(hist, steps + 1, 2), Tensor.wrap(loss, steps + 1)),
        args -> args[0],
        0);
  }

  static Figure data() {
    return new Figure().scatter(X, Y).labels("size (m2)", "rent");
  }

  static Figure candidates() {
    return data()
        .line(Tensor.of(300.0, 10))
        .line(Tensor.of(100.0, 13))
        .title("two candidate lines");
  }

  static Figure surfacePath() {
    return PlotBuiltins.surface(
            null, LOSS, Tensor.of(linspace(-200, 800, 51)), Tensor.of(linspace(0, 20, 51)), null)
        .path(gd(0.04, 1e-5, 60))
        .title("loss over (phi0, phi1)");
  }

  static Figure lossCurve() {
    return PlotBuiltins.curve(gd(0.04, 1e-5, 60), true, null, null, null).title("gd loss per step");
  }

  static Figure histogram() {
    double[] v = new double[200];
    java.util.Random r = new java.util.Random(42);
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextGaussian() * 2 + 5;
    }
    return new Figure().hist(Tensor.of(v), 12L).title("200 draws from N(5, 2^2)");
  }

  static double[] linspace(double a, double b, int n) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = a + (b - a) * i / (n - 1);
    }
    return d;
  }
}
