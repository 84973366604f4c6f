package org.greenwhistle.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.greenwhistle.BackendIT;
import org.greenwhistle.common.problem.UnprocessableRequestException;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.Scenarios;
import org.greenwhistle.scenario.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Evidence at rest (issue #23) through the real submission path on MariaDB: stored encrypted, read back as
 * uploaded, refused when changed; anonymous reporters' photos without position and serial number unless kept.
 */
@BackendIT
class EvidenceAtRestIT {
  @Autowired ReportSubmissionService submissions;
  @Autowired CaseEvidenceService caseEvidence;
  @Autowired EvidenceStore store;
  @Autowired Scenarios scenarios;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aStoredPhotoIsEncryptedDecryptsToTheUploadedSha256AndAFlippedByteRefusesItsDownload() throws Exception {
    byte[] photo = LocatedPhoto.jpeg();
    String code = submit(ReportSpec.realName().draft(), photo, false);
    Map<String, Object> row = evidenceRow(code);
    String id = (String) row.get("storage_id");

    assertThat(row.get("sha256")).isEqualTo(EvidenceStoreEncryptionTest.sha256(photo));
    assertThat(EvidenceStoreEncryptionTest.sharedWindows(photo, Files.readAllBytes(store.pathOf(id)), 32)).isZero();
    byte[] downloaded = download(code, ((Number) row.get("id")).longValue());
    assertThat(EvidenceStoreEncryptionTest.sha256(downloaded)).isEqualTo(row.get("sha256"));

    try (RandomAccessFile file = new RandomAccessFile(store.pathOf(id).toFile(), "rw")) {
      file.seek(file.length() / 2);
      int b = file.read();
      file.seek(file.length() / 2);
      file.write(b ^ 0x40);
    }
    assertThatThrownBy(() -> download(code, ((Number) row.get("id")).longValue()))
        .isInstanceOf(UnprocessableRequestException.class).hasMessage("evidence.error.storedDamaged");
  }

  @Test
  void anAnonymousReportersPhotoKeepsNoPositionOrSerialNumberInTheStoredFileOrTheDatabase() throws Exception {
    byte[] photo = LocatedPhoto.jpeg();
    String code = submit(ReportSpec.anonymous().draft(), photo, false);
    Map<String, Object> row = evidenceRow(code);
    byte[] stored = download(code, ((Number) row.get("id")).longValue());

    assertThat(PhotoMetadata.location(stored)).isNull();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(LocatedPhoto.SERIAL);
    assertThat(row.get("exif_latitude")).isNull();
    assertThat(row.get("exif_longitude")).isNull();
    assertThat(row.get("exif_taken_at")).isNotNull();
    assertThat(row.get("location_privacy")).isEqualTo("REMOVED");
    // the fingerprint stays the upload's; the stored file's own digest beside it
    assertThat(row.get("sha256")).isEqualTo(EvidenceStoreEncryptionTest.sha256(photo));
    assertThat(row.get("stored_sha256")).isEqualTo(EvidenceStoreEncryptionTest.sha256(stored))
        .isNotEqualTo(row.get("sha256"));
  }

  @Test
  void anAnonymousReporterWhoKeepsTheLocationAndARealNameReporterKeepBoth() throws Exception {
    byte[] photo = LocatedPhoto.jpeg();
    for (var c : List.of(Map.entry(submit(ReportSpec.anonymous().draft(), photo, true), "KEPT"),
        Map.entry(submit(ReportSpec.realName().draft(), photo, false), "-"))) {
      Map<String, Object> row = evidenceRow(c.getKey());
      byte[] stored = download(c.getKey(), ((Number) row.get("id")).longValue());

      assertThat(stored).isEqualTo(photo);
      assertThat(PhotoMetadata.location(stored).getLatitude()).isEqualTo(LocatedPhoto.LATITUDE);
      assertThat(new String(stored, StandardCharsets.ISO_8859_1)).contains(LocatedPhoto.SERIAL);
      assertThat(((Number) row.get("exif_latitude")).doubleValue()).isEqualTo(LocatedPhoto.LATITUDE);
      assertThat(((Number) row.get("exif_longitude")).doubleValue()).isEqualTo(LocatedPhoto.LONGITUDE);
      assertThat(row.get("location_privacy") == null ? "-" : row.get("location_privacy")).isEqualTo(c.getValue());
      assertThat(row.get("stored_sha256")).isEqualTo(row.get("sha256"));
    }
  }

  private String submit(ReportDraft draft, byte[] photo, boolean keepLocation) throws Exception {
    scenarios.submittedReport(ReportSpec.anonymous()); // the staff accounts exist
    Path file = Files.createTempFile("gw-evidence-it-", ".jpg");
    try {
      Files.write(file, photo);
      return submissions.submitAsSystem(draft, List.of(new EvidenceUpload("photo.jpg", file, keepLocation)))
          .receipt().trackingCode();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private Map<String, Object> evidenceRow(String code) {
    return jdbc.queryForMap("SELECT e.* FROM evidence e JOIN report r ON r.id = e.report_id WHERE r.tracking_code = ?",
        code);
  }

  private byte[] download(String code, long evidenceId) {
    return scenarios.as(Staff.IT.intake(), () -> {
      try (InputStream in = caseEvidence.open(code, evidenceId).content()) {
        return in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }
}
