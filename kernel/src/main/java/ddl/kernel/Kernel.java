package ddl.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ddl.engine.Engine;
import ddl.repl.Version;
import ddl.stdlib.nd4j.Nd4jBridge;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A Jupyter kernel for ddl: binds the five sockets of a connection file and answers the messaging
 * protocol 5.3. The shell channel runs on its own thread and executes cells one at a time; the
 * control channel has another, so that {@code interrupt_request} and {@code shutdown_request} get
 * through while a cell runs; the heartbeat echoes on a third.
 */
final class Kernel {
  private final Connection connection;
  private final PrintStream log;
  private final ZContext zmq = new ZContext(1);
  private final Wire wire;
  private final IoPub iopub;
  private final CellStreams streams;
  private final Cells cells;
  private final ZMQ.Socket shell;
  private final ZMQ.Socket control;
  private final ZMQ.Socket stdin;
  private final ZMQ.Socket heartbeat;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean running = true;

  Kernel(Connection connection, PrintStream log) {
    this.connection = connection;
    this.log = log;
    this.wire = new Wire(new Signer(connection.key(), connection.scheme()));
    this.shell = bind(SocketType.ROUTER, connection.shell());
    this.control = bind(SocketType.ROUTER, connection.control());
    this.stdin = bind(SocketType.ROUTER, connection.stdin());
    this.heartbeat = bind(SocketType.REP, connection.heartbeat());
    this.iopub = new IoPub(bind(SocketType.PUB, connection.iopub()), wire);
    this.streams = new CellStreams(iopub);
    this.cells = new Cells(iopub, streams, engine);
  }

  private final CompletableFuture<Engine> engine = new CompletableFuture<>();
  private final java.util.concurrent.atomic.AtomicBoolean engineStarting =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Starts the engine once: after the first request has been answered (a front end's first is
   * kernel_info, which should not wait for the engine's start to share the CPU), or five seconds
   * after the kernel started, whichever comes first.
   */
  private void startEngineOnce() {
    if (engineStarting.compareAndSet(false, true)) {
      startEngine(streams, engine);
    }
  }

  private ZMQ.Socket bind(SocketType type, int port) {
    ZMQ.Socket s = zmq.createSocket(type);
    s.setLinger(1000);
    s.bind(connection.address(port));
    return s;
  }

  /** The engine starts in the background; the first cell waits for it. */
  private static void startEngine(CellStreams streams, CompletableFuture<Engine> f) {
    Thread t =
        new Thread(
            () -> {
              try {
                Engine e = Engine.create(streams.out, streams.err, List.of());
                e.eval("0", false); // JShell's first compile, paid before the first cell
                f.complete(e);
                Nd4jBridge.warmUp();
              } catch (Throwable x) {
                f.completeExceptionally(x);
              }
            },
            "ddl-engine-start");
    t.setDaemon(true);
    t.start();
  }

  /** Serves until a {@code shutdown_request} (or {@link #stop}); then closes everything. */
  void run() throws InterruptedException {
    iopub.status("starting", null);
    daemon("ddl-kernel-heartbeat", this::heartbeatLoop);
    daemon("ddl-kernel-control", () -> loop(control, true));
    daemon("ddl-kernel-shell", () -> loop(shell, false));
    daemon(
        "ddl-kernel-engine-timer",
        () -> {
          try {
            Thread.sleep(5000);
          } catch (InterruptedException e) {
            return;
          }
          startEngineOnce();
        });
    stopped.await();
    close();
  }

  /** The session's stdout, published as {@code stream} messages. */
  PrintStream out() {
    return streams.out;
  }

  PrintStream err() {
    return streams.err;
  }

  /** Asks the kernel to stop serving (shutdown, or its parent process is gone). */
  void stop() {
    running = false;
    stopped.countDown();
  }

  /** Stops the running cell, if any (an interrupt_request or SIGINT). */
  void interrupt() {
    cells.interrupt();
  }

  private void daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
  }

  private void heartbeatLoop() {
    ZMQ.Poller poller = zmq.createPoller(1);
    poller.register(heartbeat, ZMQ.Poller.POLLIN);
    try {
      while (running) {
        if (poller.poll(200) > 0 && poller.pollin(0)) {
          byte[] ping = heartbeat.recv(ZMQ.DONTWAIT);
          if (ping != null) {
            heartbeat.send(ping, 0);
          }
        }
      }
    } catch (RuntimeException e) {
      if (running) {
        log.println("ddl kernel: heartbeat stopped: " + e);
      }
    } finally {
      poller.close();
    }
  }

  private void loop(ZMQ.Socket socket, boolean isControl) {
    ZMQ.Poller poller = zmq.createPoller(1);
    poller.register(socket, ZMQ.Poller.POLLIN);
    try {
      while (running) {
        if (poller.poll(200) <= 0 || !poller.pollin(0)) {
          continue;
        }
        Message m = receive(socket);
        if (m != null) {
          if (!m.type().equals("kernel_info_request")) {
            startEngineOnce(); // before a cell, which waits for the engine
          }
          handle(socket, m, isControl);
          startEngineOnce();
        }
      }
    } catch (RuntimeException e) {
      if (running) {
        log.println("ddl kernel: " + (isControl ? "control" : "shell") + " channel stopped: " + e);
        e.printStackTrace(log);
        stop();
      }
    } finally {
      poller.close();
    }
  }

  /** The next message, or null when none is waiting or it was rejected (and logged). */
  private Message receive(ZMQ.Socket socket) {
    byte[] first = socket.recv(ZMQ.DONTWAIT);
    if (first == null) {
      return null;
    }
    try {
      return wire.read(socket, first);
    } catch (Wire.Rejected r) {
      log.println("ddl kernel: rejected a message: " + r.getMessage());
      return null;
    }
  }

  private void handle(ZMQ.Socket socket, Message m, boolean isControl) {
    String type = m.type();
    iopub.status("busy", m);
    try {
      switch (type) {
        case "kernel_info_request" -> reply(socket, m, "kernel_info_reply", kernelInfo());
        case "shutdown_request" -> {
          ObjectNode c = ok();
          c.put("restart", m.flag("restart", false));
          reply(socket, m, "shutdown_reply", c);
          stop();
        }
        case "interrupt_request" -> {
          interrupt();
          reply(socket, m, "interrupt_reply", ok());
        }
        default -> {
          if (isControl) {
            log.println("ddl kernel: " + type + " is not handled on the control channel");
          } else {
            handleShell(socket, m);
          }
        }
      }
    } finally {
      iopub.status("idle", m);
    }
  }

  private void handleShell(ZMQ.Socket socket, Message m) {
    switch (m.type()) {
      case "execute_request" -> {
        Cells.Outcome o = cells.execute(m);
        ObjectNode c = Json.object();
        c.put("status", o.status());
        c.put("execution_count", cells.count());
        if ("ok".equals(o.status())) {
          c.putArray("payload");
          c.set("user_expressions", cells.userExpressions(m));
        } else {
          c.put("ename", o.ename());
          c.put("evalue", o.evalue());
          ArrayNode tb = c.putArray("traceback");
          o.traceback().forEach(tb::add);
        }
        reply(socket, m, "execute_reply", c);
        if (!"ok".equals(o.status()) && m.flag("stop_on_error", true)) {
          abortQueued(socket);
        }
      }
      case "complete_request" ->
          reply(
              socket,
              m,
              "complete_reply",
              Introspection.complete(
                  cells.engineNow(), m.text("code", ""), m.number("cursor_pos", -1)));
      case "inspect_request" ->
          reply(
              socket,
              m,
              "inspect_reply",
              Introspection.inspect(
                  cells.engineNow(), m.text("code", ""), m.number("cursor_pos", -1)));
      case "is_complete_request" ->
          reply(socket, m, "is_complete_reply", Introspection.isComplete(m.text("code", "")));
      case "history_request" ->
          reply(socket, m, "history_reply", History.reply(cells.history(), m));
      case "comm_info_request" -> {
        ObjectNode c = ok();
        c.set("comms", Json.object());
        reply(socket, m, "comm_info_reply", c);
      }
      case "comm_open" -> {
        // no comm targets: close it, as ipykernel does for an unknown target
        ObjectNode c = Json.object();
        c.put("comm_id", m.text("comm_id", ""));
        c.set("data", Json.object());
        iopub.publish("comm_close", m, c);
      }
      case "comm_msg", "comm_close" -> {}
      default -> log.println("ddl kernel: unknown message type " + m.type() + ", ignored");
    }
  }

  /**
   * After a failed cell, the execute requests already queued are answered {@code aborted} without
   * running, as ipykernel does: "run all" stops at the first error.
   */
  private void abortQueued(ZMQ.Socket socket) {
    Message m;
    while ((m = receive(socket)) != null) {
      if (!"execute_request".equals(m.type())) {
        handle(socket, m, false);
        continue;
      }
      iopub.status("busy", m);
      ObjectNode c = Json.object();
      c.put("status", "aborted");
      c.put("execution_count", cells.count());
      reply(socket, m, "execute_reply", c);
      iopub.status("idle", m);
    }
  }

  private void reply(ZMQ.Socket socket, Message request, String type, ObjectNode content) {
    wire.send(socket, request.identities(), type, request, content, null);
  }

  private static ObjectNode ok() {
    return Json.object().put("status", "ok");
  }

  static ObjectNode kernelInfo() {
    ObjectNode c = ok();
    c.put("protocol_version", Wire.PROTOCOL_VERSION);
    c.put("implementation", "ddl");
    c.put("implementation_version", Version.current());
    ObjectNode lang = c.putObject("language_info");
    lang.put("name", "ddl");
    lang.put("version", Version.current());
    lang.put("mimetype", "text/x-ddl");
    lang.put("file_extension", ".ddl");
    // ddl reads like Python with braces: Python's highlighting suits it in editors and nbconvert
    lang.put("pygments_lexer", "python");
    lang.put("codemirror_mode", "python");
    c.put(
        "banner",
        "ddl " + Version.current() + " - a concise array language for deep learning on the JVM");
    c.put("debugger", false);
    c.putArray("help_links");
    return c;
  }

  /** Closes the sockets; the engine goes with the process (a cell may still be running). */
  private void close() {
    cells.interrupt();
    streams.close();
    iopub.close();
    zmq.close();
  }
}
