package ddl.stdlib.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import ddl.stdlib.AxisError;
import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Linalg;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every numpy golden case of the core operations, on every storage path: contiguous tensors and
 * strided views (data spread over a larger buffer at an offset), with matrix products in Java and
 * through ND4J's BLAS.
 */
class NumpyGoldenTest {
  /** Operations covered elsewhere: printing (format tests) and indexing (index tests). */
  static final Set<String> ELSEWHERE = Set.of("print", "getitem");

  enum Path {
    CONTIGUOUS_JAVA(UnaryOperator.identity(), Long.MAX_VALUE),
    STRIDED_JAVA(NumpyGoldenTest::strided, Long.MAX_VALUE),
    CONTIGUOUS_BLAS(UnaryOperator.identity(), 0),
    STRIDED_BLAS(NumpyGoldenTest::strided, 0);

    final UnaryOperator<Tensor> storage;
    final long blas;

    Path(UnaryOperator<Tensor> storage, long blas) {
      this.storage = storage;
      this.blas = blas;
    }
  }

  @TestFactory
  Stream<DynamicTest> goldenCases() {
    List<DynamicTest> tests = new ArrayList<>();
    for (GoldenCase c : GoldenCase.load()) {
      if (ELSEWHERE.contains(c.op())) {
        continue;
      }
      for (Path p : Path.values()) {
        tests.add(DynamicTest.dynamicTest(c.id() + " " + c.expr() + " [" + p + "]", () -> check(c, p)));
      }
    }
    return tests.stream();
  }

  static void check(GoldenCase c, Path path) {
    long saved = Linalg.blasThreshold();
    Linalg.setBlasThreshold(path.blas);
    try {
      if (c.isError()) {
        String kind = c.expected().get("error").asText();
        Class<? extends Throwable> type = exceptionFor(kind);
        Throwable t = assertThrows(type, () -> GoldenOps.run(c, path.storage), c.expr());
        if (kind.equals("AxisError")) {
          assertTrue(t instanceof AxisError, "expected AxisError, got " + t);
        }
        assertEquals(c.expected().get("message").asText().trim(), t.getMessage().trim());
        return;
      }
      Object got = GoldenOps.run(c, path.storage);
      compare(c, got);
    } finally {
      Linalg.setBlasThreshold(saved);
    }
  }

  static Class<? extends Throwable> exceptionFor(String numpyError) {
    switch (numpyError) {
      case "ValueError":
        return IllegalArgumentException.class;
      case "IndexError":
      case "AxisError":
        return IndexOutOfBoundsException.class;
      case "ZeroDivisionError":
        return ArithmeticException.class;
      default:
        throw new IllegalArgumentException(numpyError);
    }
  }

  static void compare(GoldenCase c, Object got) {
    JsonNode e = c.expected();
    int[] shape = GoldenCase.ints(e.get("shape"));
    DType dtype = DType.of(e.get("dtype").asText());
    Tensor t;
    if (got instanceof Tensor) {
      t = (Tensor) got;
    } else {
      // numpy returns a scalar here; ddl returns a Java scalar of the same type
      assertEquals(0, shape.length, "a Java scalar where numpy gives shape " + e.get("shape"));
      t = Tensor.scalar(got);
    }
    assertArrayEquals(shape, t.shape(), "shape");
    assertEquals(dtype, t.dtype(), "dtype");
    Tensor want = GoldenCase.array(e);
    for (int i = 0; i < t.size(); i++) {
      switch (dtype) {
        case FLOAT64: {
          double g = t.getDouble(i);
          double w = want.getDouble(i);
          if (Double.isNaN(w) || Double.isInfinite(w)) {
            assertEquals(w, g, "element " + i);
          } else if (!(Math.abs(g - w) <= c.abs() + c.rel() * Math.abs(w))) {
            fail("element " + i + ": expected " + w + " got " + g + " (" + c.expr() + ")");
          }
          break;
        }
        case INT64:
          assertEquals(want.getLong(i), t.getLong(i), "element " + i);
          break;
        default:
          assertEquals(want.getBoolean(i), t.getBoolean(i), "element " + i);
      }
    }
  }

  /** The same values as a non-contiguous view: every other element of a larger buffer. */
  static Tensor strided(Tensor t) {
    int n = t.size();
    int[] shape = t.shape();
    int[] strides = ddl.stdlib.Shape.cStrides(shape);
    for (int i = 0; i < strides.length; i++) {
      strides[i] *= 2;
    }
    Tensor wide;
    switch (t.dtype()) {
      case FLOAT64: {
        double[] d = new double[2 * n + 3];
        java.util.Arrays.fill(d, Double.NaN);
        for (int i = 0; i < n; i++) {
          d[3 + 2 * i] = t.getDouble(i);
        }
        wide = Tensor.wrap(d, d.length);
        break;
      }
      case INT64: {
        long[] d = new long[2 * n + 3];
        java.util.Arrays.fill(d, 0x7777L);
        for (int i = 0; i < n; i++) {
          d[3 + 2 * i] = t.getLong(i);
        }
        wide = Tensor.wrap(d, d.length);
        break;
      }
      default: {
        boolean[] d = new boolean[2 * n + 3];
        for (int i = 0; i < n; i++) {
          d[3 + 2 * i] = t.getBoolean(i);
        }
        wide = Tensor.wrap(d, d.length);
      }
    }
    Tensor v = wide.view(shape, strides, 3);
    if (n > 1 && v.isContiguous()) {
      throw new AssertionError("strided view is contiguous");
    }
    return v;
  }
}
