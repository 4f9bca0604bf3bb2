package ddl.stdlib.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** One case of numpy's golden file (test resource golden/numpy_golden.json) and its decoding. */
record GoldenCase(String id, String op, String expr, JsonNode args, JsonNode kwargs,
    JsonNode expected, double abs, double rel, JsonNode raw) {

  static List<GoldenCase> load() {
    try (InputStream in = GoldenCase.class.getResourceAsStream("/golden/numpy_golden.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<GoldenCase> out = new ArrayList<>();
      for (JsonNode c : root.get("cases")) {
        JsonNode tol = c.get("tolerance");
        out.add(new GoldenCase(c.get("id").asText(), c.get("op").asText(), c.get("expr").asText(),
            c.get("args"), c.get("kwargs"), c.get("expected"),
            tol == null ? 0 : tol.get("abs").asDouble(), tol == null ? 0 : tol.get("rel").asDouble(),
            c));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isError() {
    return expected.has("error");
  }

  /** Decodes {"shape", "dtype", "data"} into a tensor. */
  static Tensor array(JsonNode a) {
    int[] shape = ints(a.get("shape"));
    JsonNode data = a.get("data");
    switch (DType.of(a.get("dtype").asText())) {
      case FLOAT64: {
        double[] d = new double[data.size()];
        for (int i = 0; i < d.length; i++) {
          d[i] = number(data.get(i));
        }
        return Tensor.wrap(d, shape);
      }
      case INT64: {
        long[] d = new long[data.size()];
        for (int i = 0; i < d.length; i++) {
          d[i] = data.get(i).asLong();
        }
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

  static double number(JsonNode n) {
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

  /** A Python scalar {"scalar": v, "dtype": d} as a Java Double, Long or Boolean. */
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

  /** An argument: an array, a Python scalar, a shape or a nested list. */
  static Object arg(JsonNode a) {
    if (a.isObject() && a.has("shape")) {
      return array(a);
    }
    if (a.isObject() && a.has("scalar")) {
      return scalar(a);
    }
    return a;
  }

  static int[] ints(JsonNode n) {
    int[] r = new int[n.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = n.get(i).asInt();
    }
    return r;
  }

  /** A nested JSON list as nested Java lists of Long, Double and Boolean (np.array's input). */
  static Object nested(JsonNode n) {
    if (n.isArray()) {
      List<Object> l = new ArrayList<>();
      n.forEach(e -> l.add(nested(e)));
      return l;
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    if (n.isIntegralNumber()) {
      return n.asLong();
    }
    return n.asDouble();
  }
}
