package ddl.stdlib.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.Context;
import ddl.stdlib.Fn;
import ddl.stdlib.Tensor;
import ddl.stdlib.io.Table;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** gd on the lecture's data: convergence to lstsq, the loop a student writes, divergence. */
class GdTest {
  private final Table cars = Data.table("cars");
  private final Tensor x = cars.get("speed");
  private final Tensor y = cars.get("dist");
  private final Context ctx = new Context(quiet(), quiet());

  /**
   * The largest stable rate is 2 / lambda_max of the loss's Hessian 2 A^T A (A = [1, x]); half of
   * that, 1 / lambda_max, is computed here from the 2x2 matrix in closed form, independently of gd,
   * and on the raw data: standardising would hide the slow direction that makes it hard.
   */
  private double stableLr() {
    double n = x.size();
    double sx = 0;
    double sxx = 0;
    for (int i = 0; i < x.size(); i++) {
      sx += x.getDouble(i);
      sxx += x.getDouble(i) * x.getDouble(i);
    }
    double a = 2 * n;
    double b = 2 * sx;
    double d = 2 * sxx;
    double lambdaMax = (a + d) / 2 + Math.sqrt((a - d) * (a - d) / 4 + b * b);
    return 1 / lambdaMax;
  }

  @Test
  void convergesToLeastSquaresOnCars() {
    Fit fit =
        LearnBuiltins.gd(ctx, LearnBuiltins.linear(null, null), x, y, stableLr(), 100_000L, null);
    Tensor exact = LearnBuiltins.lstsq(x, y);
    for (int j = 0; j < 2; j++) {
      double rel =
          Math.abs(fit.phi().getDouble(j) - exact.getDouble(j)) / Math.abs(exact.getDouble(j));
      assertTrue(rel < 1e-6, "phi[" + j + "] relative error " + rel);
    }
  }

  @Test
  void sameNumbersAsTheLoopAStudentWrites() {
    double lr = 1e-5;
    int steps = 500;
    Fit fit =
        LearnBuiltins.gd(
            ctx, LearnBuiltins.linear(null, null), x, y, lr, (long) steps, Tensor.of(0.0, 0.0));
    // phi = [0., 0.]; for i in range(steps) { r = phi[0] + phi[1] * x - y;
    //   g = [2 * sum(r), 2 * sum(r * x)]; phi = phi - lr * g }
    double[] xs = x.toDoubleArray();
    double[] ys = y.toDoubleArray();
    double[] phi = {0, 0};
    double[] losses = new double[steps + 1];
    for (int s = 0; s <= steps; s++) {
      double[] r = new double[xs.length];
      double loss = 0;
      for (int i = 0; i < xs.length; i++) {
        r[i] = phi[0] + phi[1] * xs[i] - ys[i];
        loss += r[i] * r[i];
      }
      losses[s] = loss;
      if (s == steps) {
        break;
      }
      double g0 = 0;
      double g1 = 0;
      for (int i = 0; i < xs.length; i++) {
        g0 += r[i];
        g1 += r[i] * xs[i];
      }
      phi = new double[] {phi[0] - lr * 2 * g0, phi[1] - lr * 2 * g1};
    }
    assertArrayEquals(phi, fit.phi().toDoubleArray(), 1e-12 * Math.abs(phi[0]));
    assertArrayEquals(losses, fit.history().loss().toDoubleArray(), 1e-9);
    assertEquals(losses[steps], fit.loss(), 1e-9);
  }

  @Test
  void historyHasOneRowPerStepAndTheStart() {
    Fit fit =
        LearnBuiltins.gd(
            ctx, LearnBuiltins.linear(null, null), x, y, 1e-5, 10L, Tensor.of(1.0, 2.0));
    assertArrayEquals(new int[] {11, 2}, fit.history().phi().shape());
    assertArrayEquals(new int[] {11}, fit.history().loss().shape());
    assertEquals(1.0, fit.history().phi().getDouble(0));
    assertEquals(2.0, fit.history().phi().getDouble(1));
    Tensor pred = (Tensor) fit.predict(Tensor.of(0.0, 10.0));
    assertEquals(fit.phi().getDouble(0), pred.getDouble(0), 1e-12);
  }

  @Test
  void divergenceNamesTheStepAndASmallerRate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LearnBuiltins.gd(ctx, LearnBuiltins.linear(null, null), x, y, 1e-3, 100L, null));
    assertEquals(
        "gd diverged at step 3 (loss 31103257524344.082): try a smaller lr, such as lr=3e-05",
        e.getMessage());
  }

  @Test
  void divergenceOfAnotherFunctionSuggestsATenthOfTheRate() {
    // the loss of x^2 grows by (1 - 2 lr)^2 = 81 per step at lr = 5
    Descent d = new Descent(ctx, 5, 100, Double.NaN);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                d.run(
                    (p, g) -> {
                      g[0] = 2 * p[0];
                      return p[0] * p[0];
                    },
                    new double[] {1},
                    new int[] {1}));
    assertEquals(
        "gd diverged at step 4 (loss 43046721.0): try a smaller lr, such as lr=0.5",
        e.getMessage());
  }

  @Test
  void reportsProgressAndStopsWhenInterrupted() {
    List<Long> done = new ArrayList<>();
    Context c = new Context(quiet(), quiet());
    c.setProgress((task, d, total) -> done.add(d));
    LearnBuiltins.gd(c, LearnBuiltins.linear(null, null), x, y, 1e-5, 1000L, null);
    assertEquals(101, done.size() - 1);
    assertEquals(1000L, done.get(done.size() - 1));
    c.setProgress(
        (task, d, total) -> {
          if (d >= 10) {
            c.interrupt();
          }
        });
    assertThrows(
        Context.Interrupted.class,
        () -> LearnBuiltins.gd(c, LearnBuiltins.linear(null, null), x, y, 1e-5, 1000L, null));
  }

  @Test
  void otherModelsNeedAutomaticDifferentiation() {
    Fn model = Fn.of("f", 2, a -> LearnBuiltins.linear(a[0], a[1]));
    try {
      Fit fit = LearnBuiltins.gd(ctx, model, x, y, 1e-5, 500L, null);
      Fit exact = LearnBuiltins.gd(ctx, LearnBuiltins.linear(null, null), x, y, 1e-5, 500L, null);
      assertArrayEquals(exact.phi().toDoubleArray(), fit.phi().toDoubleArray(), 1e-9);
    } catch (UnsupportedOperationException e) {
      assertTrue(
          e.getMessage()
              .startsWith("gd: the gradient of model 'f' needs automatic differentiation"),
          e.getMessage());
    }
  }

  @Test
  void linearModelShapes() {
    assertArrayEquals(
        new double[] {2.5, 4.5, 6.5},
        ((Tensor) LearnBuiltins.linear(Tensor.of(1, 2, 3), Tensor.of(0.5, 2))).toDoubleArray());
    Tensor xs = Tensor.wrap(new double[] {1, 2, 3, 4}, 2, 2);
    assertArrayEquals(
        new double[] {1 + 1 + 4, 1 + 3 + 8},
        ((Tensor) LearnBuiltins.linear(xs, Tensor.of(1.0, 1, 2))).toDoubleArray());
    assertEquals(4.0, LearnBuiltins.sse(Tensor.of(1, 2, 3), Tensor.of(1, 2, 5)));
    assertEquals(4.0 / 3, LearnBuiltins.mse(Tensor.of(1, 2, 3), Tensor.of(1, 2, 5)));
    assertEquals(
        1 - 1.0 / 4.666666666666667,
        (Double) LearnBuiltins.r2(Tensor.of(1, 2, 3), Tensor.of(1, 2, 4)),
        1e-12);
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream());
  }
}
