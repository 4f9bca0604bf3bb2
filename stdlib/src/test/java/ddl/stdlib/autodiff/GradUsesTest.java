package ddl.stdlib.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.Context;
import ddl.stdlib.Fn;
import ddl.stdlib.Lang;
import ddl.stdlib.Ops;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.builtins.MathBuiltins;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** grad used twice, nested, on functions that call others, with wrt tuples; and its errors. */
class GradUsesTest {
  private static final Tensor X = Tensor.of(1.0, 2, 3);
  private static final Tensor Y = Tensor.of(2.0, 4.5, 5.5);

  /** {@code def f(x, phi) = phi[0] + phi[1] * x} */
  static final Fn MODEL =
      Fn.of("f", 2, a -> Ops.add(Lang.getitem(a[1], 0L), Ops.mul(Lang.getitem(a[1], 1L), a[0])));

  /** {@code def loss(phi) { r = f(x, phi) - y; return sum(r ** 2) }}: calls another def. */
  static final Fn LOSS =
      Fn.of(
          "loss",
          1,
          a -> MathBuiltins.sum(Ops.pow(Ops.sub(MODEL.call(X, a[0]), Y), 2L), null, false));

  @Test
  void secondUseOfGradGivesTheSameGradient() {
    Fn g1 = AutodiffBuiltins.grad(LOSS, 0L);
    Tensor a = (Tensor) g1.call(Tensor.of(0.5, 1.5));
    Tensor b = (Tensor) g1.call(Tensor.of(0.5, 1.5));
    Tensor c = (Tensor) AutodiffBuiltins.grad(LOSS, 0L).call(Tensor.of(0.5, 1.5));
    for (int i = 0; i < 2; i++) {
      assertEquals(a.getDouble(i), b.getDouble(i));
      assertEquals(a.getDouble(i), c.getDouble(i));
    }
    // r = 0.5 + 1.5 x - y = [0, -1, -0.5]: dL/dphi0 = 2 sum r, dL/dphi1 = 2 sum r x
    assertEquals(-3.0, a.getDouble(0), 1e-12);
    assertEquals(-7.0, a.getDouble(1), 1e-12);
  }

  @Test
  void gradOfGradIsTheSecondDerivative() {
    // f(t) = t ** 3 + sin(t): f'' = 6 t - sin(t)
    Fn f = Fn.of("f", 1, a -> Ops.add(Ops.pow(a[0], 3L), MathBuiltins.sin(a[0])));
    Fn d2 = AutodiffBuiltins.grad(AutodiffBuiltins.grad(f, 0L), 0L);
    assertEquals(6 * 0.7 - Math.sin(0.7), (Double) d2.call(0.7), 1e-12);
    Fn d3 = AutodiffBuiltins.grad(d2, 0L);
    assertEquals(6 - Math.cos(0.7), (Double) d3.call(0.7), 1e-12);
  }

  @Test
  void hessianOfTheSquareLossIsTwiceTheGramMatrix() {
    // d/dphi of (dL/dphi . v) = 2 A^T A v with A = [1 x]: a Hessian-vector product
    Fn gradDotV =
        Fn.of(
            "gv",
            1,
            a -> Ops.matmul(AutodiffBuiltins.grad(LOSS, 0L).call(a[0]), Tensor.of(1.0, 0.0)));
    Tensor h = (Tensor) AutodiffBuiltins.grad(gradDotV, 0L).call(Tensor.of(0.5, 1.5));
    assertEquals(2 * 3.0, h.getDouble(0), 1e-12);
    assertEquals(2 * 6.0, h.getDouble(1), 1e-12);
  }

  @Test
  void wrtTupleGivesATupleOfGradients() {
    Fn f = Fn.of("f", 3, a -> MathBuiltins.sum(Ops.mul(Ops.mul(a[0], a[1]), a[2]), null, false));
    Tuple g =
        (Tuple) AutodiffBuiltins.grad(f, Tuple.of(0L, 2L)).call(2.0, Tensor.of(3.0, 4.0), 5.0);
    assertEquals(2, g.size());
    assertEquals(35.0, (Double) g.get(0), 1e-12);
    assertEquals(14.0, (Double) g.get(1), 1e-12);
    Tuple vg = (Tuple) AutodiffBuiltins.value_and_grad(f, -1L).call(2.0, Tensor.of(3.0, 4.0), 5.0);
    assertEquals(70.0, vg.get(0));
    assertEquals(14.0, (Double) vg.get(1), 1e-12);
  }

  @Test
  void constantResultHasZeroGradient() {
    Fn f = Fn.of("f", 1, a -> 3.0);
    Tensor g = (Tensor) AutodiffBuiltins.grad(f, 0L).call(Tensor.of(1.0, 2.0));
    assertEquals(0.0, g.getDouble(1));
  }

  @Test
  void operationWithoutRuleIsAnErrorNamingIt() {
    Fn argmax = Fn.of("f", 1, a -> MathBuiltins.argmax(a[0], null, false));
    Exception e =
        assertThrows(
            UnsupportedOperationException.class,
            () -> AutodiffBuiltins.grad(argmax, 0L).call(Tensor.of(1.0, 2.0)));
    assertEquals("grad: no derivative rule for 'argmax'", e.getMessage());
    Fn floordiv = Fn.of("f", 1, a -> MathBuiltins.sum(Ops.floordiv(a[0], 2L), null, false));
    e =
        assertThrows(
            UnsupportedOperationException.class,
            () -> AutodiffBuiltins.grad(floordiv, 0L).call(Tensor.of(1.0, 2.0)));
    assertEquals("grad: no derivative rule for '//'", e.getMessage());
  }

  @Test
  void nonScalarResultIsAnError() {
    Fn f = Fn.of("f", 1, a -> Ops.mul(a[0], 2L));
    Exception e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AutodiffBuiltins.grad(f, 0L).call(Tensor.of(1.0, 2.0)));
    assertEquals(
        "grad: the function must return a scalar, found a tensor of shape (2,)", e.getMessage());
  }

  @Test
  void comparisonsOnTracedValuesAreBoolTensors() {
    Fn f =
        Fn.of(
            "f",
            1,
            a -> {
              assertTrue(Ops.gt(a[0], 0.0) instanceof Tensor);
              return MathBuiltins.sum(a[0], null, false);
            });
    AutodiffBuiltins.grad(f, 0L).call(Tensor.of(1.0, -2.0));
  }

  @Test
  void gradcheckReportsTheWorstError() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Context ctx = new Context(new PrintStream(bytes, true), System.err);
    double err = AutodiffBuiltins.gradcheck(ctx, LOSS, new Object[] {Tensor.of(0.5, 1.5)});
    assertTrue(err < 1e-7, "error " + err);
    assertTrue(bytes.toString().startsWith("gradcheck: worst relative error "), bytes.toString());
  }
}
