package org.greenwhistle.report.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evidence files outside the web root under random ids (never the uploaded name). A file written inside
 * a transaction is deleted again when that transaction rolls back, so rows and files stay together.
 */
@Component
public class EvidenceStore {
  private final Path root;
  private final SecureRandom random = new SecureRandom();

  EvidenceStore(EvidenceProperties properties, @Value("${greenwhistle.data-dir}") String dataDir) {
    this.root = Path.of(properties.storeDir() == null || properties.storeDir().isBlank()
        ? dataDir + "/evidence" : properties.storeDir()).toAbsolutePath().normalize();
  }

  /** Copies the file into the store, durably, and returns its storage id. */
  public String put(Path source) {
    String id = newId();
    Path target = pathOf(id);
    try {
      Files.createDirectories(target.getParent());
      Path partial = target.resolveSibling(id + ".part");
      Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
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
    return id;
  }

  public InputStream open(String id) throws IOException {
    return Files.newInputStream(pathOf(id));
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
