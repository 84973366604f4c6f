package org.greenwhistle.common.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Evidence files at rest: Tink streaming AEAD (AES256_GCM_HKDF_1MB, 1 MB segments each with its own GCM tag), so a
 * file is encrypted and decrypted segment by segment, never held whole, and any range can be decrypted alone. Each
 * file has its own data key, wrapped by a master key of {@code greenwhistle.crypto.keys}; both the wrapped key and
 * the stream are bound to the file's storage id (associated data), so files cannot be swapped between rows.
 *
 * <pre>
 * "GWE1" | key id length (1 byte) | key id (ASCII) | wrapped keyset length (2 bytes, big-endian) | wrapped keyset
 *        | Tink AES256_GCM_HKDF_1MB ciphertext (its own header, then 1 MB segments)
 * </pre>
 * A file without the magic is a plain file from before encryption ({@code EvidenceEncryptionJob} converts them);
 * uploads never start with it (only allow-listed types are stored, none starts with "GWE1").
 *
 * <p>No Spring needed besides the constructor: the reliability tools use it to read stored files.
 */
@Component
public class EvidenceFileCipher {
  static final byte[] MAGIC = "GWE1".getBytes(StandardCharsets.US_ASCII);

  private final Map<String, MasterKeyAead> masterKeys = new HashMap<>();
  private final String activeKeyId;

  @Autowired
  public EvidenceFileCipher(CryptoProperties properties) {
    this(properties.decodedKeys(), properties.activeKey());
  }

  /** For tools: the master keys by id (32 bytes each) and the id new files are wrapped with. */
  public EvidenceFileCipher(Map<String, byte[]> keys, String activeKeyId) {
    SecureRandom random = new SecureRandom();
    keys.forEach((id, raw) -> masterKeys.put(id, new MasterKeyAead(new SecretKeySpec(raw, "AES"), random)));
    if (!masterKeys.containsKey(activeKeyId)) {
      throw new IllegalStateException("greenwhistle.crypto.active-key names no configured key");
    }
    this.activeKeyId = activeKeyId;
    try {
      StreamingAeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink streaming AEAD not available", e);
    }
  }

  public String activeKeyId() {
    return activeKeyId;
  }

  /** Encrypts {@code plaintext} for storage under {@code storageId} with a fresh data key. */
  public void encrypt(InputStream plaintext, OutputStream target, String storageId) throws IOException {
    try {
      KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
      writeHeader(target, activeKeyId, TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey,
          masterKeys.get(activeKeyId), associatedData(storageId)));
      StreamingAead aead = dataKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
      // the encrypting stream's close() writes the last segment; the caller's target stays open
      try (OutputStream out = aead.newEncryptingStream(nonClosing(target), associatedData(storageId))) {
        plaintext.transferTo(out);
      }
    } catch (GeneralSecurityException e) {
      throw new IOException("evidence encryption failed", e);
    }
  }

  /** True if the file is in the encrypted format, false for a plain file from before encryption. */
  public boolean isEncrypted(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    }
  }

  /** The master key id an encrypted file's data key is wrapped with; null for a plain file. */
  public String keyIdOf(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC) ? readHeader(in).keyId() : null;
    }
  }

  /**
   * The stored plaintext as a stream: decrypted segment by segment (a changed byte fails its segment with an
   * IOException), or the file itself if it is plain.
   */
  public InputStream openPlaintext(Path file, String storageId) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      byte[] head = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(head, MAGIC)) {
        in.close();
        return Files.newInputStream(file);
      }
      Header header = readHeader(new DataInputStream(in));
      return streamingAead(header, storageId).newDecryptingStream(in, associatedData(storageId));
    } catch (GeneralSecurityException e) {
      in.close();
      throw new EvidenceUnreadableException("evidence data key cannot be unwrapped", e);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The stored plaintext as a seekable channel: a range read decrypts only the segments it touches. */
  public SeekableByteChannel openSeekable(Path file, String storageId) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      InputStream in = Channels.newInputStream(channel);
      byte[] head = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(head, MAGIC)) {
        return channel.position(0);
      }
      Header header = readHeader(new DataInputStream(in));
      return streamingAead(header, storageId).newSeekableDecryptingChannel(
          new OffsetChannel(channel, header.length()), associatedData(storageId));
    } catch (GeneralSecurityException e) {
      channel.close();
      throw new EvidenceUnreadableException("evidence data key cannot be unwrapped", e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Copies an encrypted file with its data key re-wrapped by the active master key (key rotation): the ciphertext
   * after the header is copied unchanged, so nothing is decrypted.
   */
  public void rewrap(Path file, OutputStream target, String storageId) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
        throw new IOException("not an encrypted evidence file");
      }
      Header header = readHeader(in);
      KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(header.wrappedKey(),
          masterKey(header.keyId()), associatedData(storageId));
      writeHeader(target, activeKeyId, TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey,
          masterKeys.get(activeKeyId), associatedData(storageId)));
      in.transferTo(target);
    } catch (GeneralSecurityException e) {
      throw new EvidenceUnreadableException("evidence data key cannot be unwrapped", e);
    }
  }

  private StreamingAead streamingAead(Header header, String storageId) throws GeneralSecurityException {
    KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(header.wrappedKey(), masterKey(header.keyId()),
        associatedData(storageId));
    return dataKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
  }

  private MasterKeyAead masterKey(String keyId) throws GeneralSecurityException {
    MasterKeyAead key = masterKeys.get(keyId);
    if (key == null) {
      throw new GeneralSecurityException("no master key configured for id " + keyId);
    }
    return key;
  }

  private static byte[] associatedData(String storageId) {
    return ("greenwhistle-evidence:" + storageId).getBytes(StandardCharsets.US_ASCII);
  }

  private record Header(String keyId, byte[] wrappedKey) {
    long length() {
      return MAGIC.length + 1 + keyId.length() + 2 + wrappedKey.length;
    }
  }

  private static void writeHeader(OutputStream target, String keyId, byte[] wrappedKey) throws IOException {
    byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
    DataOutputStream out = new DataOutputStream(target);
    out.write(MAGIC);
    out.writeByte(id.length);
    out.write(id);
    out.writeShort(wrappedKey.length);
    out.write(wrappedKey);
    out.flush();
  }

  /** Reads the header after the magic. */
  private static Header readHeader(DataInputStream in) throws IOException {
    byte[] id = in.readNBytes(in.readUnsignedByte());
    byte[] wrapped = in.readNBytes(in.readUnsignedShort());
    return new Header(new String(id, StandardCharsets.US_ASCII), wrapped);
  }

  private static OutputStream nonClosing(OutputStream target) {
    return new java.io.FilterOutputStream(target) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
