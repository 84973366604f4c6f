package org.greenwhistle.common.crypto;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The start-up check of the master keys (after Flyway, before the web server opens): every canary in the database
 * must decrypt with the configured key of its id. A wrong key (another installation's, a typo) or a missing one
 * stops the start with one line naming the setting, instead of serving reports and evidence nobody can decrypt.
 * The active key gets its canary on its first start.
 */
@Component
public class MasterKeyCanary implements SmartInitializingSingleton {
  static final String CANARY = "greenwhistle-master-key-canary";

  private final CryptoCanaryMapper canaries;
  private final FieldCipher cipher;
  private final CryptoProperties properties;
  private final Clock clock;

  MasterKeyCanary(CryptoCanaryMapper canaries, FieldCipher cipher, CryptoProperties properties, Clock clock) {
    this.canaries = canaries;
    this.cipher = cipher;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    check();
  }

  void check() {
    Set<String> configured = properties.decodedKeys().keySet();
    List<String> problems = new ArrayList<>();
    boolean activeHasCanary = false;
    for (CryptoCanaryMapper.Canary c : canaries.findAll()) {
      activeHasCanary |= c.keyId().equals(properties.activeKey());
      if (!configured.contains(c.keyId())) {
        problems.add(setting(c.keyId()) + " is not set, but this database holds data encrypted with key '" + c.keyId()
            + "': restore it from the key backup (docs/operations.md, \"Master keys\")");
      } else if (!decrypts(c.canaryEnc())) {
        problems.add(setting(c.keyId()) + " is not the key this database was encrypted with (its canary does not "
            + "decrypt): restore the right key from the key backup (docs/operations.md, \"Master keys\")");
      }
    }
    if (!problems.isEmpty()) {
      throw new MasterKeyException(problems);
    }
    if (!activeHasCanary) {
      try {
        canaries.insertIfAbsent(properties.activeKey(), cipher.encrypt(CANARY), clock.instant());
      } catch (DuplicateKeyException e) {
        // another node wrote it at the same moment; it is checked at the next start
      }
    }
  }

  private boolean decrypts(String canaryEnc) {
    try {
      return CANARY.equals(cipher.decrypt(canaryEnc));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String setting(String id) {
    return "greenwhistle.crypto.keys." + id + " ("
        + ("k1".equals(id) ? "GREENWHISTLE_CRYPTO_KEY" : "GREENWHISTLE_CRYPTO_KEYS_" + id.toUpperCase(Locale.ROOT)) + ")";
  }
}
