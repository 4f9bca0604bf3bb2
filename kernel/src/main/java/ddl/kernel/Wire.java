package ddl.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.zeromq.ZMQ;

/**
 * The protocol's framing over ZeroMQ: {@code identities..., <IDS|MSG>, signature, header,
 * parent_header, metadata, content, buffers...}. Reading checks the frames, the JSON and the
 * signature and throws {@link Rejected} for anything wrong, so that no such message reaches a
 * handler; writing signs and stamps headers with the kernel's session.
 */
final class Wire {
  static final String PROTOCOL_VERSION = "5.3";
  private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final byte[] EMPTY = "{}".getBytes(StandardCharsets.US_ASCII);

  /** A message that is not executed: malformed, or not signed with the connection's key. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    Rejected(String why) {
      super(why, null, false, false);
    }
  }

  private final Signer signer;
  private final String session = UUID.randomUUID().toString();

  Wire(Signer signer) {
    this.signer = signer;
  }

  /** Reads the rest of a multipart message whose first frame is {@code first}. */
  Message read(ZMQ.Socket socket, byte[] first) throws Rejected {
    List<byte[]> frames = new ArrayList<>();
    frames.add(first);
    while (socket.hasReceiveMore()) {
      frames.add(socket.recv());
    }
    return parse(frames);
  }

  Message parse(List<byte[]> frames) throws Rejected {
    int d = 0;
    while (d < frames.size() && !Arrays.equals(frames.get(d), DELIMITER)) {
      d++;
    }
    if (d == frames.size()) {
      throw new Rejected("no <IDS|MSG> delimiter in " + frames.size() + " frames");
    }
    if (frames.size() < d + 6) {
      throw new Rejected(
          "expected a signature and 4 JSON frames after the delimiter, found "
              + (frames.size() - d - 1)
              + " frames");
    }
    String signature = new String(frames.get(d + 1), StandardCharsets.US_ASCII);
    byte[] h = frames.get(d + 2);
    byte[] p = frames.get(d + 3);
    byte[] m = frames.get(d + 4);
    byte[] c = frames.get(d + 5);
    String refusal = signer.refusal(signature, h, p, m, c);
    if (refusal != null) {
      throw new Rejected(refusal);
    }
    ObjectNode header;
    ObjectNode parent;
    ObjectNode metadata;
    ObjectNode content;
    try {
      header = Json.parseObject(h);
      parent = Json.parseObject(p);
      metadata = Json.parseObject(m);
      content = Json.parseObject(c);
    } catch (IllegalArgumentException e) {
      throw new Rejected("malformed JSON frame: " + e.getMessage());
    }
    if (!header.path("msg_type").isTextual() || !header.path("msg_id").isTextual()) {
      throw new Rejected("header without msg_type and msg_id");
    }
    return new Message(
        List.copyOf(frames.subList(0, d)),
        header,
        parent,
        metadata,
        content,
        List.copyOf(frames.subList(d + 6, frames.size())));
  }

  /** A new header of this kernel's session. */
  ObjectNode header(String type) {
    ObjectNode h = Json.object();
    h.put("msg_id", UUID.randomUUID().toString());
    h.put("session", session);
    h.put("username", "ddl");
    h.put("date", DATE.format(Instant.now()));
    h.put("msg_type", type);
    h.put("version", PROTOCOL_VERSION);
    return h;
  }

  /**
   * Sends a message of {@code type} answering {@code parent} (null for none) to {@code identities}:
   * the request's on a ROUTER socket, the topic on IOPub.
   */
  void send(
      ZMQ.Socket socket,
      List<byte[]> identities,
      String type,
      Message parent,
      ObjectNode content,
      ObjectNode metadata) {
    byte[] h = Json.bytes(header(type));
    byte[] p = parent == null ? EMPTY : Json.bytes(parent.header());
    byte[] m = metadata == null ? EMPTY : Json.bytes(metadata);
    byte[] c = Json.bytes(content);
    String sig = signer.sign(h, p, m, c);
    for (byte[] id : identities) {
      socket.sendMore(id);
    }
    socket.sendMore(DELIMITER);
    socket.sendMore(sig.getBytes(StandardCharsets.US_ASCII));
    socket.sendMore(h);
    socket.sendMore(p);
    socket.sendMore(m);
    socket.send(c, 0);
  }
}
