package ddl.stdlib.golden;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.Tensor;
import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.Elementwise;
import ddl.stdlib.math.Linalg;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden cases of the arithmetic operators once more, with the result written into an existing
 * tensor ({@link Elementwise#binaryInto}, what {@code acc = acc + y} does in the dsl): into a
 * tensor of the result's dtype and shape holding other values, and into the left operand itself
 * where it has them. The values must be numpy's all the same.
 */
class IntoGoldenTest {
  static final Map<String, BinaryOp> OPS =
      Map.of(
          "add", BinaryOp.ADD,
          "subtract", BinaryOp.SUB,
          "multiply", BinaryOp.MUL,
          "divide", BinaryOp.DIV,
          "power", BinaryOp.POW);

  @TestFactory
  Stream<DynamicTest> goldenCasesWrittenIntoATensor() {
    List<DynamicTest> tests = new ArrayList<>();
    for (GoldenCase c : GoldenCase.load()) {
      BinaryOp op = OPS.get(c.op());
      if (op == null || c.isError()) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(c.id() + " " + c.expr() + " [into a tensor]", () -> into(c, op)));
      tests.add(DynamicTest.dynamicTest(c.id() + " " + c.expr() + " [into its left operand]", () -> intoLeft(c, op)));
    }
    for (GoldenCase c : GoldenCase.load()) {
      if (c.op().equals("matmul") && !c.isError()) {
        for (long blas : new long[] {Long.MAX_VALUE, 0}) {
          String path = blas == 0 ? "BLAS" : "Java";
          tests.add(DynamicTest.dynamicTest(c.id() + " " + c.expr() + " [into a tensor, " + path + "]", () -> matmulInto(c, blas)));
        }
      }
    }
    return tests.stream();
  }

  private static void matmulInto(GoldenCase c, long blas) {
    long saved = Linalg.blasThreshold();
    Linalg.setBlasThreshold(blas);
    try {
      Object[] ab = operands(c);
      Tensor a = (Tensor) ab[0];
      Tensor b = (Tensor) ab[1];
      Tensor fresh = Linalg.matmul(a, b);
      Tensor out = Tensor.empty(fresh.dtype(), fresh.shape());
      Elementwise.assign(out, Tensor.scalar(7L));
      Tensor got = Linalg.matmulInto(a, b, out);
      if (a.ndim() > 1 && b.ndim() > 1) {
        assertSame(out, got, "not written into the tensor");
      }
      NumpyGoldenTest.compare(c, a.ndim() == 1 && b.ndim() == 1 ? got.item() : got);
    } finally {
      Linalg.setBlasThreshold(saved);
    }
  }

  private static Object[] operands(GoldenCase c) {
    return new Object[] {GoldenCase.arg(c.args().get(0)), GoldenCase.arg(c.args().get(1))};
  }

  private static void into(GoldenCase c, BinaryOp op) {
    Object[] ab = operands(c);
    Object fresh = Elementwise.binary(op, ab[0], ab[1]);
    Tensor out = Tensor.empty(((Tensor) fresh).dtype(), ((Tensor) fresh).shape());
    Elementwise.assign(out, Tensor.scalar(7L)); // values that must all be overwritten
    boolean written = Elementwise.binaryInto(op, ab[0], ab[1], out);
    // only int64 ** stays out (it may raise halfway)
    assertTrue(written || (op == BinaryOp.POW && out.dtype() == ddl.stdlib.DType.INT64), "not written");
    NumpyGoldenTest.compare(c, written ? out : fresh);
  }

  private static void intoLeft(GoldenCase c, BinaryOp op) {
    Object[] ab = operands(c);
    Object fresh = Elementwise.binary(op, ab[0], ab[1]);
    if (!(ab[0] instanceof Tensor)) {
      return;
    }
    Tensor left = ((Tensor) ab[0]).copy();
    Tensor f = (Tensor) fresh;
    boolean fits = left.dtype() == f.dtype() && java.util.Arrays.equals(left.shape(), f.shape());
    Object right = ab[1] == ab[0] ? left : ab[1];
    boolean written = Elementwise.binaryInto(op, left, right, left);
    if (!fits) {
      assertTrue(!written, "written into a tensor of another dtype or shape");
      return;
    }
    if (written) {
      NumpyGoldenTest.compare(c, left);
    } else {
      assertSame(ddl.stdlib.DType.INT64, left.dtype(), "only int64 ** is not written");
    }
  }
}
