package org.greenwhistle.report.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.greenwhistle.report.persistence.RetentionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes evidence files that no row refers to: left by a crash between a rolled-back transaction and its
 * clean-up, or by retention between commit and file deletion. Only files older than an hour are considered, so
 * an upload whose transaction is still running is never touched (on a shared store every node may sweep).
 */
@Component
public class EvidenceOrphanSweep {
  private static final Logger log = LoggerFactory.getLogger(EvidenceOrphanSweep.class);

  private final EvidenceStore store;
  private final RetentionMapper rows;
  private final Duration grace;
  private final Clock clock;

  EvidenceOrphanSweep(EvidenceStore store, RetentionMapper rows,
                      @org.springframework.beans.factory.annotation.Value(
                          "${greenwhistle.evidence.orphan-sweep.grace:PT1H}") Duration grace, Clock clock) {
    this.store = store;
    this.rows = rows;
    this.grace = grace;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${greenwhistle.evidence.orphan-sweep.interval:PT6H}",
      initialDelayString = "${greenwhistle.evidence.orphan-sweep.initial-delay:PT10M}")
  public int sweep() {
    return sweepOlderThan(clock.instant().minus(grace));
  }

  /** Returns how many files were removed. */
  public int sweepOlderThan(Instant before) {
    if (!Files.isDirectory(store.root())) {
      return 0;
    }
    int removed = 0;
    try (Stream<Path> files = Files.find(store.root(), 3, (p, a) -> a.isRegularFile()
        && a.lastModifiedTime().toInstant().isBefore(before))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        String id = name.endsWith(".part") ? null : name;
        if (id == null || id.matches("[0-9a-f]{32}") && !rows.evidenceExists(id)) {
          Files.deleteIfExists(file);
          removed++;
        }
      }
    } catch (IOException e) {
      log.warn("Evidence orphan sweep incomplete: {}", e.getClass().getName());
    }
    if (removed > 0) {
      log.info("Evidence orphan sweep removed {} files", removed);
    }
    return removed;
  }
}
