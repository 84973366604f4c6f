package org.greenwhistle.common.crypto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Encryption keys by id (base64, 32 bytes each) and the id used for new values. */
@ConfigurationProperties("greenwhistle.crypto")
public record CryptoProperties(Map<String, String> keys, String activeKey) {
  public CryptoProperties {
    keys = keys == null ? Map.of() : Map.copyOf(keys);
  }
}
