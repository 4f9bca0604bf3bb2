package ddl.stdlib.math;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The numpy cases of test resource {@code more/cases.json} (written by {@code make_cases.py} beside
 * it) and the decoding of their arguments and results.
 */
record NumpyCases(String id, String fn, JsonNode args, JsonNode expected, double tol) {

  static List<NumpyCases> load() {
    try (InputStream in = NumpyCases.class.getResourceAsStream("/more/cases.json")) {
      List<NumpyCases> out = new ArrayList<>();
      for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
        out.add(
            new NumpyCases(
                c.get("id").asText(),
                c.get("fn").asText(),
                c.get("args"),
                c.get("expected"),
                c.get("tol").asDouble()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isError() {
    return expected.has("error");
  }

  /** Argument {@code i}: a tensor (through {@code storage}), a Java scalar, a list or null. */
  Object arg(int i, UnaryOperator<Tensor> storage) {
    return decode(args.get(i), storage);
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
    if (a.isObject() && a.has("list")) {
      List<Object> l = new ArrayList<>();
      a.get("list").forEach(e -> l.add(decode(e, storage)));
      return l;
    }
    if (a.isObject() && a.has("axes")) {
      return ints(a.get("axes"));
    }
    if (a.isBoolean()) {
      return a.asBoolean();
    }
    if (a.isIntegralNumber()) {
      return a.asInt();
    }
    if (a.isNumber()) {
      return a.asDouble();
    }
    return a.asText();
  }

  static Tensor array(JsonNode a) {
    int[] shape = ints(a.get("shape"));
    JsonNode data = a.get("data");
    switch (DType.of(a.get("dtype").asText())) {
      case FLOAT64:
        {
          double[] d = new double[data.size()];
          Arrays.setAll(d, i -> number(data.get(i)));
          return Tensor.wrap(d, shape);
        }
      case INT64:
        {
          long[] d = new long[data.size()];
          Arrays.setAll(d, i -> data.get(i).asLong());
          return Tensor.wrap(d, shape);
        }
      default:
        {
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
      return t.equals("nan")
          ? Double.NaN
          : t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return n.asDouble();
  }

  static int[] ints(JsonNode n) {
    int[] r = new int[n.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = n.get(i).asInt();
    }
    return r;
  }

  /**
   * The same values as a non-contiguous view: every other element of a larger buffer, starting at
   * an offset, the gaps filled with values that would show if they were read.
   */
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
      case FLOAT64:
        {
          double[] d = new double[len];
          Arrays.fill(d, Double.NaN);
          for (int i = 0; i < n; i++) {
            d[3 + 2 * i] = t.getDouble(i);
          }
          wide = Tensor.wrap(d, len);
          break;
        }
      case INT64:
        {
          long[] d = new long[len];
          Arrays.fill(d, 0x7777L);
          for (int i = 0; i < n; i++) {
            d[3 + 2 * i] = t.getLong(i);
          }
          wide = Tensor.wrap(d, len);
          break;
        }
      default:
        {
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
