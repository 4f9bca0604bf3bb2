package ddl.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One message of the protocol: the ZeroMQ routing identities it came with, its header, the header
 * of the message it answers, metadata and content. Buffers are kept but not used by ddl.
 */
record Message(
    List<byte[]> identities,
    ObjectNode header,
    ObjectNode parent,
    ObjectNode metadata,
    ObjectNode content,
    List<byte[]> buffers) {

  String type() {
    return header.path("msg_type").asText();
  }

  String id() {
    return header.path("msg_id").asText();
  }

  /** A content field as text, or {@code fallback} when absent. */
  String text(String field, String fallback) {
    JsonNode n = content.get(field);
    return n == null || n.isNull() ? fallback : n.asText();
  }

  boolean flag(String field, boolean fallback) {
    JsonNode n = content.get(field);
    return n == null || n.isNull() ? fallback : n.asBoolean();
  }

  int number(String field, int fallback) {
    JsonNode n = content.get(field);
    return n == null || !n.canConvertToInt() ? fallback : n.asInt();
  }
}
