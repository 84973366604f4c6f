package org.greenwhistle.common.crypto;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Encryption keys by id (base64, 32 bytes each) and the id used for new values. */
@ConfigurationProperties("greenwhistle.crypto")
public record CryptoProperties(Map<String, String> keys, String activeKey) {
  public CryptoProperties {
    keys = keys == null ? Map.of() : Map.copyOf(keys);
  }

  /** The configured (non-blank) keys decoded, each checked to be 32 bytes. */
  public Map<String, byte[]> decodedKeys() {
    Map<String, byte[]> decoded = new HashMap<>();
    keys.forEach((id, base64) -> {
      if (base64 == null || base64.isBlank()) {
        return;
      }
      byte[] raw = Base64.getDecoder().decode(base64.trim());
      if (raw.length != 32) {
        throw new IllegalStateException("greenwhistle.crypto.keys." + id + " must be 32 bytes (base64)");
      }
      decoded.put(id, raw);
    });
    return decoded;
  }
}
