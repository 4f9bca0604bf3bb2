package ddl.kernel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks messages as the protocol says: the HMAC-SHA256 of the header, parent header,
 * metadata and content frames under the connection's key, in lower-case hex; an empty key means
 * unsigned messages. A signature seen before is refused, as jupyter_client does, so a captured
 * message cannot be replayed.
 */
final class Signer {
  private static final int REMEMBERED = 1 << 16;

  private final SecretKeySpec key;
  private final Set<String> seen = new LinkedHashSet<>();

  Signer(String key, String scheme) {
    if (!key.isEmpty() && !"hmac-sha256".equals(scheme)) {
      throw new IllegalArgumentException(
          "signature_scheme '" + scheme + "' is not supported (only hmac-sha256)");
    }
    this.key =
        key.isEmpty()
            ? null
            : new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The signature of the four frames, or "" when messages are not signed. */
  String sign(byte[]... frames) {
    if (key == null) {
      return "";
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      for (byte[] f : frames) {
        mac.update(f);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Why the signature of the frames is refused, or null when it is right and new. */
  synchronized String refusal(String signature, byte[]... frames) {
    if (key == null) {
      return null;
    }
    byte[] expected = sign(frames).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
      return "wrong signature";
    }
    if (!seen.add(signature)) {
      return "a signature seen before (a replayed message)";
    }
    if (seen.size() > REMEMBERED) {
      var it = seen.iterator();
      it.next();
      it.remove();
    }
    return null;
  }
}
