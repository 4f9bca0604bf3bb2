package ddl.stdlib.random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ddl.stdlib.Builtins;
import ddl.stdlib.Context;
import ddl.stdlib.Members;
import ddl.stdlib.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The reference streams of {@code random/streams.json} and how a case is run and encoded. */
final class StreamCases {
  private StreamCases() {}

  static JsonNode load() {
    try (InputStream in = StreamCases.class.getResourceAsStream("/random/streams.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Context context() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    return new Context(sink, sink);
  }

  static Object value(JsonNode n) {
    if (n.isNull()) {
      return null;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber()) {
      return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    List<Object> l = new ArrayList<>();
    for (JsonNode c : n) {
      l.add(value(c));
    }
    return l;
  }

  /** Runs one case's calls on a fresh generator: the values drawn, in order. */
  static List<Object> run(JsonNode c) {
    Context ctx = context();
    boolean legacy = c.get("kind").textValue().equals("legacy");
    long seed = c.get("seed").longValue();
    Object rng;
    if (legacy) {
      Builtins.call(ctx, "random.seed", new Object[] {seed}, new String[0], new Object[0]);
      rng = null;
    } else {
      rng = Builtins.call(ctx, "random.default_rng", new Object[] {seed}, new String[0], new Object[0]);
    }
    List<Object> out = new ArrayList<>();
    for (JsonNode call : c.get("calls")) {
      String name = call.get(0).textValue();
      List<Object> args = new ArrayList<>();
      for (JsonNode a : call.get(1)) {
        args.add(value(a));
      }
      List<String> kwNames = new ArrayList<>();
      List<Object> kwValues = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = call.get(2).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        kwNames.add(e.getKey());
        kwValues.add(value(e.getValue()));
      }
      String[] kn = kwNames.toArray(new String[0]);
      Object[] kv = kwValues.toArray();
      out.add(legacy ? Builtins.call(ctx, name, args.toArray(), kn, kv)
          : Members.invokeKw(ctx, rng, name, args.toArray(), kn, kv));
    }
    return out;
  }

  /** The exact bytes of the values (float64 and int64 little-endian, bool one byte) and the first eight. */
  static Encoded encode(List<Object> values) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> first = new ArrayList<>();
    ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    for (Object v : values) {
      Tensor t = v instanceof Tensor ? (Tensor) v : Tensor.scalar(v);
      for (int i = 0; i < t.size(); i++) {
        Object x = t.get(i);
        b.clear();
        if (x instanceof Boolean) {
          bytes.write((Boolean) x ? 1 : 0);
          first.add("b" + ((Boolean) x ? "1" : "0"));
          continue;
        }
        if (x instanceof Long) {
          b.putLong((Long) x);
          first.add("i" + x);
        } else {
          double d = ((Number) x).doubleValue();
          b.putDouble(d);
          first.add("f" + String.format("%016x", Double.doubleToRawLongBits(d)));
        }
        bytes.write(b.array(), 0, 8);
      }
    }
    try {
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
      return new Encoded(sha, first.subList(0, Math.min(8, first.size())));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SHA-256 of the values written to 10 significant digits, as the script writes them. */
  static String rounded(List<Object> values) {
    StringBuilder sb = new StringBuilder();
    for (Object v : values) {
      Tensor t = v instanceof Tensor ? (Tensor) v : Tensor.scalar(v);
      for (int i = 0; i < t.size(); i++) {
        Object x = t.get(i);
        if (sb.length() > 0) {
          sb.append(' ');
        }
        if (x instanceof Boolean) {
          sb.append((Boolean) x ? 1 : 0);
        } else if (x instanceof Long) {
          sb.append(x);
        } else {
          sb.append(String.format(java.util.Locale.ROOT, "%.9e", ((Number) x).doubleValue()));
        }
      }
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  record Encoded(String sha256, List<String> first) {}
}
