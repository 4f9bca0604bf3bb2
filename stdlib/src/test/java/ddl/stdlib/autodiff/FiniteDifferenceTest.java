package ddl.stdlib.autodiff;

import static ddl.stdlib.Lang.getitem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.stdlib.Fn;
import ddl.stdlib.Lang;
import ddl.stdlib.Members;
import ddl.stdlib.Ops;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.builtins.ArrayBuiltins;
import ddl.stdlib.builtins.MathBuiltins;
import ddl.stdlib.index.NewAxis;
import ddl.stdlib.index.Slice;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every differentiable operation against central finite differences on random inputs, broadcast
 * shapes included. Each operation's result is reduced with random weights, sum(op(...) * w), so
 * that a wrong transpose or a wrong broadcast of the gradient cannot hide behind all-ones.
 */
class FiniteDifferenceTest {
  /** One operation on arguments of the given shapes ({@code null}: a Java double). */
  record Case(String name, Function<Object[], Object> op, boolean positive, int[]... shapes) {}

  private static Case c(String name, Function<Object[], Object> op, int[]... shapes) {
    return new Case(name, op, false, shapes);
  }

  private static Case pos(String name, Function<Object[], Object> op, int[]... shapes) {
    return new Case(name, op, true, shapes);
  }

  private static int[] s(int... shape) {
    return shape;
  }

  static List<Case> cases() {
    return List.of(
        c("add", a -> Ops.add(a[0], a[1]), s(3, 4), s(4)),
        c("add outer", a -> Ops.add(a[0], a[1]), s(3, 1), s(1, 4)),
        c("add scalar", a -> Ops.add(a[0], a[1]), null, s(3)),
        c("add constant", a -> Ops.add(2L, a[0]), s(2, 2)),
        c("sub", a -> Ops.sub(a[0], a[1]), s(2, 3), s(3)),
        c("sub reflected", a -> Ops.sub(1.5, a[0]), s(4)),
        c("mul", a -> Ops.mul(a[0], a[1]), s(3, 4), s(3, 1)),
        c("mul 0-d", a -> Ops.mul(a[0], a[1]), s(), s(5)),
        c("mul same", a -> Ops.mul(a[0], a[0]), s(4)),
        pos("div", a -> Ops.div(a[0], a[1]), s(3, 4), s(4)),
        pos("div reflected", a -> Ops.div(3.0, a[0]), s(3)),
        c("square", a -> Ops.pow(a[0], 2L), s(5)),
        c("cube", a -> Ops.pow(a[0], 3.0), s(2, 3)),
        pos("pow", a -> Ops.pow(a[0], a[1]), s(2, 3), s(3)),
        c("exp2", a -> Ops.pow(2.0, a[0]), s(4)),
        c("neg", a -> Ops.neg(a[0]), s(3)),
        c("exp", a -> MathBuiltins.exp(a[0]), s(2, 3)),
        pos("log", a -> MathBuiltins.log(a[0]), s(2, 3)),
        pos("sqrt", a -> MathBuiltins.sqrt(a[0]), s(4)),
        c("abs", a -> MathBuiltins.abs(a[0]), s(6)),
        c("sin", a -> MathBuiltins.sin(a[0]), s(4)),
        c("cos", a -> MathBuiltins.cos(a[0]), s(4)),
        c("tanh", a -> MathBuiltins.tanh(a[0]), s(2, 2)),
        c("sum", a -> MathBuiltins.sum(a[0], null, false), s(3, 4)),
        c("sum axis", a -> MathBuiltins.sum(a[0], 0L, false), s(3, 4)),
        c("sum axes keepdims", a -> MathBuiltins.sum(a[0], Tuple.of(0L, 2L), true), s(2, 3, 4)),
        c("method sum", a -> Members.invoke(a[0], "sum", 1L), s(3, 4)),
        c("mean", a -> MathBuiltins.mean(a[0], null, false), s(3, 4)),
        c("mean axis", a -> MathBuiltins.mean(a[0], 1L, true), s(3, 4)),
        c("max", a -> MathBuiltins.max(a[0], null, false), s(3, 4)),
        c("max axis", a -> MathBuiltins.max(a[0], 1L, false), s(3, 4)),
        c("min axis", a -> MathBuiltins.min(a[0], 0L, true), s(3, 4)),
        c("matmul", a -> Ops.matmul(a[0], a[1]), s(3, 4), s(4, 2)),
        c("matmul vector right", a -> Ops.matmul(a[0], a[1]), s(3, 4), s(4)),
        c("matmul vector left", a -> Ops.matmul(a[0], a[1]), s(4), s(4, 2)),
        c("matmul dot", a -> Ops.matmul(a[0], a[1]), s(4), s(4)),
        c("matmul batched", a -> MathBuiltins.matmul(a[0], a[1]), s(2, 3, 4), s(4, 5)),
        c("matmul batched both", a -> Ops.matmul(a[0], a[1]), s(2, 3, 4), s(2, 4, 2)),
        c("matmul batched vector", a -> Ops.matmul(a[0], a[1]), s(2, 3, 4), s(4)),
        c("matmul vector batched", a -> Ops.matmul(a[0], a[1]), s(3), s(2, 3, 4)),
        c("reshape", a -> ArrayBuiltins.reshape(a[0], new Object[] {3L, 4L}), s(2, 6)),
        c("reshape tuple", a -> ArrayBuiltins.reshape(a[0], new Object[] {Tuple.of(4L)}), s(2, 2)),
        c("transpose", a -> ArrayBuiltins.transpose(a[0], Tuple.of(1L, 2L, 0L)), s(2, 3, 4)),
        c("transpose reversed", a -> ArrayBuiltins.transpose(a[0], null), s(2, 3)),
        c(".T", a -> Ops.mul(Members.attr(a[0], "T"), a[1]), s(3, 2), s(3)),
        c("index", a -> getitem(a[0], 1L), s(3, 4)),
        c("index scalar", a -> Ops.mul(getitem(a[0], 0L, -1L), getitem(a[0], 1L, 1L)), s(2, 3)),
        c("slice", a -> getitem(a[0], Slice.all(), 1L), s(3, 4)),
        c("slice step", a -> getitem(a[0], Slice.of(1L, null), Slice.of(null, null, -1L)), s(3, 4)),
        c(
            "newaxis",
            a -> Ops.add(getitem(a[0], NewAxis.INSTANCE, Slice.all()), a[1]),
            s(3),
            s(2, 1)),
        c("integer array", a -> getitem(a[0], Tensor.of(0L, 2L, 0L)), s(3, 2)),
        c("mask", a -> getitem(a[0], Ops.gt(a[0], 0.0)), s(3, 4)),
        c("maximum", a -> Traced.maximum(a[0], a[1]), s(3, 4), s(4)),
        c("relu", a -> Traced.maximum(a[0], 0.0), s(6)),
        c("minimum", a -> Traced.minimum(a[1], a[0]), s(3, 1), s(3, 4)),
        c("clip", a -> Traced.clip(a[0], -0.5, 0.5), s(8)),
        c("clip traced bounds", a -> Traced.clip(a[0], a[1], 0.7), s(6), s()),
        c("where", a -> Traced.where(Ops.gt(a[0], 0.0), a[0], Ops.mul(a[1], 2.0)), s(3, 4), s(4)),
        c(
            "array literal",
            a -> Lang.array(MathBuiltins.sum(a[0], null, false), 2.0, getitem(a[0], 1L)),
            s(3)),
        c("array of rows", a -> Lang.array(a[0], Ops.mul(a[0], a[1])), s(2), s(2)),
        c("line", a -> Ops.add(getitem(a[0], 0L), Ops.mul(getitem(a[0], 1L), a[1])), s(2), s(5)));
  }

  @TestFactory
  Stream<DynamicTest> gradientsMatchFiniteDifferences() {
    return cases().stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> check(k)));
  }

  private static void check(Case k) {
    Random rnd = new Random(k.name().hashCode());
    Object[] args = new Object[k.shapes().length];
    int[] wrt = new int[args.length];
    for (int i = 0; i < args.length; i++) {
      args[i] = random(rnd, k.shapes()[i], k.positive());
      wrt[i] = i;
    }
    Fn f = Fn.of(k.name(), args.length, a -> weighted(k.op().apply(a)));
    Object[] r = Autodiff.valueAndGrad(f, args, wrt);
    assertEquals(value(f.call(args)), (Double) r[0], 1e-12 * Math.abs((Double) r[0]) + 1e-12);
    for (int i = 0; i < args.length; i++) {
      double[] numeric = numeric(f, args, i);
      double[] analytic =
          r[i + 1] instanceof Double
              ? new double[] {(Double) r[i + 1]}
              : ((Tensor) r[i + 1]).toDoubleArray();
      if (r[i + 1] instanceof Tensor) {
        assertArrayEquals(shapeOf(args[i]), ((Tensor) r[i + 1]).shape(), "gradient shape");
      }
      for (int e = 0; e < numeric.length; e++) {
        double tol = 1e-6 * Math.max(1, Math.abs(numeric[e]));
        assertEquals(numeric[e], analytic[e], tol, k.name() + ": argument " + i + " element " + e);
      }
    }
  }

  /** sum(out * w) with weights fixed by out's shape. */
  private static Object weighted(Object out) {
    int[] shape = shapeOf(out instanceof Var ? ((Var) out).tensor() : out);
    Tensor w = (Tensor) random(new Random(java.util.Arrays.hashCode(shape)), shape, false);
    return MathBuiltins.sum(Ops.mul(out, w), null, false);
  }

  private static double[] numeric(Fn f, Object[] args, int i) {
    Object[] work = args.clone();
    if (args[i] instanceof Double) {
      double x = (Double) args[i];
      work[i] = x + 1e-6;
      double up = value(f.call(work));
      work[i] = x - 1e-6;
      return new double[] {(up - value(f.call(work))) / 2e-6};
    }
    Tensor t = ((Tensor) args[i]).copy();
    work[i] = t;
    double[] d = t.doubleStorage();
    double[] out = new double[d.length];
    for (int e = 0; e < d.length; e++) {
      double x = d[e];
      d[e] = x + 1e-6;
      double up = value(f.call(work));
      d[e] = x - 1e-6;
      out[e] = (up - value(f.call(work))) / 2e-6;
      d[e] = x;
    }
    return out;
  }

  private static double value(Object r) {
    return r instanceof Tensor ? ((Tensor) r).getDouble(0) : ((Number) r).doubleValue();
  }

  private static int[] shapeOf(Object v) {
    return v instanceof Tensor ? ((Tensor) v).shape() : new int[0];
  }

  private static Object random(Random rnd, int[] shape, boolean positive) {
    if (shape == null) {
      return positive ? 0.5 + rnd.nextDouble() : rnd.nextDouble() * 2 - 1;
    }
    double[] d = new double[ddl.stdlib.Shape.size(shape)];
    for (int i = 0; i < d.length; i++) {
      d[i] = positive ? 0.5 + 1.5 * rnd.nextDouble() : rnd.nextDouble() * 2 - 1;
    }
    return Tensor.wrap(d, shape);
  }
}
