package ddl.stdlib.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Decodes numpy fixtures (arrays, index items, values, errors) and compares results with them. */
final class IndexFixtures {
  private IndexFixtures() {}

  static JsonNode load(String resource) {
    try (InputStream in = IndexFixtures.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {"shape", "dtype", "data"} as a contiguous tensor. */
  static Tensor array(JsonNode a) {
    int[] shape = ints(a.get("shape"));
    JsonNode data = a.get("data");
    int n = data.size();
    switch (DType.of(a.get("dtype").asText())) {
      case FLOAT64:
        {
          double[] d = new double[n];
          for (int i = 0; i < n; i++) {
            d[i] = number(data.get(i));
          }
          return Tensor.wrap(d, shape);
        }
      case INT64:
        {
          long[] d = new long[n];
          for (int i = 0; i < n; i++) {
            d[i] = data.get(i).asLong();
          }
          return Tensor.wrap(d, shape);
        }
      default:
        {
          boolean[] d = new boolean[n];
          for (int i = 0; i < n; i++) {
            d[i] = data.get(i).asBoolean();
          }
          return Tensor.wrap(d, shape);
        }
    }
  }

  /**
   * The same values as {@code t}, every other element of a larger buffer from offset 3; the gaps
   * hold values no case produces, so that a stray write shows.
   */
  static Tensor strided(Tensor t) {
    int[] shape = t.shape();
    int[] st = Shape.cStrides(shape);
    for (int i = 0; i < st.length; i++) {
      st[i] *= 2;
    }
    int len = 3 + 2 * Math.max(t.size(), 1) + 1;
    Tensor buf;
    switch (t.dtype()) {
      case FLOAT64:
        {
          double[] d = new double[len];
          java.util.Arrays.fill(d, -12345.5);
          buf = Tensor.wrap(d, len);
          break;
        }
      case INT64:
        {
          long[] d = new long[len];
          java.util.Arrays.fill(d, -12345);
          buf = Tensor.wrap(d, len);
          break;
        }
      default:
        buf = Tensor.wrap(new boolean[len], len);
    }
    Tensor v = buf.view(shape, st, 3);
    for (int i = 0; i < t.size(); i++) {
      int p = v.storageIndex(i);
      switch (t.dtype()) {
        case FLOAT64:
          v.doubleStorage()[p] = t.getDouble(i);
          break;
        case INT64:
          v.longStorage()[p] = t.getLong(i);
          break;
        default:
          v.boolStorage()[p] = t.getBoolean(i);
      }
    }
    return v;
  }

  /** The index items of {"index": [...]}, as the Java API takes them. */
  static Object[] items(JsonNode index, boolean nullForNewAxis) {
    JsonNode list = index.get("index");
    Object[] out = new Object[list.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode it = list.get(i);
      if (it.isIntegralNumber()) {
        out[i] = it.asLong();
      } else if (it.has("slice")) {
        JsonNode s = it.get("slice");
        out[i] = new Slice(optLong(s.get(0)), optLong(s.get(1)), optLong(s.get(2)));
      } else if (it.has("newaxis")) {
        out[i] = nullForNewAxis ? null : NewAxis.INSTANCE;
      } else if (it.has("ellipsis")) {
        out[i] = Ellipsis.INSTANCE;
      } else if (it.has("array")) {
        out[i] = array(it.get("array"));
      } else if (it.has("list")) {
        out[i] = nested(it.get("list"));
      } else if (it.has("bool")) {
        out[i] = it.get("bool").asBoolean();
      } else if (it.has("float")) {
        out[i] = it.get("float").asDouble();
      } else {
        throw new IllegalArgumentException("unknown index item " + it);
      }
    }
    return out;
  }

  /** A value to assign: an array, a Python scalar or a nested list. */
  static Object value(JsonNode v) {
    if (v.has("shape")) {
      return array(v);
    }
    if (v.has("list")) {
      return nested(v.get("list"));
    }
    JsonNode s = v.get("scalar");
    switch (v.get("dtype").asText()) {
      case "bool":
        return s.asBoolean();
      case "int64":
        return s.asLong();
      default:
        return number(s);
    }
  }

  static Object nested(JsonNode n) {
    if (n.isArray()) {
      List<Object> l = new ArrayList<>();
      n.forEach(e -> l.add(nested(e)));
      return l;
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    return n.isIntegralNumber() ? (Object) n.asLong() : (Object) n.asDouble();
  }

  static Class<? extends Throwable> exceptionFor(String numpyError) {
    switch (numpyError) {
      case "IndexError":
        return IndexOutOfBoundsException.class;
      case "OverflowError":
        return ArithmeticException.class;
      default: // ValueError, TypeError
        return IllegalArgumentException.class;
    }
  }

  /** Checks shape, dtype and values of a tensor result. */
  static void assertArray(JsonNode expected, Tensor got, String what) {
    Tensor want = array(expected);
    assertArrayEquals(want.shape(), got.shape(), what + ": shape");
    assertEquals(want.dtype(), got.dtype(), what + ": dtype");
    for (int i = 0; i < want.size(); i++) {
      assertScalar(want.get(i), got.get(i), what + ": element " + i);
    }
  }

  /** Checks a Java scalar result against a 0-d expected array. */
  static void assertScalar(JsonNode expected, Object got, String what) {
    Tensor want = array(expected);
    assertEquals(0, want.ndim(), what + ": numpy gave a shaped result");
    assertScalar(want.get(0), got, what);
  }

  private static void assertScalar(Object want, Object got, String what) {
    assertInstanceOf(want.getClass(), got, what + ": Java type");
    if (want instanceof Double) {
      // exact: indexing moves values, it never computes them (NaN equals NaN for Double.equals)
      assertTrue(((Double) want).equals(got), what + ": expected " + want + " but was " + got);
    } else {
      assertEquals(want, got, what);
    }
  }

  static int[] ints(JsonNode n) {
    int[] r = new int[n.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = n.get(i).asInt();
    }
    return r;
  }

  private static Long optLong(JsonNode n) {
    return n == null || n.isNull() ? null : n.asLong();
  }

  private static double number(JsonNode n) {
    if (n.isTextual()) {
      switch (n.asText()) {
        case "nan":
          return Double.NaN;
        case "inf":
          return Double.POSITIVE_INFINITY;
        case "-inf":
          return Double.NEGATIVE_INFINITY;
        default:
          throw new IllegalArgumentException(n.asText());
      }
    }
    return n.asDouble();
  }
}
