package ddl.stdlib.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.stdlib.Fn;
import ddl.stdlib.Lang;
import ddl.stdlib.Ops;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.builtins.MathBuiltins;
import org.junit.jupiter.api.Test;

/** The lecture's square loss of the line: grad against the hand-derived gradient. */
class SquareLossTest {
  private static final Tensor X = Tensor.of(50.0, 70, 30, 120);
  private static final Tensor Y = Tensor.of(900.0, 1200, 600, 2000);

  /** {@code def loss(phi) = sum((phi[0] + phi[1] * x - y) ** 2)}, as the translator writes it. */
  static final Fn LOSS =
      Fn.of(
          "loss",
          1,
          a -> {
            Object phi = a[0];
            return MathBuiltins.sum(
                Ops.pow(
                    Ops.sub(Ops.add(Lang.getitem(phi, 0L), Ops.mul(Lang.getitem(phi, 1L), X)), Y),
                    2L),
                null,
                false);
          });

  @Test
  void gradientIsTheClosedForm() {
    double[] phi = {3.0, 14.5};
    double s = 0;
    double sx = 0;
    for (int i = 0; i < 4; i++) {
      double r = phi[0] + phi[1] * X.getDouble(i) - Y.getDouble(i);
      s += r;
      sx += r * X.getDouble(i);
    }
    Tensor g = (Tensor) AutodiffBuiltins.grad(LOSS, 0L).call(Tensor.of(phi));
    assertEquals(2, g.size());
    assertEquals(2 * s, g.getDouble(0), 1e-9 * Math.abs(s));
    assertEquals(2 * sx, g.getDouble(1), 1e-9 * Math.abs(sx));
  }

  @Test
  void valueAndGradGivesTheLossOnce() {
    Tensor phi = Tensor.of(0.0, 1.0);
    Tuple vg = (Tuple) AutodiffBuiltins.value_and_grad(LOSS, 0L).call(phi);
    assertEquals(LOSS.call(phi), vg.get(0));
    // r = x - y at phi = (0, 1): [-850, -1130, -570, -1880]
    Tensor g = (Tensor) vg.get(1);
    assertEquals(2 * (-850 - 1130 - 570 - 1880), g.getDouble(0), 1e-9);
    assertEquals(2 * (-850 * 50 - 1130 * 70 - 570 * 30 - 1880 * 120), g.getDouble(1), 1e-6);
  }

  @Test
  void integerArgumentsAreDifferentiatedAsFloats() {
    Tensor g = (Tensor) AutodiffBuiltins.grad(LOSS, 0L).call(Tensor.of(0L, 1L));
    assertEquals(2.0 * (-850 - 1130 - 570 - 1880), g.getDouble(0), 1e-9);
  }

  @Test
  void autodiffEntryPointGivesValueAndGradient() {
    Object[] r = Autodiff.valueAndGrad(LOSS, new Object[] {Tensor.of(0.0, 1.0)}, new int[] {0});
    assertEquals(LOSS.call(Tensor.of(0.0, 1.0)), r[0]);
    assertEquals(2.0 * (-850 - 1130 - 570 - 1880), ((Tensor) r[1]).getDouble(0), 1e-9);
  }
}
