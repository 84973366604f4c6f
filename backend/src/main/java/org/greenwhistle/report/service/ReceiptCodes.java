package org.greenwhistle.report.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Tracking codes (short, readable, random: not guessable in sequence) and access keys (130 random bits),
 * stored only as HMAC-SHA-256 under a server secret.
 */
@Component
public class ReceiptCodes {
  /** Crockford's base32: no I, L, O, U, so codes survive being read aloud or handwritten. */
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int ACCESS_KEY_CHARS = 26;

  private final SecureRandom random = new SecureRandom();
  private final byte[] secret;

  ReceiptCodes(ReceiptProperties properties) {
    if (properties.secret() == null || properties.secret().length() < 16) {
      throw new IllegalStateException("greenwhistle.receipt.secret must be set (GREENWHISTLE_RECEIPT_SECRET, 16+ chars)");
    }
    this.secret = properties.secret().getBytes(StandardCharsets.UTF_8);
  }

  /** "GW" + 10 random characters: 50 bits, shown as GW-XXXXX-XXXXX. */
  public String newTrackingCode() {
    return "GW" + randomChars(10);
  }

  public String newAccessKey() {
    return randomChars(ACCESS_KEY_CHARS);
  }

  /** Accepts the key as printed (groups, lower case, confusable letters) and returns its canonical form. */
  public static String normalise(String key) {
    if (key == null) {
      return "";
    }
    return key.toUpperCase().replaceAll("[\\s-]", "").replace('I', '1').replace('L', '1').replace('O', '0');
  }

  public static String normaliseTrackingCode(String code) {
    return code == null ? "" : normalise(code);
  }

  public String hash(String purpose, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(purpose.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  public String accessKeyHash(String accessKey) {
    return hash("access-key", normalise(accessKey));
  }

  public static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  /** "GWABCDE12345" → "GW-ABCDE-12345"; keys in groups of four or five for reading. */
  public static String display(String code) {
    if (code.startsWith("GW") && code.length() == 12) {
      return "GW-" + code.substring(2, 7) + "-" + code.substring(7);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < code.length(); i++) {
      if (i > 0 && i % 5 == 0) {
        sb.append('-');
      }
      sb.append(code.charAt(i));
    }
    return sb.toString();
  }

  private String randomChars(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
