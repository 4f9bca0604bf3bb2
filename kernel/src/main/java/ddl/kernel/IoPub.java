package ddl.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * The IOPub channel: status, streams, inputs, results, displays and errors, broadcast to every
 * front end. Several threads publish (the shell, the stream flusher, progress); a ZeroMQ socket is
 * not thread-safe, so each message is sent under the lock.
 */
final class IoPub {
  private final ZMQ.Socket socket;
  private final Wire wire;
  private volatile boolean closed;

  IoPub(ZMQ.Socket socket, Wire wire) {
    this.socket = socket;
    this.wire = wire;
  }

  synchronized void publish(String type, Message parent, ObjectNode content, ObjectNode metadata) {
    if (closed) {
      return;
    }
    wire.send(
        socket, List.of(type.getBytes(StandardCharsets.US_ASCII)), type, parent, content, metadata);
  }

  void publish(String type, Message parent, ObjectNode content) {
    publish(type, parent, content, null);
  }

  void status(String state, Message parent) {
    ObjectNode c = Json.object();
    c.put("execution_state", state);
    publish("status", parent, c);
  }

  synchronized void close() {
    closed = true;
  }
}
