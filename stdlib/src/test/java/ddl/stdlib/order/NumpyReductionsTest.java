package ddl.stdlib.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ddl.stdlib.AxisError;
import ddl.stdlib.Builtins;
import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reductions, order, shape and signal built-ins against numpy 2.4.6: every case of {@code
 * numpy-reductions/cases.json} (written by {@code make_cases.py} beside it) called by name with its
 * keywords, as a ddl call binds them, on contiguous arguments and on strided views: shape, dtype
 * and values (equal, or within the case's relative tolerance), numpy scalars as Java scalars,
 * lists as tuples, views where numpy gives views, or numpy's error class and message.
 */
class NumpyReductionsTest {

  @TestFactory
  Stream<DynamicTest> numpyCases() throws IOException {
    JsonNode root;
    try (InputStream in = getClass().getResourceAsStream("/numpy-reductions/cases.json")) {
      root = new ObjectMapper().readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      for (boolean strided : new boolean[] {false, true}) {
        String name = c.get("id").asText() + (strided ? " [strided]" : "");
        tests.add(DynamicTest.dynamicTest(name, () -> check(c, strided)));
      }
    }
    return tests.stream();
  }

  private static void check(JsonNode c, boolean strided) {
    UnaryOperator<Tensor> storage = strided ? NumpyReductionsTest::strided : t -> t;
    List<Object> args = new ArrayList<>();
    c.get("args").forEach(a -> args.add(decode(a, storage)));
    JsonNode kw = c.get("kwargs");
    String[] names = new String[kw.size()];
    Object[] values = new Object[kw.size()];
    Iterator<Map.Entry<String, JsonNode>> it = kw.fields();
    for (int i = 0; it.hasNext(); i++) {
      Map.Entry<String, JsonNode> e = it.next();
      names[i] = e.getKey();
      values[i] = decode(e.getValue(), storage);
    }
    String fn = c.get("fn").asText();
    JsonNode expected = c.get("expected");
    double tol = c.get("tol").asDouble();
    Object got;
    try {
      got = Builtins.call(null, fn, args.toArray(), names, values);
    } catch (RuntimeException e) {
      if (!expected.has("error")) {
        throw e;
      }
      String kind = expected.get("error").asText();
      switch (kind) {
        case "AxisError":
          assertInstanceOf(AxisError.class, e, e.toString());
          break;
        case "IndexError":
          assertInstanceOf(IndexOutOfBoundsException.class, e, e.toString());
          break;
        case "ZeroDivisionError":
          assertInstanceOf(ArithmeticException.class, e, e.toString());
          break;
        default:
          assertInstanceOf(IllegalArgumentException.class, e, e.toString());
      }
      assertEquals(expected.get("message").asText(), e.getMessage());
      return;
    }
    if (expected.has("error")) {
      fail("expected " + expected.get("error").asText() + ": " + expected.get("message").asText()
          + ", got " + got);
    }
    if (c.has("check_arg")) {
      got = args.get(c.get("check_arg").asInt());
    }
    Object first = args.isEmpty() ? null : args.get(0);
    boolean scalarIn = !(first instanceof Tensor) || ((Tensor) first).ndim() == 0;
    if (scalarIn && got instanceof Tensor && ((Tensor) got).ndim() == 0 && expected.has("scalar")) {
      got = ((Tensor) got).item(); // numpy itself mixes 0-d arrays and scalars for 0-d inputs
    }
    compare(expected, got, tol, "result");
    if (c.has("view") && c.get("view").asBoolean() && args.get(0) instanceof Tensor) {
      Tensor in = (Tensor) args.get(0);
      Tensor out = (Tensor) got;
      assertTrue(in.sharesStorage(out), "numpy gives a view");
    }
  }

  private static void compare(JsonNode e, Object got, double tol, String what) {
    if (e.has("tuple")) {
      assertInstanceOf(Tuple.class, got, what + ": numpy gives a tuple or list, got " + got);
      Tuple t = (Tuple) got;
      assertEquals(e.get("tuple").size(), t.size(), what + ": length");
      for (int i = 0; i < t.size(); i++) {
        compare(e.get("tuple").get(i), t.get(i), tol, what + "[" + i + "]");
      }
      return;
    }
    if (e.has("scalar")) {
      if (got instanceof Tensor) {
        fail(what + ": numpy gives a scalar, got an array " + got);
      }
      Object want = scalar(e);
      assertEquals(want.getClass(), got.getClass(), what + ": scalar type");
      if (want instanceof Double) {
        close((Double) want, (Double) got, tol, what);
      } else {
        assertEquals(want, got, what);
      }
      return;
    }
    assertInstanceOf(Tensor.class, got, what + ": numpy gives an array, got " + got);
    Tensor t = (Tensor) got;
    Tensor want = array(e);
    assertEquals(Shape.toString(want.shape()), Shape.toString(t.shape()), what + ": shape");
    assertEquals(want.dtype(), t.dtype(), what + ": dtype");
    for (int i = 0; i < want.size(); i++) {
      if (want.dtype() == DType.FLOAT64) {
        close(want.getDouble(i), t.getDouble(i), tol, what + " at " + i);
      } else {
        assertEquals(want.get(i), t.get(i), what + " at " + i);
      }
    }
  }

  private static void close(double want, double got, double tol, String what) {
    if (Double.isNaN(want) || Double.isNaN(got)) {
      assertTrue(Double.isNaN(want) && Double.isNaN(got), what + ": want " + want + ", got " + got);
    } else if (tol == 0 || Double.isInfinite(want)) {
      assertEquals(want, got, 0.0, what);
    } else {
      assertEquals(want, got, tol * Math.max(Math.abs(want), 1e-300) + 1e-300, what);
    }
  }

  static Object decode(JsonNode a, UnaryOperator<Tensor> storage) {
    if (a == null || a.isNull()) {
      return null;
    }
    if (a.isObject() && a.has("shape")) {
      return storage.apply(array(a));
    }
    if (a.isObject() && a.has("scalar")) {
      return scalar(a);
    }
    if (a.isObject() && a.has("tuple")) {
      List<Object> l = new ArrayList<>();
      a.get("tuple").forEach(x -> l.add(decode(x, storage)));
      return Tuple.copyOf(l);
    }
    if (a.isBoolean()) {
      return a.asBoolean();
    }
    if (a.isIntegralNumber()) {
      return a.asLong();
    }
    if (a.isNumber()) {
      return a.asDouble();
    }
    return a.asText();
  }

  static Tensor array(JsonNode a) {
    JsonNode s = a.get("shape");
    int[] shape = new int[s.size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = s.get(i).asInt();
    }
    JsonNode data = a.get("data");
    switch (DType.of(a.get("dtype").asText())) {
      case FLOAT64: {
        double[] d = new double[data.size()];
        Arrays.setAll(d, i -> number(data.get(i)));
        return Tensor.wrap(d, shape);
      }
      case INT64: {
        long[] d = new long[data.size()];
        Arrays.setAll(d, i -> data.get(i).asLong());
        return Tensor.wrap(d, shape);
      }
      default: {
        boolean[] d = new boolean[data.size()];
        for (int i = 0; i < d.length; i++) {
          d[i] = data.get(i).asBoolean();
        }
        return Tensor.wrap(d, shape);
      }
    }
  }

  static Object scalar(JsonNode s) {
    JsonNode v = s.get("scalar");
    switch (s.get("dtype").asText()) {
      case "bool":
        return v.asBoolean();
      case "int64":
        return v.asLong();
      default:
        return number(v);
    }
  }

  static double number(JsonNode n) {
    if (n.isTextual()) {
      String t = n.asText();
      return t.equals("nan") ? Double.NaN
          : t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return n.asDouble();
  }

  /** The same values as a view: every other element of a larger buffer, from an offset. */
  static Tensor strided(Tensor t) {
    int n = t.size();
    int[] shape = t.shape();
    int[] strides = Shape.cStrides(shape);
    for (int i = 0; i < strides.length; i++) {
      strides[i] *= 2;
    }
    int len = 2 * n + 3;
    Tensor wide;
    switch (t.dtype()) {
      case FLOAT64: {
        double[] d = new double[len];
        Arrays.fill(d, Double.NaN);
        for (int i = 0; i < n; i++) {
          d[3 + 2 * i] = t.getDouble(i);
        }
        wide = Tensor.wrap(d, len);
        break;
      }
      case INT64: {
        long[] d = new long[len];
        Arrays.fill(d, 0x7777L);
        for (int i = 0; i < n; i++) {
          d[3 + 2 * i] = t.getLong(i);
        }
        wide = Tensor.wrap(d, len);
        break;
      }
      default: {
        boolean[] d = new boolean[len];
        Arrays.fill(d, true);
        for (int i = 0; i < n; i++) {
          d[3 + 2 * i] = t.getBoolean(i);
        }
        wide = Tensor.wrap(d, len);
      }
    }
    return wide.view(shape, strides, 3);
  }
}
