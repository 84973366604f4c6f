package org.greenwhistle.report.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings every stored file to the current format: plain files from before encryption are encrypted, files whose
 * data key is wrapped by an older master key get it re-wrapped by the active one (key rotation). Each file is
 * replaced atomically, so the job can be stopped at any moment and simply runs again (a file already in the current
 * format is recognised from its header and skipped). Reads work for both formats meanwhile. In a cluster one node
 * runs it ({@code greenwhistle.evidence.encryption-job.enabled=false} on the others; two would only do double work).
 */
@Component
public class EvidenceEncryptionJob {
  private static final Logger log = LoggerFactory.getLogger(EvidenceEncryptionJob.class);

  /** What one run did. */
  public record Result(int converted, int alreadyCurrent, int failed) {
  }

  private final EvidenceStore store;
  private final boolean enabled;

  EvidenceEncryptionJob(EvidenceStore store,
                        @Value("${greenwhistle.evidence.encryption-job.enabled:true}") boolean enabled) {
    this.store = store;
    this.enabled = enabled;
  }

  @Scheduled(initialDelayString = "${greenwhistle.evidence.encryption-job.initial-delay:PT2M}",
      fixedDelayString = "${greenwhistle.evidence.encryption-job.interval:PT24H}")
  public void scheduled() {
    if (enabled) {
      run();
    }
  }

  public Result run() {
    int converted = 0;
    int current = 0;
    int failed = 0;
    if (!Files.isDirectory(store.root())) {
      return new Result(0, 0, 0);
    }
    try (Stream<Path> files = Files.find(store.root(), 3,
        (p, a) -> a.isRegularFile() && p.getFileName().toString().matches("[0-9a-f]{32}"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String id = file.getFileName().toString();
        try {
          if (store.encryptedWithActiveKey(id)) {
            current++;
          } else if (store.reencrypt(id)) {
            converted++;
          }
        } catch (IOException e) {
          // deleted meanwhile, or a key missing for this file: the next run tries again
          failed++;
          log.warn("Evidence file {} not converted: {}", id, e.getClass().getSimpleName());
        }
      }
    } catch (IOException e) {
      log.warn("Evidence encryption run incomplete: {}", e.getClass().getName());
    }
    if (converted > 0 || failed > 0) {
      log.info("Evidence encryption: {} files converted, {} already current, {} failed", converted, current, failed);
    }
    return new Result(converted, current, failed);
  }
}
