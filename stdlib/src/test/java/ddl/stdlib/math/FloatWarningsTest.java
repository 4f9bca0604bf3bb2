package ddl.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.stdlib.Context;
import ddl.stdlib.DType;
import ddl.stdlib.Ops;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** numpy's RuntimeWarnings of float64 kernels, with numpy's values (numpy 2.4 on x86). */
class FloatWarningsTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Context ctx;

  @BeforeEach
  void statement() {
    ctx = new Context(System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
    ctx.statement();
  }

  private String warnings() {
    String s = err.toString(StandardCharsets.UTF_8);
    err.reset();
    ctx.statement();
    return s;
  }

  @Test
  void overflowOfMultiplyButNotOfAddOrSubtract() {
    Tensor a = Tensor.of(1e308, 1.0);
    assertArrayEquals(new double[] {INF, 10}, a.mul(10L).toDoubleArray());
    assertEquals("RuntimeWarning: overflow encountered in multiply\n", warnings());
    assertArrayEquals(new double[] {INF, 2}, a.add(a).toDoubleArray());
    assertArrayEquals(new double[] {-INF, -2}, a.neg().sub(a).toDoubleArray());
    assertEquals("", warnings());
  }

  @Test
  void infAndNanOperandsAreSilentButNewNansAreInvalid() {
    Tensor a = Tensor.of(INF, Double.NaN);
    assertArrayEquals(new double[] {INF, Double.NaN}, a.mul(2L).add(1L).toDoubleArray());
    assertEquals("", warnings());
    assertArrayEquals(new double[] {Double.NaN, Double.NaN}, a.mul(0L).toDoubleArray());
    assertEquals("RuntimeWarning: invalid value encountered in multiply\n", warnings());
  }

  @Test
  void oncePerStatement() {
    Tensor a = Tensor.of(1e308);
    a.mul(10L);
    a.mul(10L);
    assertEquals("RuntimeWarning: overflow encountered in multiply\n", warnings());
  }

  @Test
  void aPrintedWarningLeavesTheOthersOfItsOp() {
    Tensor.of(1e308).mul(10L);
    Tensor.of(1e308).mul(10L); // printed already: the result is not looked at again
    Tensor.of(INF).mul(0L);
    assertEquals(
        "RuntimeWarning: overflow encountered in multiply\n"
            + "RuntimeWarning: invalid value encountered in multiply\n",
        warnings());
  }

  @Test
  void finiteResultsWhoseSumOverflowsAreSilent() {
    // the scan adds the results up: their sum overflows here, and each is then looked at
    Tensor a = Tensor.of(1e308, 1e308, -1e308, 1.7e308);
    assertArrayEquals(a.toDoubleArray(), a.mul(1L).toDoubleArray());
    assertArrayEquals(a.toDoubleArray(), a.add(Tensor.of(0.0, 0, 0, 0)).toDoubleArray());
    assertEquals("", warnings());
  }

  /** One inf at each index of a block and split boundary, in arrays the two threads share. */
  @Test
  void everyPartOfALargeArrayIsLookedAt() {
    int n = 2 * (1 << 17) + 2051;
    int[] at = {0, 2047, 2048, 2049, n / 2 - 1, n / 2, n / 2 + 1, n - 2049, n - 1};
    for (int i : at) {
      double[] v = new double[n];
      java.util.Arrays.fill(v, 1.0);
      v[i] = 1e308;
      Tensor x = Tensor.wrap(v, n);
      assertEquals(INF, x.mul(x).toDoubleArray()[i]);
      assertEquals("RuntimeWarning: overflow encountered in multiply\n", warnings(), "new, " + i);
      Object z = Ops.mulTo(x, x, Ops.mulTo(x, 1L, null));
      assertEquals(INF, ((Tensor) z).toDoubleArray()[i]);
      assertEquals("RuntimeWarning: overflow encountered in multiply\n", warnings(), "into, " + i);
      Tensor w = x.copy();
      w.mulInPlace(x);
      assertEquals("RuntimeWarning: overflow encountered in multiply\n", warnings(), "in place, " + i);
      v[i] = 1000;
      Tensor.wrap(v, n).exp();
      assertEquals("RuntimeWarning: overflow encountered in exp\n", warnings(), "exp, " + i);
      assertEquals("", warnings());
    }
  }

  @Test
  void powerByNumpysNames() {
    Tensor a = Tensor.of(1e200);
    assertArrayEquals(new double[] {INF}, a.pow(2L).toDoubleArray());
    assertEquals("RuntimeWarning: overflow encountered in square\n", warnings());
    a.pow(3L);
    assertEquals("RuntimeWarning: overflow encountered in power\n", warnings());
    assertArrayEquals(new double[] {Double.NaN}, Tensor.of(-8.0).pow(0.5).toDoubleArray());
    assertEquals("RuntimeWarning: invalid value encountered in sqrt\n", warnings());
    assertArrayEquals(new double[] {INF}, Tensor.of(0.0).pow(-1L).toDoubleArray());
    assertEquals("RuntimeWarning: divide by zero encountered in reciprocal\n", warnings());
    Tensor.of(0.0).pow(-1.0);
    assertEquals("RuntimeWarning: divide by zero encountered in power\n", warnings());
  }

  @Test
  void expLogSqrt() {
    assertArrayEquals(new double[] {INF, 1}, Tensor.of(1000.0, 0.0).exp().toDoubleArray());
    assertEquals("RuntimeWarning: overflow encountered in exp\n", warnings());
    Tensor l = Elementwise.unary(UnaryOp.LOG, Tensor.of(0.0, -1.0, 1.0));
    assertArrayEquals(new double[] {-INF, Double.NaN, 0}, l.toDoubleArray());
    assertEquals(
        "RuntimeWarning: divide by zero encountered in log\n"
            + "RuntimeWarning: invalid value encountered in log\n",
        warnings());
    Tensor s = Elementwise.unary(UnaryOp.SQRT, Tensor.of(-1.0, 4.0));
    assertArrayEquals(new double[] {Double.NaN, 2}, s.toDoubleArray());
    assertEquals("RuntimeWarning: invalid value encountered in sqrt\n", warnings());
    Elementwise.unary(UnaryOp.EXP, Tensor.of(INF, -INF, Double.NaN));
    Elementwise.unary(UnaryOp.LOG, Tensor.of(INF, Double.NaN));
    assertEquals("", warnings());
  }

  @Test
  void overflowWrittenIntoTheTarget() {
    Object y = Ops.mulTo(Tensor.of(1e308, 1.0), 1L, null); // an exclusive result
    Object z = Ops.mulTo(y, 10L, y);
    assertArrayEquals(new double[] {INF, 10}, ((Tensor) z).toDoubleArray());
    assertEquals("RuntimeWarning: overflow encountered in multiply\n", warnings());
    Ops.mulTo(z, 0.5, z); // inf * 0.5 cannot come from a finite value: silent
    assertEquals("", warnings());
  }

  @Test
  void meanOfNothing() {
    assertEquals(Double.NaN, Reductions.mean(Creation.zeros(0)));
    assertEquals(
        "RuntimeWarning: Mean of empty slice\n"
            + "RuntimeWarning: invalid value encountered in scalar divide\n",
        warnings());
    Tensor m = Reductions.mean(Creation.zeros(0, 3), new int[] {0}, false);
    assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN}, m.toDoubleArray());
    assertEquals(
        "RuntimeWarning: Mean of empty slice\n"
            + "RuntimeWarning: invalid value encountered in divide\n",
        warnings());
    assertEquals(0, Reductions.mean(Creation.zeros(0, 3), new int[] {1}, false).size());
    assertEquals("", warnings());
  }

  @Test
  void castOfNanAndInfToInt64() {
    Tensor t = Tensor.of(Double.NaN, INF, -INF, 1e19, -1e19, 1.5, -2.7, -0x1p63);
    long min = Long.MIN_VALUE;
    assertArrayEquals(
        new long[] {min, min, min, min, min, 1, -2, min}, t.astype(DType.INT64).toLongArray());
    assertEquals("RuntimeWarning: invalid value encountered in cast\n", warnings());
    Tensor.of(-0x1p63, 3.9).astype(DType.INT64);
    assertEquals("", warnings());
  }

  @Test
  void withoutARunningStatementNothingIsPrinted() throws Exception {
    Thread t = new Thread(() -> Tensor.of(1e308).mul(10L));
    t.start();
    t.join();
    assertEquals("", warnings());
  }
}
