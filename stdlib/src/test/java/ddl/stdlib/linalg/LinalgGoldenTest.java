package ddl.stdlib.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import ddl.stdlib.Builtins;
import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.math.Linalg;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The numpy reference cases of make_cases.py (linalg_cases.json): each built-in called through
 * the registry with numpy's arguments and keywords, on contiguous operands and on strided views,
 * with matrix products in Java and through BLAS; results within the case's tolerance (1e-10,
 * relative to the largest magnitude of the expected array), shapes, dtypes and the tuple types
 * exact, errors with numpy's message.
 */
class LinalgGoldenTest {
  static final JsonNode ROOT = load();

  static JsonNode load() {
    try (InputStream in = LinalgGoldenTest.class.getResourceAsStream("/linalg/linalg_cases.json")) {
      return JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
          .readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> numpyCases() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : ROOT.get("cases")) {
      String name = c.get("id").asInt() + " " + c.get("fn").asText() + describe(c);
      tests.add(DynamicTest.dynamicTest(name, () -> check(c, false, Long.MAX_VALUE)));
      tests.add(DynamicTest.dynamicTest(name + " [strided, BLAS]", () -> check(c, true, 0)));
    }
    return tests.stream();
  }

  private static String describe(JsonNode c) {
    StringBuilder sb = new StringBuilder("(");
    for (JsonNode a : c.get("args")) {
      sb.append(a.has("array") ? "shape " + a.get("array").get("shape") : a.toString()).append(", ");
    }
    c.get("kwargs").fields().forEachRemaining(e -> sb.append(e.getKey()).append('=')
        .append(e.getValue()).append(", "));
    return sb.append(')').toString().replace(", )", ")");
  }

  static void check(JsonNode c, boolean strided, long blas) {
    long saved = Linalg.blasThreshold();
    Linalg.setBlasThreshold(blas);
    try {
      List<Object> args = new ArrayList<>();
      for (JsonNode a : c.get("args")) {
        args.add(value(a, strided));
      }
      List<String> names = new ArrayList<>();
      List<Object> values = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = c.get("kwargs").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        names.add(e.getKey());
        values.add(value(e.getValue(), strided));
      }
      JsonNode expect = c.get("expect");
      Object got;
      try {
        got = Builtins.call(null, c.get("fn").asText(), args.toArray(),
            names.toArray(new String[0]), values.toArray());
      } catch (RuntimeException e) {
        if (expect.has("error")) {
          assertEquals(expect.get("message").asText(), e.getMessage());
          if (expect.get("error").asText().equals("LinAlgError")) {
            assertTrue(e instanceof LinAlgError, "a LinAlgError: " + e);
          }
          return;
        }
        throw e;
      }
      if (expect.has("error")) {
        fail("expected " + expect + ", got " + got);
      }
      compare(expect, got, c.get("tol").asDouble(), "result");
    } finally {
      Linalg.setBlasThreshold(saved);
    }
  }

  /** A JSON argument as the ddl value a program passes; arrays as strided views when asked. */
  static Object value(JsonNode v, boolean strided) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.has("str")) {
      return v.get("str").asText();
    }
    if (v.has("float")) {
      return v.get("float").asDouble();
    }
    if (v.has("int")) {
      return v.get("int").asLong();
    }
    if (v.has("bool")) {
      return v.get("bool").asBoolean();
    }
    if (v.has("tuple")) {
      List<Object> items = new ArrayList<>();
      for (JsonNode x : v.get("tuple")) {
        items.add(value(x, strided));
      }
      return Tuple.copyOf(items);
    }
    Tensor t = tensor(v.get("array"));
    return strided ? strided(t) : t;
  }

  static Tensor tensor(JsonNode a) {
    int[] shape = new int[a.get("shape").size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = a.get("shape").get(i).asInt();
    }
    JsonNode data = a.get("data");
    int n = data.size();
    switch (a.get("dtype").asText()) {
      case "float64": {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
          d[i] = data.get(i).asDouble();
        }
        return Tensor.wrap(d, shape);
      }
      case "int64": {
        long[] d = new long[n];
        for (int i = 0; i < n; i++) {
          d[i] = data.get(i).asLong();
        }
        return Tensor.wrap(d, shape);
      }
      default: {
        boolean[] d = new boolean[n];
        for (int i = 0; i < n; i++) {
          d[i] = data.get(i).asBoolean();
        }
        return Tensor.wrap(d, shape);
      }
    }
  }

  /** The same values in every other element of a larger buffer, from offset 1: a strided view. */
  static Tensor strided(Tensor t) {
    int n = t.size();
    Tensor big = Tensor.empty(t.dtype(), 2 * n + 1);
    int[] shape = t.shape();
    int[] strides = ddl.stdlib.Shape.cStrides(shape);
    for (int i = 0; i < strides.length; i++) {
      strides[i] *= 2;
    }
    Tensor v = big.view(shape, strides, 1);
    for (int i = 0; i < n; i++) {
      int p = v.storageIndex(i);
      switch (t.dtype()) {
        case FLOAT64:
          big.doubleStorage()[p] = t.getDouble(i);
          break;
        case INT64:
          big.longStorage()[p] = t.getLong(i);
          break;
        default:
          big.boolStorage()[p] = t.getBoolean(i);
      }
    }
    return v;
  }

  static void compare(JsonNode expect, Object got, double tol, String where) {
    if (expect.has("named") || expect.has("tuple")) {
      assertTrue(got instanceof Tuple, where + ": a tuple, got " + got);
      Tuple t = (Tuple) got;
      JsonNode items = expect.has("named") ? expect.get("items") : expect.get("tuple");
      assertEquals(items.size(), t.size(), where + ": tuple size");
      if (expect.has("named")) {
        assertEquals(expect.get("named").asText(), t.typeName(), where);
        for (int i = 0; i < items.size(); i++) {
          String f = expect.get("fields").get(i).asText();
          assertTrue(t.hasField(f), where + ": field " + f);
          assertTrue(t.field(f) == t.get(i), where + ": field " + f + " is item " + i);
        }
      } else {
        assertEquals("tuple", t.typeName(), where);
      }
      for (int i = 0; i < items.size(); i++) {
        compare(items.get(i), t.get(i), tol, where + "[" + i + "]");
      }
      return;
    }
    if (expect.has("float")) {
      assertTrue(got instanceof Double, where + ": a float, got " + got);
      close(expect.get("float").asDouble(), (Double) got, tol, Math.abs(expect.get("float")
          .asDouble()), where);
      return;
    }
    if (expect.has("int")) {
      assertEquals(expect.get("int").asLong(), got, where);
      return;
    }
    if (expect.has("bool")) {
      assertEquals(expect.get("bool").asBoolean(), got, where);
      return;
    }
    JsonNode a = expect.get("array");
    assertTrue(got instanceof Tensor, where + ": a tensor, got " + got);
    Tensor want = tensor(a);
    Tensor t = (Tensor) got;
    assertArrayEquals(want.shape(), t.shape(), where + ": shape");
    assertEquals(want.dtype(), t.dtype(), where + ": dtype");
    if (want.dtype() != DType.FLOAT64) {
      for (int i = 0; i < want.size(); i++) {
        assertEquals(want.get(i), t.get(i), where + " at " + i);
      }
      return;
    }
    double scale = 0;
    for (int i = 0; i < want.size(); i++) {
      if (Double.isFinite(want.getDouble(i))) {
        scale = Math.max(scale, Math.abs(want.getDouble(i)));
      }
    }
    for (int i = 0; i < want.size(); i++) {
      close(want.getDouble(i), t.getDouble(i), tol, scale, where + " at " + i);
    }
  }

  static void close(double want, double got, double tol, double scale, String where) {
    if (Double.isNaN(want) || Double.isInfinite(want)) {
      assertEquals(want, got, where);
      return;
    }
    double err = Math.abs(want - got);
    if (err > tol * Math.max(1.0, scale)) {
      fail(where + ": expected " + want + ", got " + got + " (error " + err + ")");
    }
  }
}
