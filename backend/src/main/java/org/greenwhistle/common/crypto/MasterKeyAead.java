package org.greenwhistle.common.crypto;

import com.google.crypto.tink.Aead;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** One configured master key as a Tink {@link Aead} (AES-256-GCM, random 12-byte IV first): wraps data keys. */
final class MasterKeyAead implements Aead {
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random;

  MasterKeyAead(SecretKeySpec key, SecureRandom random) {
    this.key = key;
    this.random = random;
  }

  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
    if (associatedData != null) {
      cipher.updateAAD(associatedData);
    }
    byte[] sealed = cipher.doFinal(plaintext);
    return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
    if (ciphertext.length < IV_BYTES + TAG_BITS / 8) {
      throw new GeneralSecurityException("ciphertext too short");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 0, IV_BYTES));
    if (associatedData != null) {
      cipher.updateAAD(associatedData);
    }
    return cipher.doFinal(ciphertext, IV_BYTES, ciphertext.length - IV_BYTES);
  }
}
