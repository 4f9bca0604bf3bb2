package ddl.stdlib.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ddl.stdlib.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the numpy-made printing fixtures: arrays and print options encoded as JSON. */
final class Fixtures {
  private Fixtures() {}

  static JsonNode json(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code {"shape": [...], "dtype": "...", "data": [...]}}, data flat in C order. */
  static Tensor tensor(JsonNode node) {
    JsonNode shapeNode = node.get("shape");
    int[] shape = new int[shapeNode.size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = shapeNode.get(i).asInt();
    }
    JsonNode data = node.get("data");
    int n = data.size();
    switch (node.get("dtype").asText()) {
      case "float64":
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
          d[i] = data.get(i).isTextual() ? special(data.get(i).asText()) : data.get(i).asDouble();
        }
        return Tensor.wrap(d, shape);
      case "int64":
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
          l[i] = data.get(i).asLong();
        }
        return Tensor.wrap(l, shape);
      case "bool":
        boolean[] b = new boolean[n];
        for (int i = 0; i < n; i++) {
          b[i] = data.get(i).asBoolean();
        }
        return Tensor.wrap(b, shape);
      default:
        throw new IllegalArgumentException("dtype " + node.get("dtype"));
    }
  }

  private static double special(String text) {
    switch (text) {
      case "nan":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(text);
    }
  }

  /** numpy's {@code np.printoptions(**options)} as {@link PrintOptions}. */
  static PrintOptions options(JsonNode node) {
    PrintOptions o = PrintOptions.DEFAULTS;
    if (node == null) {
      return o;
    }
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "precision":
          o = o.withPrecision(v.asInt());
          break;
        case "threshold":
          o = o.withThreshold(v.asInt());
          break;
        case "edgeitems":
          o = o.withEdgeitems(v.asInt());
          break;
        case "linewidth":
          o = o.withLinewidth(v.asInt());
          break;
        case "suppress":
          o = o.withSuppress(v.asBoolean());
          break;
        case "sign":
          o = o.withSign(v.asText().charAt(0));
          break;
        case "floatmode":
          o = o.withFloatmode(v.asText());
          break;
        default:
          throw new IllegalArgumentException("print option " + e.getKey());
      }
    }
    return o;
  }
}
