package org.greenwhistle.common.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Identifies a client for rate limiting by a keyed hash of its address that changes every day, so no
 * raw or long-lived linkable IP address is ever stored or logged.
 */
@Component
public class ClientFingerprint {
  private final byte[] secret;
  private final Clock clock;

  ClientFingerprint(@Value("${greenwhistle.receipt.secret}") String secret, Clock clock) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  public String of(String purpose, String clientAddress) {
    LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] daySalt = mac.doFinal(("client-salt:" + day).getBytes(StandardCharsets.UTF_8));
      mac.init(new SecretKeySpec(daySalt, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal((purpose + ":" + clientAddress).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
