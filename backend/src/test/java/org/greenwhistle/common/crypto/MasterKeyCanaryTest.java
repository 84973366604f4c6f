package org.greenwhistle.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasterKeyCanaryTest {
  static final String K1 = "I2N52DDdCSWnzqkQ49qTdoXFq3eJ6jYU+WmSeVxueE0=";
  static final String OTHER = "yD3rLL6ZJ8m0eJd1lXoZQ0m3k8pWcJr5V0Nw1k4c2aA=";

  final List<CryptoCanaryMapper.Canary> table = new ArrayList<>();
  final CryptoCanaryMapper mapper = new CryptoCanaryMapper() {
    @Override
    public List<Canary> findAll() {
      return List.copyOf(table);
    }

    @Override
    public int insertIfAbsent(String keyId, String canaryEnc, Instant now) {
      if (table.stream().anyMatch(c -> c.keyId().equals(keyId))) {
        return 0;
      }
      table.add(new Canary(keyId, canaryEnc));
      return 1;
    }
  };

  @Test
  void theFirstStartWritesTheCanaryAndTheSameKeyPassesAgain() {
    canary(Map.of("k1", K1), "k1").check();
    assertThat(table).hasSize(1);
    canary(Map.of("k1", K1), "k1").check();
    assertThat(table).hasSize(1);
  }

  @Test
  void aWrongMasterKeyStopsTheStartWithOneMessage() {
    canary(Map.of("k1", K1), "k1").check();

    assertThatThrownBy(() -> canary(Map.of("k1", OTHER), "k1").check())
        .isInstanceOfSatisfying(MasterKeyException.class, e -> assertThat(e.problems()).containsExactly(
            "greenwhistle.crypto.keys.k1 (GREENWHISTLE_CRYPTO_KEY) is not the key this database was encrypted with "
                + "(its canary does not decrypt): restore the right key from the key backup (docs/operations.md, "
                + "\"Master keys\")"));
  }

  @Test
  void aMissingOlderKeyStopsTheStartWithOneMessage() {
    canary(Map.of("k1", K1), "k1").check();

    assertThatThrownBy(() -> canary(Map.of("k2", OTHER), "k2").check())
        .isInstanceOfSatisfying(MasterKeyException.class, e -> assertThat(e.problems()).singleElement()
            .asString().startsWith("greenwhistle.crypto.keys.k1 (GREENWHISTLE_CRYPTO_KEY) is not set, but this "
                + "database holds data encrypted with key 'k1'"));
  }

  @Test
  void aRotationKeepsTheOldKeysCanaryAndAddsTheNewOnes() {
    canary(Map.of("k1", K1), "k1").check();
    canary(Map.of("k1", K1, "k2", OTHER), "k2").check();
    assertThat(table).extracting(CryptoCanaryMapper.Canary::keyId).containsExactly("k1", "k2");
  }

  MasterKeyCanary canary(Map<String, String> keys, String active) {
    CryptoProperties properties = new CryptoProperties(keys, active);
    return new MasterKeyCanary(mapper, new FieldCipher(properties), properties, Clock.systemUTC());
  }
}
