package org.greenwhistle.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for personal data at rest. Ciphertexts carry their key id ("k1:…") so that keys can be
 * rotated: new values use the active key, old values stay readable while their key is configured.
 */
@Component
public class FieldCipher {
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Map<String, SecretKeySpec> keys = new HashMap<>();
  private final String activeKeyId;
  private final SecureRandom random = new SecureRandom();

  public FieldCipher(CryptoProperties properties) {
    properties.decodedKeys().forEach((id, raw) -> keys.put(id, new SecretKeySpec(raw, "AES")));
    if (!keys.containsKey(properties.activeKey())) {
      throw new IllegalStateException("greenwhistle.crypto.active-key names no configured key: set GREENWHISTLE_CRYPTO_KEY");
    }
    this.activeKeyId = properties.activeKey();
  }

  public String encrypt(String plaintext) {
    if (plaintext == null) {
      return null;
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(activeKeyId.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed", e);
    }
  }

  public String decrypt(String ciphertext) {
    if (ciphertext == null) {
      return null;
    }
    int colon = ciphertext.indexOf(':');
    String keyId = ciphertext.substring(0, colon);
    SecretKeySpec key = keys.get(keyId);
    if (key == null) {
      throw new IllegalStateException("no key configured for id " + keyId);
    }
    try {
      byte[] in = Base64.getDecoder().decode(ciphertext.substring(colon + 1));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("decryption failed", e);
    }
  }

  public boolean usesActiveKey(String ciphertext) {
    return ciphertext != null && ciphertext.startsWith(activeKeyId + ":");
  }
}
