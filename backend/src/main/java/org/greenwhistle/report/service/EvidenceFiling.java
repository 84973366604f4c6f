package org.greenwhistle.report.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.report.domain.EvidenceRecord;
import org.greenwhistle.report.persistence.ReportMapper;
import org.springframework.stereotype.Component;

/**
 * Files an inspected upload with its report: for an anonymous reporter's file the position and camera serial numbers
 * are removed (from the stored file and the row) unless the reporter chose to keep them; then the file is stored
 * encrypted and its row written with both digests, the upload's (the fingerprint) and the stored content's.
 */
@Component
class EvidenceFiling {
  private final EvidenceStore store;
  private final LocationScrubber scrubber;
  private final ReportMapper reports;

  EvidenceFiling(EvidenceStore store, LocationScrubber scrubber, ReportMapper reports) {
    this.store = store;
    this.scrubber = scrubber;
    this.reports = reports;
  }

  void file(long reportId, InspectedFile f, String source, boolean anonymous, Instant now) {
    boolean reportersAnonymous = anonymous && "REPORTER".equals(source);
    String privacy = !reportersAnonymous ? null
        : f.keepLocation() ? EvidenceRecord.LOCATION_KEPT
        : scrubber.supports(f.mediaType()) ? EvidenceRecord.LOCATION_REMOVED : EvidenceRecord.LOCATION_UNCHANGED;
    boolean dropPosition = reportersAnonymous && !f.keepLocation();
    Path scrubbed = null;
    try {
      if (EvidenceRecord.LOCATION_REMOVED.equals(privacy)) {
        scrubbed = Files.createTempFile("gw-scrub-", ".bin");
        try {
          scrubber.scrub(f.mediaType(), f.tempFile(), scrubbed);
        } catch (IOException e) {
          // its structure hides where the position might be: never store it unscrubbed for an anonymous reporter
          throw new InvalidInputException(List.of(new FieldProblem("evidence", "evidence.error.damaged",
              f.displayName())), false);
        }
      }
      EvidenceStore.Stored stored = store.put(scrubbed == null ? f.tempFile() : scrubbed);
      reports.insertEvidence(new EvidenceRecord(null, reportId, stored.id(), f.displayName(), f.mediaType(), f.size(),
          f.sha256(), f.exifTakenAt(), dropPosition ? null : f.exifLatitude(), dropPosition ? null : f.exifLongitude(),
          source, now, stored.sha256(), privacy));
    } catch (IOException e) {
      throw new UncheckedIOException("evidence not stored", e);
    } finally {
      if (scrubbed != null) {
        try {
          Files.deleteIfExists(scrubbed);
        } catch (IOException e) {
          // a temporary file left behind holds no more than the stored file does
        }
      }
    }
  }
}
