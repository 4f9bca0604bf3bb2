package ddl.stdlib.plot;

import ddl.stdlib.Tensor;
import java.util.List;

/**
 * Figures of the course's notebooks built through the Java API as examples/figures.ddl builds them:
 * a loss heat map with the least-squares point, contours with a descent path, a 3×3 grid of
 * panels, a ±2σ band, an image and its max-pool, a training curve on a log axis, a second y axis.
 */
final class Course {
  private Course() {}

  static double[] linspace(double a, double b, int n) {
    return Lecture.linspace(a, b, n);
  }

  /** The lecture's loss on a grid: rows phi1, columns phi0. */
  static Tensor lossGrid(double[] p0, double[] p1) {
    double[] z = new double[p0.length * p1.length];
    for (int i = 0; i < p1.length; i++) {
      for (int j = 0; j < p0.length; j++) {
        z[i * p0.length + j] = (Double) Lecture.LOSS.call(Tensor.of(p0[j], p1[i]));
      }
    }
    return Tensor.wrap(z, p1.length, p0.length);
  }

  static Figure heatmap() {
    Tensor l = lossGrid(linspace(-200, 800, 41), linspace(0, 20, 41));
    return new Figure()
        .heatmap(l, null, null, null, Tensor.of(-200.0, 800, 0, 20), "lower", null)
        .scatter(Tensor.of(325.0), Tensor.of(9.5), "white", "least squares", null)
        .labels("phi0", "phi1")
        .title("loss");
  }

  static Figure contour() {
    double[] p0 = linspace(-200, 800, 41);
    double[] p1 = linspace(0, 20, 41);
    return new Figure()
        .contour(Tensor.of(p0), Tensor.of(p1), lossGrid(p0, p1), 8L, null, null)
        .path(Lecture.gd(0.04, 1e-5, 60), null, null)
        .labels("phi0", "phi1")
        .title("descent path");
  }

  static Figure grid() {
    Figure g = Figure.grid(3, 3).title("hidden units");
    double[] t = linspace(0, 2, 41);
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        double[] y = new double[t.length];
        for (int n = 0; n < t.length; n++) {
          double pre = (k - 1) * 0.5 + (i + 1) * (k % 2 == 0 ? 1 : -1) * (t[n] - 0.7);
          y[n] = i == 0 ? pre : Math.max(0, pre) * (i == 2 ? -0.5 : 1);
        }
        g.get((long) i, (long) k).plot(Tensor.of(t), Tensor.of(y)).ylim(-1L, 1L).title("unit " + (k + 1));
      }
    }
    return g;
  }

  static Figure band() {
    double[] u = linspace(0, 1, 20);
    double[] mu = new double[u.length];
    double[] lo = new double[u.length];
    double[] hi = new double[u.length];
    double[] v = new double[u.length];
    java.util.Random r = new java.util.Random(5);
    for (int i = 0; i < u.length; i++) {
      mu[i] = 0.5 + 1.5 * u[i];
      lo[i] = mu[i] - 0.4;
      hi[i] = mu[i] + 0.4;
      v[i] = mu[i] + 0.2 * r.nextGaussian();
    }
    return new Figure()
        .fill_between(Tensor.of(u), Tensor.of(lo), Tensor.of(hi), null, 0.3, "±2σ")
        .plot(Tensor.of(u), Tensor.of(mu), null, null, "model", null, null, null)
        .scatter(Tensor.of(u), Tensor.of(v))
        .title("normal regression");
  }

  static final List<List<Long>> IMAGE =
      List.of(List.of(1L, 2L, 0L, 5L), List.of(3L, 8L, 1L, 1L), List.of(0L, 4L, 9L, 2L), List.of(7L, 1L, 3L, 6L));

  static Figure maxPool() {
    Figure g = Figure.grid(1, 2).title("max pooling");
    g.get(0L).imshow(IMAGE, "gray", null, null, null, null, null).title("4x4 input");
    g.get(1L).imshow(List.of(List.of(8L, 5L), List.of(7L, 9L)), "gray", null, null, null, null, null).title("2x2 max-pool");
    return g;
  }

  static Figure trainingCurve() {
    double[] e = new double[50];
    double[] train = new double[50];
    double[] valid = new double[50];
    for (int i = 0; i < 50; i++) {
      e[i] = i + 1;
      train[i] = 2 * Math.exp(-0.1 * e[i]) + 0.01;
      valid[i] = 2 * Math.exp(-0.08 * e[i]) + 0.08 + 0.002 * e[i];
    }
    return new Figure()
        .plot(Tensor.of(e), Tensor.of(train), null, null, "train", null, null, null)
        .plot(Tensor.of(e), Tensor.of(valid), "--", null, "validation", null, null, null)
        .logy()
        .labels("epoch", "loss")
        .title("training curve");
  }

  static Figure twin() {
    double[] e = linspace(1, 50, 50);
    double[] loss = new double[50];
    double[] acc = new double[50];
    for (int i = 0; i < 50; i++) {
      loss[i] = 2 * Math.exp(-0.1 * e[i]);
      acc[i] = 1 - loss[i] / 2;
    }
    Figure f = new Figure().plot(Tensor.of(e), Tensor.of(loss), null, null, "loss", null, null, null);
    f.twinx().plot(Tensor.of(e), Tensor.of(acc), "g", null, "accuracy", null, null, null);
    return f.axvline(25.0, "gray", ":", null, null).title("twinx");
  }
}
