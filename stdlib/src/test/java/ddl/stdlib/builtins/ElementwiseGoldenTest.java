package ddl.stdlib.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ddl.stdlib.AxisError;
import ddl.stdlib.Builtins;
import ddl.stdlib.Context;
import ddl.stdlib.DType;
import ddl.stdlib.PyList;
import ddl.stdlib.Scalars;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-ins of creation, elementwise functions, ndarray methods, astype and math.* against
 * numpy 2.4.6 and Python 3.11.7: every case of {@code elementwise/cases.json} (written by {@code
 * make_cases.py} beside it) called by its ddl name with its positional and keyword arguments, on
 * contiguous tensors and again on strided views. Shape, dtype and values (the same bits unless the
 * case gives a tolerance), or the exception and numpy's message; and the RuntimeWarnings printed.
 */
class ElementwiseGoldenTest {

  record Case(String id, String fn, JsonNode node) {}

  static List<Case> load() {
    try (InputStream in = ElementwiseGoldenTest.class.getResourceAsStream("/elementwise/cases.json")) {
      List<Case> out = new ArrayList<>();
      for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
        out.add(new Case(c.get("id").asText(), c.get("fn").asText(), c));
      }
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> numpyCases() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : load()) {
      tests.add(DynamicTest.dynamicTest(c.id(), () -> check(c, false)));
      tests.add(DynamicTest.dynamicTest(c.id() + " [strided]", () -> check(c, true)));
    }
    return tests.stream();
  }

  private static void check(Case c, boolean strided) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Context ctx = new Context(new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    ctx.statement();
    JsonNode n = c.node();
    Object[] args = new Object[n.get("args").size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = decode(n.get("args").get(i), strided, ctx);
    }
    List<String> names = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.get("kwargs").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      names.add(e.getKey());
      values.add(decode(e.getValue(), strided, ctx));
    }
    JsonNode expected = n.get("expected");
    double tol = n.get("tol").asDouble();
    Runnable call = () -> {
      Object r = Builtins.call(ctx, c.fn(), args, names.toArray(new String[0]), values.toArray());
      Object got = n.has("result_of") ? args[n.get("result_of").asInt()] : r;
      compare(c.id(), expected, got, tol);
    };
    if (expected != null && expected.has("error")) {
      String kind = expected.get("error").asText();
      Throwable t = assertThrows(exceptionFor(kind), call::run, c.id());
      if (kind.equals("AxisError")) {
        assertInstanceOf(AxisError.class, t, c.id());
      }
      // numpy's broadcasting message ends in a space
      assertEquals(expected.get("message").asText().strip(), t.getMessage().strip(), c.id());
    } else {
      call.run();
    }
    TreeSet<String> want = new TreeSet<>();
    n.get("warnings").forEach(w -> want.add("RuntimeWarning: " + w.asText()));
    TreeSet<String> got = new TreeSet<>();
    for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        got.add(line.strip());
      }
    }
    assertEquals(want, got, c.id() + ": warnings");
  }

  static Class<? extends Throwable> exceptionFor(String kind) {
    switch (kind) {
      case "ValueError":
      case "TypeError":
        return IllegalArgumentException.class;
      case "IndexError":
      case "AxisError":
        return IndexOutOfBoundsException.class;
      default: // OverflowError, ZeroDivisionError
        return ArithmeticException.class;
    }
  }

  /** An argument as ddl passes it: tensors (maybe as strided views), Java scalars, tuples, lists. */
  static Object decode(JsonNode a, boolean strided, Context ctx) {
    if (a == null || a.isNull()) {
      return null;
    }
    if (a.isTextual()) {
      return a.asText();
    }
    if (a.has("shape")) {
      Tensor t = array(a);
      return strided ? ddl.stdlib.math.StridedViews.of(t) : t;
    }
    if (a.has("scalar")) {
      return scalar(a);
    }
    if (a.has("type")) {
      return Builtins.function(ctx, a.get("type").asText());
    }
    if (a.has("tuple") || a.has("list")) {
      List<Object> l = new ArrayList<>();
      a.get(a.has("tuple") ? "tuple" : "list").forEach(e -> l.add(decode(e, strided, ctx)));
      return a.has("tuple") ? Tuple.copyOf(l) : new PyList(l);
    }
    throw new AssertionError("cannot decode " + a);
  }

  static Tensor array(JsonNode a) {
    int[] shape = new int[a.get("shape").size()];
    Arrays.setAll(shape, i -> a.get("shape").get(i).asInt());
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
      case "int":
        return Scalars.normalize(new BigInteger(v.asText()));
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

  static void compare(String id, JsonNode e, Object got) {
    compare(id, e, got, 0);
  }

  static void compare(String id, JsonNode e, Object got, double tol) {
    if (e == null || e.isNull()) {
      assertEquals(null, got, id);
      return;
    }
    if (e.isTextual()) {
      assertEquals(e.asText(), got, id);
      return;
    }
    if (e.has("scalar")) {
      Object want = scalar(e);
      assertEquals(want.getClass(), got == null ? null : got.getClass(), id + ": scalar type of " + got);
      if (want instanceof Double) {
        close(id, (Double) want, (Double) got, tol, "value");
      } else {
        assertEquals(want, got, id);
      }
      return;
    }
    if (e.has("list") || e.has("tuple")) {
      JsonNode items = e.get(e.has("list") ? "list" : "tuple");
      Class<?> type = e.has("list") ? PyList.class : Tuple.class;
      assertTrue(type.isInstance(got), id + ": expected a " + type.getSimpleName() + ", got " + got);
      List<?> l = (List<?>) got;
      assertEquals(items.size(), l.size(), id + ": length");
      for (int i = 0; i < l.size(); i++) {
        compare(id, items.get(i), l.get(i), tol);
      }
      return;
    }
    assertInstanceOf(Tensor.class, got, id);
    Tensor t = (Tensor) got;
    Tensor want = array(e);
    assertArrayEquals(want.shape(), t.shape(), id + ": shape " + Shape.toString(t.shape()));
    assertEquals(want.dtype(), t.dtype(), id + ": dtype");
    for (int i = 0; i < t.size(); i++) {
      switch (want.dtype()) {
        case FLOAT64:
          close(id, want.getDouble(i), t.getDouble(i), tol, "element " + i);
          break;
        case INT64:
          assertEquals(want.getLong(i), t.getLong(i), id + ": element " + i);
          break;
        default:
          assertEquals(want.getBoolean(i), t.getBoolean(i), id + ": element " + i);
      }
    }
  }

  /** Within tol (relative, and absolute near zero), or the same bits when tol is 0. */
  static void close(String id, double want, double got, double tol, String what) {
    if (tol == 0 || !Double.isFinite(want)) {
      assertTrue(Double.compare(want, got) == 0 || (want == 0 && got == 0 && tol > 0),
          id + ": " + what + ": expected " + want + " got " + got);
    } else if (!(Math.abs(got - want) <= tol + tol * Math.abs(want))) {
      fail(id + ": " + what + ": expected " + want + " got " + got);
    }
  }
}
