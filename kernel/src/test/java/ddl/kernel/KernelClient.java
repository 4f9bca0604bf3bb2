package ddl.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A front end for the tests, written from the protocol's description (not from the kernel's
 * classes): starts a kernel process on a connection file of free ports and talks to it over real
 * ZeroMQ sockets, signing with HMAC-SHA256 as jupyter_client does.
 */
final class KernelClient implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

  /** A received message: header type, parent msg_id, content. */
  record Received(String type, String parentId, JsonNode content) {}

  final Path connectionFile;
  final String key = UUID.randomUUID().toString();
  final Process process;
  final Path log;
  private final ZContext zmq = new ZContext(1);
  final ZMQ.Socket shell;
  final ZMQ.Socket control;
  final ZMQ.Socket iopub;
  final ZMQ.Socket heartbeat;
  private final String session = UUID.randomUUID().toString();

  KernelClient(Path dir) throws IOException {
    this(dir, writeConnection(dir));
  }

  /** Starts a kernel on an existing connection file (a restart). */
  KernelClient(Path dir, Path connectionFile) throws IOException {
    this.connectionFile = connectionFile;
    JsonNode c = JSON.readTree(connectionFile.toFile());
    this.log = Files.createTempFile(dir, "kernel-", ".log");
    this.process = start(connectionFile, log);
    shell = connect(SocketType.DEALER, c.get("shell_port").asInt());
    control = connect(SocketType.DEALER, c.get("control_port").asInt());
    iopub = connect(SocketType.SUB, c.get("iopub_port").asInt());
    iopub.subscribe(new byte[0]);
    heartbeat = connect(SocketType.REQ, c.get("hb_port").asInt());
  }

  private String keyOf(Path file) throws IOException {
    return JSON.readTree(file.toFile()).get("key").asText();
  }

  static Path writeConnection(Path dir) throws IOException {
    ObjectNode c = JSON.createObjectNode();
    c.put("transport", "tcp");
    c.put("ip", "127.0.0.1");
    for (String p : List.of("shell_port", "control_port", "stdin_port", "iopub_port", "hb_port")) {
      try (ServerSocket s = new ServerSocket(0)) {
        c.put(p, s.getLocalPort());
      }
    }
    c.put("key", UUID.randomUUID().toString());
    c.put("signature_scheme", "hmac-sha256");
    Path f = Files.createTempFile(dir, "kernel-", ".json");
    JSON.writeValue(f.toFile(), c);
    return f;
  }

  /** The kernel in a JVM of its own, on this test's class path, as the launcher starts it. */
  static Process start(Path connectionFile, Path log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command(connectionFile));
    pb.redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    return pb.start();
  }

  /**
   * The kernel's command: the launcher named by {@code -Dddl.kernel.launcher} ({@code ddl kernel
   * FILE}, as a front end runs it), else java on this class path with the launcher's flags.
   */
  static List<String> command(Path connectionFile) {
    String launcher = System.getProperty("ddl.kernel.launcher");
    if (launcher != null) {
      return List.of(launcher, "kernel", connectionFile.toString());
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        java,
        "-Xss16m",
        "-Dddl.kernel.progressDelayMs=0",
        "--add-opens",
        "java.base/java.nio=ALL-UNNAMED",
        "--add-opens",
        "java.base/sun.nio.ch=ALL-UNNAMED",
        "-cp",
        System.getProperty("java.class.path"),
        "ddl.kernel.KernelMain",
        connectionFile.toString());
  }

  private ZMQ.Socket connect(SocketType type, int port) {
    ZMQ.Socket s = zmq.createSocket(type);
    s.setLinger(0);
    s.connect("tcp://127.0.0.1:" + port);
    return s;
  }

  /** Sends a request; returns its msg_id. */
  String send(ZMQ.Socket socket, String type, ObjectNode content) {
    return sendSigned(socket, type, content, null);
  }

  /** Sends a request signed with {@code signature} instead of the right one when not null. */
  String sendSigned(ZMQ.Socket socket, String type, ObjectNode content, String signature) {
    String id = UUID.randomUUID().toString();
    ObjectNode h = JSON.createObjectNode();
    h.put("msg_id", id);
    h.put("session", session);
    h.put("username", "test");
    h.put("date", java.time.Instant.now().toString());
    h.put("msg_type", type);
    h.put("version", "5.3");
    byte[][] frames = {bytes(h), "{}".getBytes(), "{}".getBytes(), bytes(content)};
    String sig = signature != null ? signature : sign(frames);
    socket.sendMore(DELIMITER);
    socket.sendMore(sig);
    for (int i = 0; i < 3; i++) {
      socket.sendMore(frames[i]);
    }
    socket.send(frames[3], 0);
    return id;
  }

  String sign(byte[]... frames) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(keyOf(connectionFile).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      for (byte[] f : frames) {
        mac.update(f);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(JsonNode n) {
    try {
      return JSON.writeValueAsBytes(n);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The next message on a socket within {@code ms}, its signature checked, or null. */
  Received receive(ZMQ.Socket socket, long ms) {
    socket.setReceiveTimeOut((int) ms);
    byte[] f = socket.recv();
    if (f == null) {
      return null;
    }
    List<byte[]> frames = new ArrayList<>();
    frames.add(f);
    while (socket.hasReceiveMore()) {
      frames.add(socket.recv());
    }
    int d = 0;
    while (!java.util.Arrays.equals(frames.get(d), DELIMITER)) {
      d++;
    }
    String sig = new String(frames.get(d + 1), StandardCharsets.US_ASCII);
    if (!sig.equals(
        sign(frames.get(d + 2), frames.get(d + 3), frames.get(d + 4), frames.get(d + 5)))) {
      throw new AssertionError("the kernel sent a message with a wrong signature");
    }
    try {
      JsonNode h = JSON.readTree(frames.get(d + 2));
      JsonNode p = JSON.readTree(frames.get(d + 3));
      return new Received(
          h.get("msg_type").asText(),
          p.path("msg_id").asText(null),
          JSON.readTree(frames.get(d + 5)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The reply to {@code id} on {@code socket}, waiting up to {@code ms}. */
  Received reply(ZMQ.Socket socket, String id, long ms) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
    while (System.nanoTime() < end) {
      Received r =
          receive(socket, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
      if (r != null && id.equals(r.parentId())) {
        return r;
      }
    }
    return null;
  }

  /** The IOPub messages for request {@code id}, up to and including its status idle. */
  List<Received> iopubUntilIdle(String id, long ms) {
    List<Received> got = new ArrayList<>();
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
    while (System.nanoTime() < end) {
      Received r =
          receive(iopub, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
      if (r == null || !id.equals(r.parentId())) {
        continue;
      }
      got.add(r);
      if (r.type().equals("status") && r.content().get("execution_state").asText().equals("idle")) {
        return got;
      }
    }
    throw new AssertionError("no status idle for " + id + " within " + ms + " ms; got " + got);
  }

  /** One executed cell: its reply and IOPub messages. */
  record Cell(Received reply, List<Received> iopub) {
    List<Received> of(String type) {
      return iopub.stream().filter(r -> r.type().equals(type)).toList();
    }

    String stdout() {
      StringBuilder sb = new StringBuilder();
      for (Received r : of("stream")) {
        if (r.content().get("name").asText().equals("stdout")) {
          sb.append(r.content().get("text").asText());
        }
      }
      return sb.toString();
    }

    String result() {
      List<Received> r = of("execute_result");
      return r.isEmpty() ? null : r.get(0).content().get("data").get("text/plain").asText();
    }
  }

  Cell execute(String code, long ms) {
    ObjectNode c = JSON.createObjectNode();
    c.put("code", code);
    c.put("silent", false);
    c.put("store_history", true);
    c.putObject("user_expressions");
    c.put("allow_stdin", false);
    c.put("stop_on_error", true);
    String id = send(shell, "execute_request", c);
    Received reply = reply(shell, id, ms);
    if (reply == null) {
      throw new AssertionError("no execute_reply for " + code + " within " + ms + " ms");
    }
    return new Cell(reply, iopubUntilIdle(id, ms));
  }

  /** Waits for the kernel to answer kernel_info (IOPub connected too); returns the reply. */
  Received ready(long ms) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
    while (System.nanoTime() < end) {
      String id = send(shell, "kernel_info_request", JSON.createObjectNode());
      Received r = reply(shell, id, 200);
      if (r != null) {
        // the IOPub subscription may join late: wait until the status of a request shows up
        while (System.nanoTime() < end) {
          String probe = send(shell, "kernel_info_request", JSON.createObjectNode());
          reply(shell, probe, 1000);
          Received s = receive(iopub, 200);
          if (s != null) {
            while (receive(iopub, 50) != null) {
              // drain what is left of the probes
            }
            return r;
          }
        }
      }
    }
    throw new AssertionError(
        "the kernel did not answer kernel_info within " + ms + " ms: " + readLog());
  }

  String readLog() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() {
    zmq.close();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
    }
  }
}
