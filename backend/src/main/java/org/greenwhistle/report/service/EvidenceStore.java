package org.greenwhistle.report.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.greenwhistle.common.crypto.EvidenceFileCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evidence files outside the web root under random ids (never the uploaded name), encrypted with
 * {@link EvidenceFileCipher} (plain files from before encryption stay readable until {@link EvidenceEncryptionJob}
 * has converted them). A file written inside a transaction is deleted again when that transaction rolls back, so
 * rows and files stay together.
 */
@Component
public class EvidenceStore {
  /** A stored file: its storage id and the SHA-256 of its (plaintext) content. */
  public record Stored(String id, String sha256) {
  }

  private final Path root;
  private final EvidenceFileCipher cipher;
  private final SecureRandom random = new SecureRandom();

  EvidenceStore(EvidenceProperties properties, @Value("${greenwhistle.data-dir}") String dataDir,
                EvidenceFileCipher cipher) {
    this.root = Path.of(properties.storeDir() == null || properties.storeDir().isBlank()
        ? dataDir + "/evidence" : properties.storeDir()).toAbsolutePath().normalize();
    this.cipher = cipher;
  }

  /** Encrypts the file into the store, durably, and returns its storage id and the digest of what was stored. */
  public Stored put(Path source) {
    String id = newId();
    Path target = pathOf(id);
    String sha256;
    try {
      Files.createDirectories(target.getParent());
      Path partial = target.resolveSibling(id + ".part");
      MessageDigest digest = sha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
        writeDurably(partial, out -> cipher.encrypt(in, out, id));
      }
      sha256 = HexFormat.of().formatHex(digest.digest());
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("evidence store not writable", e);
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            delete(id);
          }
        }
      });
    }
    return new Stored(id, sha256);
  }

  /** The stored content, decrypted as it is read; an IOException mid-stream if a segment was changed. */
  public InputStream open(String id) throws IOException {
    return cipher.openPlaintext(pathOf(id), id);
  }

  /** The stored content as a seekable channel: a range read decrypts only the 1 MB segments it touches. */
  public SeekableByteChannel openRange(String id) throws IOException {
    return cipher.openSeekable(pathOf(id), id);
  }

  /**
   * Reads the whole file through decryption and compares its SHA-256 with the expected one: false if a byte was
   * changed (a segment fails authentication, or a plain file's digest differs) or the file is missing.
   */
  public boolean intact(String id, String expectedSha256) {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(open(id), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      return false;
    }
    return HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(expectedSha256);
  }

  /**
   * True if the file is in the encrypted format, whose segments authenticate themselves; false for a plain file from
   * before encryption, which only its digest over the whole file can check.
   */
  boolean encrypted(String id) throws IOException {
    return cipher.isEncrypted(pathOf(id));
  }

  /** True if the file is stored encrypted with the active master key. */
  boolean encryptedWithActiveKey(String id) throws IOException {
    return cipher.activeKeyId().equals(cipher.keyIdOf(pathOf(id)));
  }

  /**
   * Replaces a stored file by its encrypted form (a plain file) or by a copy with its data key re-wrapped by the
   * active master key; the old file stays until the new one is durable, so a crash leaves one of the two whole.
   * Returns false if the file is gone (deleted by retention meanwhile).
   */
  boolean reencrypt(String id) throws IOException {
    Path file = pathOf(id);
    if (!Files.exists(file)) {
      return false;
    }
    Path partial = file.resolveSibling(id + "." + newId().substring(0, 8) + ".part");
    try {
      if (cipher.isEncrypted(file)) {
        writeDurably(partial, out -> cipher.rewrap(file, out, id));
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          writeDurably(partial, out -> cipher.encrypt(in, out, id));
        }
      }
      if (!Files.exists(file)) {
        return false;
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return true;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static void writeDurably(Path partial, Writer writer) throws IOException {
    try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
         OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
      writer.write(out);
      out.flush();
      channel.force(true);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean exists(String id) {
    return Files.exists(pathOf(id));
  }

  public void delete(String id) {
    try {
      Files.deleteIfExists(pathOf(id));
    } catch (IOException e) {
      // a left-over file is found by the orphan sweep; never fail the caller over it
    }
  }

  public Path root() {
    return root;
  }

  Path pathOf(String id) {
    if (!id.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("not a storage id");
    }
    return root.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
  }

  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
