package org.greenwhistle.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
  private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  @Test
  void roundTripsAndNeverRepeatsACiphertext() {
    FieldCipher cipher = new FieldCipher(new CryptoProperties(Map.of("k1", K1), "k1"));
    String a = cipher.encrypt("张三 13800138000");
    String b = cipher.encrypt("张三 13800138000");
    assertThat(a).startsWith("k1:").doesNotContain("张三").isNotEqualTo(b);
    assertThat(cipher.decrypt(a)).isEqualTo("张三 13800138000");
  }

  @Test
  void oldValuesStayReadableAfterRotation() {
    String old = new FieldCipher(new CryptoProperties(Map.of("k1", K1), "k1")).encrypt("secret");
    FieldCipher rotated = new FieldCipher(new CryptoProperties(Map.of("k1", K1, "k2", K2), "k2"));
    assertThat(rotated.decrypt(old)).isEqualTo("secret");
    assertThat(rotated.usesActiveKey(old)).isFalse();
    assertThat(rotated.encrypt("secret")).startsWith("k2:");
  }

  @Test
  void tamperedCiphertextIsRejected() {
    FieldCipher cipher = new FieldCipher(new CryptoProperties(Map.of("k1", K1), "k1"));
    String value = cipher.encrypt("secret");
    char[] chars = value.toCharArray();
    chars[10] = chars[10] == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> cipher.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesToStartWithoutAKey() {
    assertThatThrownBy(() -> new FieldCipher(new CryptoProperties(Map.of("k1", ""), "k1")))
        .hasMessageContaining("GREENWHISTLE_CRYPTO_KEY");
  }
}
