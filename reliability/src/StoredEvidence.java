import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.greenwhistle.common.crypto.EvidenceFileCipher;

/**
 * The app's evidence store read as the app reads it: through decryption (issue #23), with the suites' master key
 * (GREENWHISTLE_CRYPTO_KEY, set by lib.sh) and the app's own EvidenceFileCipher from the packaged jar.
 */
final class StoredEvidence {
  private final Path store;
  private final EvidenceFileCipher cipher;

  StoredEvidence(Path store) {
    this.store = store;
    String key = System.getenv("GREENWHISTLE_CRYPTO_KEY");
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("GREENWHISTLE_CRYPTO_KEY not set (lib.sh sets it for the tools)");
    }
    this.cipher = new EvidenceFileCipher(Map.of("k1", Base64.getDecoder().decode(key.trim())), "k1");
  }

  Path path(String id) {
    return store.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
  }

  boolean encrypted(String id) throws IOException {
    return cipher.isEncrypted(path(id));
  }

  /** The first bytes of the stored content, decrypted. */
  byte[] head(String id, int bytes) throws IOException {
    try (InputStream in = cipher.openPlaintext(path(id), id)) {
      return in.readNBytes(bytes);
    }
  }

  /** The SHA-256 of the whole stored content, decrypted; null if any segment fails authentication. */
  String sha256(String id) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(cipher.openPlaintext(path(id), id), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      return null;
    }
  }
}
