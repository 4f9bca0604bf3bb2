package ddl.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A connection file as the front end writes it: transport, address, the five ports and the signing
 * key (https://jupyter-client.readthedocs.io/en/latest/kernels.html#connection-files).
 */
record Connection(
    String transport,
    String ip,
    int shell,
    int control,
    int stdin,
    int iopub,
    int heartbeat,
    String key,
    String scheme) {

  static Connection read(Path file) throws IOException {
    JsonNode n;
    try {
      n = Json.parseObject(Files.readAllBytes(file));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage());
    }
    return new Connection(
        n.path("transport").asText("tcp"),
        n.path("ip").asText("127.0.0.1"),
        port(n, "shell_port", file),
        port(n, "control_port", file),
        port(n, "stdin_port", file),
        port(n, "iopub_port", file),
        port(n, "hb_port", file),
        n.path("key").asText(""),
        n.path("signature_scheme").asText("hmac-sha256"));
  }

  private static int port(JsonNode n, String name, Path file) throws IOException {
    JsonNode p = n.get(name);
    if (p == null || !p.canConvertToInt()) {
      throw new IOException(file + ": no " + name);
    }
    return p.asInt();
  }

  /** The ZeroMQ address of a port: {@code tcp://127.0.0.1:5555}, or {@code ipc://ip-5555}. */
  String address(int port) {
    return "ipc".equals(transport)
        ? "ipc://" + ip + "-" + port
        : transport + "://" + ip + ":" + port;
  }
}
