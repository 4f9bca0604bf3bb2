package ddl.stdlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code Ops.addTo} and friends: a result written into the tensor a variable alone holds. */
class ResultReuseTest {
  private final Tensor x = Tensor.of(0.0, 1, 2, 3);

  @Test
  void aTensorMadeThroughTheJavaApiIsNeverWrittenInto() {
    Tensor mine = Tensor.of(1.0, 1, 1, 1);
    Object r = Ops.addTo(mine, x, mine);
    assertNotSame(mine, r);
    assertArrayEquals(new double[] {1, 1, 1, 1}, mine.toDoubleArray());
    assertArrayEquals(new double[] {1, 2, 3, 4}, ((Tensor) r).toDoubleArray());
  }

  @Test
  void aResultTheVariableAloneHoldsTakesTheNextResult() {
    Object acc = Ops.addTo(x, 1L, null);
    for (int i = 0; i < 3; i++) {
      Object next = Ops.addTo(acc, x, acc);
      assertSame(acc, next);
    }
    assertArrayEquals(new double[] {1, 5, 9, 13}, ((Tensor) acc).toDoubleArray());
    assertSame(acc, Ops.subTo(2L, acc, acc));
    assertArrayEquals(new double[] {1, -3, -7, -11}, ((Tensor) acc).toDoubleArray());
    assertSame(acc, Ops.powTo(acc, 2L, acc));
    assertArrayEquals(new double[] {1, 9, 49, 121}, ((Tensor) acc).toDoubleArray());
  }

  @Test
  void onceSharedItIsNotWrittenInto() {
    Object z = Ops.mulTo(x, 2L, null);
    Object alias = Lang.shared(z);
    Object next = Ops.addTo(z, 1L, z);
    assertNotSame(z, next);
    assertArrayEquals(new double[] {0, 2, 4, 6}, ((Tensor) alias).toDoubleArray());
    assertSame(next, Ops.addTo(next, 1L, next)); // the new result is the variable's alone again
  }

  @Test
  void anotherDtypeOrShapeGivesANewTensor() {
    Object n = Ops.addTo(Tensor.of(1L, 2, 3), 1L, null);
    Object f = Ops.addTo(n, 0.5, n);
    assertNotSame(n, f);
    assertEquals(DType.FLOAT64, ((Tensor) f).dtype());
    assertArrayEquals(new long[] {2, 3, 4}, ((Tensor) n).toLongArray());
    Object wide = Ops.addTo(f, Tensor.empty(DType.FLOAT64, 2, 3), f);
    assertArrayEquals(new int[] {2, 3}, ((Tensor) wide).shape());
  }

  @Test
  void anErrorLeavesTheTargetAsItWas() {
    Object z = Ops.addTo(x, 1L, null);
    assertThrows(IllegalArgumentException.class, () -> Ops.addTo(z, Tensor.of(1.0, 2), z));
    assertThrows(IllegalArgumentException.class, () -> Ops.addTo(z, "s", z));
    assertArrayEquals(new double[] {1, 2, 3, 4}, ((Tensor) z).toDoubleArray());
  }

  @Test
  void divisionWarnsFromTheDivisorAsItWasBefore() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Context ctx = new Context(System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
    Object y = Ops.subTo(x, 2L, null); // [-2 -1 0 1]
    Object q = Ops.divTo(ctx, x, y, y); // y = x / y, written into y
    assertSame(y, q);
    assertArrayEquals(new double[] {-0.0, -1, Double.POSITIVE_INFINITY, 3}, ((Tensor) q).toDoubleArray());
    assertEquals("RuntimeWarning: divide by zero encountered in divide\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aProductIsWrittenIntoTheVariablesTensorEvenWhenItIsAnOperandOfOneBlasCall() {
    long saved = ddl.stdlib.math.Linalg.blasThreshold();
    try {
      for (long blas : new long[] {0, Long.MAX_VALUE}) {
        ddl.stdlib.math.Linalg.setBlasThreshold(blas);
        Tensor a = Tensor.of(1.0, 2, 3, 4).reshape(2, 2);
        Object c = Ops.matmulTo(a, a, null);
        Object again = Ops.matmulTo(a, a, c);
        assertSame(c, again);
        assertArrayEquals(new double[] {7, 10, 15, 22}, ((Tensor) again).toDoubleArray());
        Object squared = Ops.matmulTo(again, again, again); // c = c @ c
        assertArrayEquals(new double[] {199, 290, 435, 634}, ((Tensor) squared).toDoubleArray());
        assertEquals(blas == 0, squared == again, "in place only through BLAS");
      }
    } finally {
      ddl.stdlib.math.Linalg.setBlasThreshold(saved);
    }
  }

  @Test
  void theJavaApiWritesIntoAnOutputTensorAsNumpysOut() {
    Tensor out = Tensor.empty(DType.FLOAT64, 4);
    assertSame(out, x.add(Tensor.of(1.0, 1, 1, 1), out));
    assertArrayEquals(new double[] {1, 2, 3, 4}, out.toDoubleArray());
    assertSame(out, x.mul(2L, out));
    assertArrayEquals(new double[] {0, 2, 4, 6}, out.toDoubleArray());
    // int64 operands into a float64 output; broadcast up to out's shape; overlap with out
    Tensor wide = Tensor.empty(DType.FLOAT64, 2, 4);
    Tensor.of(1L, 2, 3, 4).add(1L, wide);
    assertArrayEquals(new double[] {2, 3, 4, 5, 2, 3, 4, 5}, wide.toDoubleArray());
    Tensor v = Tensor.of(1.0, 2, 3, 4);
    v.sub(v.reshape(2, 2).T().reshape(4), v);
    assertArrayEquals(new double[] {0, -1, 1, 0}, v.toDoubleArray());
    IllegalArgumentException cast = assertThrows(IllegalArgumentException.class,
        () -> Tensor.of(1L, 2).div(2L, Tensor.empty(DType.INT64, 2)));
    assertEquals("Cannot cast ufunc 'divide' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'", cast.getMessage());
    IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
        () -> x.add(1L, Tensor.empty(DType.FLOAT64, 3)));
    assertEquals("operands could not be broadcast together with shapes (4,) () (3,)", shape.getMessage().trim());
    IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
        () -> x.add(Tensor.empty(DType.FLOAT64, 2, 4), Tensor.empty(DType.FLOAT64, 4)));
    assertEquals("non-broadcastable output operand with shape (4,) doesn't match the broadcast shape (2,4)", small.getMessage());
  }

  @Test
  void theContextTurnsReuseOfTopLevelVariablesOffOnceJavaRuns() {
    Context ctx = new Context(System.out, System.err);
    Object v = Ops.addTo(x, 1L, null);
    assertSame(v, ctx.reusable(v));
    ctx.javaRuns();
    assertEquals(null, ctx.reusable(v));
  }
}
