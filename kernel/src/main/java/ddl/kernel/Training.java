package ddl.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * {@code ddl kernel --train}: one short session of a kernel with a client in the same process, run
 * by the launcher with {@code -XX:ArchiveClassesAtExit} after each build, so that the classes a
 * kernel loads to answer its first requests (JeroMQ, Jackson, the protocol, JShell, ND4J) are
 * mapped from a class-data archive when a front end starts it.
 */
final class Training {
  private Training() {}

  static int run() throws IOException, InterruptedException {
    int[] ports = new int[5];
    for (int i = 0; i < ports.length; i++) {
      try (ServerSocket s = new ServerSocket(0)) {
        ports[i] = s.getLocalPort();
      }
    }
    String key = UUID.randomUUID().toString();
    Connection c =
        new Connection(
            "tcp",
            "127.0.0.1",
            ports[0],
            ports[1],
            ports[2],
            ports[3],
            ports[4],
            key,
            "hmac-sha256");
    PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
    Kernel kernel = new Kernel(c, quiet);
    Thread serving =
        new Thread(
            () -> {
              try {
                kernel.run();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "ddl-kernel-training");
    serving.start();
    Wire wire = new Wire(new Signer(key, "hmac-sha256"));
    try (ZContext zmq = new ZContext(1)) {
      ZMQ.Socket shell = zmq.createSocket(SocketType.DEALER);
      shell.connect(c.address(c.shell()));
      ask(wire, shell, "kernel_info_request", Json.object());
      ask(
          wire,
          shell,
          "execute_request",
          Json.object()
              .put(
                  "code",
                  "x = [1.0, 2, 3]\n"
                      + "def f(v) = 2 * v + 1\n"
                      + "show(scatter(x, f(x)))\n"
                      + "print(sum(x))\n"
                      + "f(x)"));
      ask(wire, shell, "execute_request", Json.object().put("code", "x +"));
      ask(wire, shell, "complete_request", Json.object().put("code", "lin").put("cursor_pos", 3));
      ask(wire, shell, "inspect_request", Json.object().put("code", "sum").put("cursor_pos", 3));
      ask(wire, shell, "is_complete_request", Json.object().put("code", "def f(x) {"));
      ask(wire, shell, "shutdown_request", Json.object().put("restart", false));
    }
    serving.join(10_000);
    return 0;
  }

  /** Sends a request and waits for its reply (up to a minute, for the engine's start). */
  private static void ask(Wire wire, ZMQ.Socket shell, String type, ObjectNode content) {
    wire.send(shell, List.of(), type, null, content, null);
    shell.setReceiveTimeOut(60_000);
    byte[] first = shell.recv();
    if (first == null) {
      throw new IllegalStateException("no reply to " + type);
    }
    try {
      wire.read(shell, first);
    } catch (Wire.Rejected e) {
      throw new IllegalStateException(e.getMessage());
    }
  }
}
