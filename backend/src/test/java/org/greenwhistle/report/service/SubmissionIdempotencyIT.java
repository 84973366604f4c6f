package org.greenwhistle.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.greenwhistle.BackendIT;
import org.greenwhistle.common.problem.TooManyRequestsException;
import org.greenwhistle.common.problem.UnprocessableRequestException;
import org.greenwhistle.common.ratelimit.RateLimitProperties;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.domain.Subcategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The idempotency rule of issue #15 at the service layer: a key replays only the request it was first used for. */
@BackendIT
class SubmissionIdempotencyIT {
  private static final OffsetDateTime OBSERVED = OffsetDateTime.parse("2026-11-20T08:30:00+08:00");

  @Autowired ReportSubmissionService submissions;
  @Autowired JdbcTemplate jdbc;
  @Autowired RateLimitProperties limits;

  private final List<Path> temp = new ArrayList<>();

  @AfterEach
  void deleteTemporaryFiles() throws Exception {
    for (Path p : temp) {
      Files.deleteIfExists(p);
    }
  }

  private static ReportDraft draft(Set<Category> categories, OffsetDateTime observed, BigDecimal latitude,
                                   String description) {
    return new ReportDraft(categories, Set.of(Subcategory.ODOUR), "某化工厂", "510311", "沿滩区工业园 3 号", latitude,
        new BigDecimal("104.87"), observed, true, description, true, null, false, null);
  }

  private static ReportDraft draft() {
    return draft(EnumSet.of(Category.AIR, Category.WATER), OBSERVED, new BigDecimal("29.27"), "夜间排放刺鼻气体，河道有黑色污水流出。");
  }

  /** A fresh temporary copy, as the controller hands over each received part. */
  private List<EvidenceUpload> files(byte[]... contents) throws Exception {
    List<EvidenceUpload> uploads = new ArrayList<>();
    for (byte[] c : contents) {
      Path p = Files.createTempFile("gw-it-", ".bin");
      Files.write(p, c);
      temp.add(p);
      uploads.add(new EvidenceUpload("p.jpg", p));
    }
    return uploads;
  }

  private long reports() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM report", Long.class);
  }

  private static String client() {
    return "198.18.7." + new java.util.Random().nextInt(250);
  }

  @Test
  void theSameRequestReplaysEvenWrittenDifferentlyAndADifferentOneIsRefused() throws Exception {
    String key = UUID.randomUUID().toString();
    byte[] photo = SampleReports.jpeg(61, 41);
    SubmissionResult first = submissions.submit(draft(), files(photo), key, client(), Locale.ENGLISH);
    assertThat(first.replayed()).isFalse();
    SampleReports.rememberSecret(first.receipt().accessKey());
    long count = reports();

    // the same report after parsing: other set order, the same instant in UTC, 29.270 for 29.27
    Set<Category> otherOrder = new LinkedHashSet<>(List.of(Category.WATER, Category.AIR));
    ReportDraft same = draft(otherOrder, OBSERVED.withOffsetSameInstant(ZoneOffset.UTC), new BigDecimal("29.270"),
        "夜间排放刺鼻气体，河道有黑色污水流出。");
    SubmissionResult replay = submissions.submit(same, files(photo), " " + key + " ", client(), Locale.ENGLISH);
    assertThat(replay.replayed()).isTrue();
    assertThat(replay.receipt()).isEqualTo(first.receipt());
    assertThat(reports()).isEqualTo(count);

    List<ReportDraft> otherReports = List.of(
        draft(EnumSet.of(Category.AIR), OBSERVED, new BigDecimal("29.27"), "夜间排放刺鼻气体，河道有黑色污水流出。"),
        draft(EnumSet.of(Category.AIR, Category.WATER), OBSERVED.plusMinutes(1), new BigDecimal("29.27"),
            "夜间排放刺鼻气体，河道有黑色污水流出。"),
        draft(EnumSet.of(Category.AIR, Category.WATER), OBSERVED, new BigDecimal("29.28"), "夜间排放刺鼻气体，河道有黑色污水流出。"),
        draft(EnumSet.of(Category.AIR, Category.WATER), OBSERVED, new BigDecimal("29.27"), "白天排放刺鼻气体，河道有黑色污水流出。"));
    for (ReportDraft other : otherReports) {
      assertThatThrownBy(() -> submissions.submit(other, files(photo), key, client(), Locale.ENGLISH))
          .isInstanceOf(UnprocessableRequestException.class)
          .hasMessage("problem.idempotencyKeyReused");
    }
    // the same report with another file, an extra file, or none
    assertThatThrownBy(() -> submissions.submit(draft(), files(SampleReports.jpeg(62, 41)), key, client(), Locale.ENGLISH))
        .isInstanceOf(UnprocessableRequestException.class);
    assertThatThrownBy(() -> submissions.submit(draft(), files(photo, SampleReports.jpeg(62, 41)), key, client(),
        Locale.ENGLISH)).isInstanceOf(UnprocessableRequestException.class);
    assertThatThrownBy(() -> submissions.submit(draft(), files(), key, client(), Locale.ENGLISH))
        .isInstanceOf(UnprocessableRequestException.class);
    assertThat(reports()).isEqualTo(count);
  }

  @Test
  void onlyAHashOfTheRequestIsKept() throws Exception {
    String key = UUID.randomUUID().toString();
    SubmissionResult result = submissions.submit(draft(), files(), key, client(), Locale.ENGLISH);
    SampleReports.rememberSecret(result.receipt().accessKey());
    String row = jdbc.queryForMap("SELECT s.* FROM idempotent_submission s JOIN report r ON r.id = s.report_id "
        + "WHERE r.tracking_code = ?", result.receipt().trackingCode()).toString();
    assertThat(row).doesNotContain(key, result.receipt().trackingCode(), result.receipt().accessKey(), "某化工厂",
        "510311", "夜间");
    assertThat(jdbc.queryForObject("SELECT s.request_hash FROM idempotent_submission s JOIN report r "
        + "ON r.id = s.report_id WHERE r.tracking_code = ?", String.class, result.receipt().trackingCode()))
        .matches("[0-9a-f]{64}");
  }

  @Test
  void replaysCountAgainstTheClientsSubmissionLimit() throws Exception {
    String client = "198.18.8." + new java.util.Random().nextInt(250);
    String key = UUID.randomUUID().toString();
    SubmissionResult first = submissions.submit(draft(), files(), key, client, Locale.ENGLISH);
    SampleReports.rememberSecret(first.receipt().accessKey());
    for (int i = 1; i < limits.submissionsPerClient(); i++) {
      assertThat(submissions.submit(draft(), files(), key, client, Locale.ENGLISH).replayed()).isTrue();
    }
    assertThatThrownBy(() -> submissions.submit(draft(), files(), key, client, Locale.ENGLISH))
        .isInstanceOf(TooManyRequestsException.class);
  }
}
