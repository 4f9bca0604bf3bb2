package ddl.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import ddl.stdlib.AxisError;
import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Joining;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential tests of {@link Functions}, {@link Logic}, {@link Statistics} and {@link Joining}
 * against numpy 2.4.6: every case of {@code more/cases.json} on contiguous inputs and on strided
 * views; shape, dtype, values within the case's tolerance, or exception class and message.
 */
class FunctionsTest {

  enum Storage {
    CONTIGUOUS(UnaryOperator.identity()),
    STRIDED(NumpyCases::strided);

    final UnaryOperator<Tensor> view;

    Storage(UnaryOperator<Tensor> view) {
      this.view = view;
    }
  }

  @TestFactory
  Stream<DynamicTest> numpyCases() {
    List<DynamicTest> tests = new ArrayList<>();
    for (NumpyCases c : NumpyCases.load()) {
      for (Storage s : Storage.values()) {
        tests.add(DynamicTest.dynamicTest(c.id() + " [" + s + "]", () -> check(c, s.view)));
      }
    }
    return tests.stream();
  }

  static void check(NumpyCases c, UnaryOperator<Tensor> storage) {
    if (c.isError()) {
      String kind = c.expected().get("error").asText();
      Throwable t = assertThrows(exceptionFor(kind), () -> run(c, storage), c.id());
      if (kind.equals("AxisError")) {
        assertTrue(t instanceof AxisError, "expected AxisError, got " + t);
      }
      assertEquals(c.expected().get("message").asText().trim(), t.getMessage().trim());
      return;
    }
    Object got = run(c, storage);
    JsonNode e = c.expected();
    if (e.has("list")) {
      List<?> l = (List<?>) got;
      assertEquals(e.get("list").size(), l.size(), "number of results");
      for (int i = 0; i < l.size(); i++) {
        compare(c, e.get("list").get(i), l.get(i));
      }
    } else {
      compare(c, e, got);
    }
  }

  /** Calls the function a case names, with its decoded arguments. */
  @SuppressWarnings("unchecked")
  static Object run(NumpyCases c, UnaryOperator<Tensor> s) {
    switch (c.fn()) {
      case "maximum":
        return Functions.maximum(c.arg(0, s), c.arg(1, s));
      case "minimum":
        return Functions.minimum(c.arg(0, s), c.arg(1, s));
      case "where":
        return Functions.where(c.arg(0, s), c.arg(1, s), c.arg(2, s));
      case "clip":
        return Functions.clip(c.arg(0, s), c.arg(1, s), c.arg(2, s));
      case "sin":
        return Functions.sin((Tensor) c.arg(0, s));
      case "cos":
        return Functions.cos((Tensor) c.arg(0, s));
      case "tanh":
        return Functions.tanh((Tensor) c.arg(0, s));
      case "any":
        return Logic.any((Tensor) c.arg(0, s), (int[]) c.arg(1, s), (Boolean) c.arg(2, s));
      case "all":
        return Logic.all((Tensor) c.arg(0, s), (int[]) c.arg(1, s), (Boolean) c.arg(2, s));
      case "any_full":
        return Logic.any((Tensor) c.arg(0, s));
      case "all_full":
        return Logic.all((Tensor) c.arg(0, s));
      case "var":
        return Statistics.var(
            (Tensor) c.arg(0, s),
            (int[]) c.arg(1, s),
            (Boolean) c.arg(2, s),
            (Integer) c.arg(3, s));
      case "std":
        return Statistics.std(
            (Tensor) c.arg(0, s),
            (int[]) c.arg(1, s),
            (Boolean) c.arg(2, s),
            (Integer) c.arg(3, s));
      case "var_full":
        return Statistics.var((Tensor) c.arg(0, s), (Integer) c.arg(1, s));
      case "std_full":
        return Statistics.std((Tensor) c.arg(0, s), (Integer) c.arg(1, s));
      case "isclose":
        return Logic.isclose(
            c.arg(0, s),
            c.arg(1, s),
            (Double) c.arg(2, s),
            (Double) c.arg(3, s),
            (Boolean) c.arg(4, s));
      case "allclose":
        return Logic.allclose(
            c.arg(0, s),
            c.arg(1, s),
            (Double) c.arg(2, s),
            (Double) c.arg(3, s),
            (Boolean) c.arg(4, s));
      case "concatenate":
        return Joining.concatenate((List<Tensor>) c.arg(0, s), (Integer) c.arg(1, s));
      case "stack":
        return Joining.stack((List<Tensor>) c.arg(0, s), (Integer) c.arg(1, s));
      case "meshgrid":
        return Joining.meshgrid((List<Tensor>) c.arg(0, s), (String) c.arg(1, s));
      default:
        throw new AssertionError("no function " + c.fn());
    }
  }

  static Class<? extends Throwable> exceptionFor(String numpyError) {
    switch (numpyError) {
      case "ValueError":
      case "TypeError":
        return IllegalArgumentException.class;
      case "IndexError":
      case "AxisError":
        return IndexOutOfBoundsException.class;
      default:
        throw new IllegalArgumentException(numpyError);
    }
  }

  /** Shape, then dtype, then every value: exact for ints and bools, within tolerance for floats. */
  static void compare(NumpyCases c, JsonNode e, Object got) {
    if (e.has("scalar")) {
      Object want = NumpyCases.scalar(e);
      assertEquals(want.getClass(), got.getClass(), "Java scalar type");
      if (want instanceof Double) {
        assertClose(c, (Double) want, (Double) got, "value");
      } else {
        assertEquals(want, got);
      }
      return;
    }
    Tensor t = (Tensor) got;
    Tensor want = NumpyCases.array(e);
    assertArrayEquals(want.shape(), t.shape(), "shape");
    assertEquals(want.dtype(), t.dtype(), "dtype");
    for (int i = 0; i < t.size(); i++) {
      switch (want.dtype()) {
        case FLOAT64:
          assertClose(c, want.getDouble(i), t.getDouble(i), "element " + i);
          break;
        case INT64:
          assertEquals(want.getLong(i), t.getLong(i), "element " + i);
          break;
        default:
          assertEquals(want.getBoolean(i), t.getBoolean(i), "element " + i);
      }
    }
  }

  static void assertClose(NumpyCases c, double want, double got, String what) {
    if (Double.isNaN(want) || Double.isInfinite(want)) {
      assertEquals(want, got, what);
    } else if (!(Math.abs(got - want) <= c.tol() + c.tol() * Math.abs(want))) {
      fail(what + ": expected " + want + " got " + got + " (" + c.id() + ")");
    }
  }

  // ---- the API beyond the numpy cases -------------------------------------------------------

  @Test
  void defaultsAreNumpys() {
    assertTrue(Logic.allclose(Tensor.of(1.0, 2.0), Tensor.of(1.0, 2.0 + 1e-9)));
    assertFalse(Logic.allclose(Tensor.of(1.0, 2.0), Tensor.of(1.0, 2.001)));
    assertFalse(Logic.allclose(Tensor.of(Double.NaN), Tensor.of(Double.NaN)));
    assertEquals(
        "[ True False False]", Logic.isclose(Tensor.of(1.0, 1.1, Double.NaN), 1.0).toString());
    assertEquals(
        List.of(2, 3),
        List.of(
            Joining.meshgrid(List.of(Tensor.of(1, 2, 3), Tensor.of(10, 20))).get(0).shape()[0], 3));
  }

  @Test
  void javadocExamples() {
    assertEquals(
        "[ 3.  5. nan]", Functions.maximum(Tensor.of(1.0, 5.0, Double.NaN), 3L).toString());
    assertEquals(
        "[ 1 20]",
        Functions.where(Tensor.of(true, false), Tensor.of(1, 2), Tensor.of(10, 20)).toString());
    assertEquals("[0 0 5]", Functions.clip(Tensor.of(-2, 0, 7), 0L, 5L).toString());
    Tensor m = Tensor.of(1, 2, 3, 5).reshape(2, 2);
    assertEquals("[1.   2.25]", Statistics.var(m, new int[] {0}, false, 0).toString());
    assertEquals("[1.  1.5]", Statistics.std(m, new int[] {0}, false, 0).toString());
    assertEquals(
        "[[1 3]\n [2 4]]", Joining.stack(List.of(Tensor.of(1, 2), Tensor.of(3, 4)), 1).toString());
    assertEquals(
        "[1.  2.  3.5]", Joining.concatenate(List.of(Tensor.of(1, 2), Tensor.of(3.5))).toString());
    assertEquals(DType.FLOAT64, Functions.sin(Tensor.of(true)).dtype());
    assertEquals(Math.sin(2), Functions.sin(2));
  }

  @Test
  void resultsDoNotShareInputStorage() {
    Tensor a = Tensor.of(1.0, 2.0);
    Tensor c = Functions.clip(a, null, null);
    c.addInPlace(1.0);
    assertEquals("[1. 2.]", a.toString());
    Tensor g = Joining.meshgrid(List.of(a)).get(0);
    assertFalse(g.sharesStorage(a));
  }
}
