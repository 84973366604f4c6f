package org.greenwhistle.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import org.greenwhistle.BackendIT;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.scenario.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal data of cases finished longer ago than the retention period is erased by the scheduled job, while
 * the rows statistics use and the audit chain stay intact; unreferenced evidence files are swept.
 */
@BackendIT
@AutoConfigureMockMvc
class PersonalDataRetentionIT {
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataRetention retention;
  @Autowired EvidenceOrphanSweep sweep;
  @Autowired EvidenceStore store;
  @Autowired AuditTrail audit;

  @Test
  void aCaseFinishedMoreThanThreeYearsAgoLosesItsPersonalDataButKeepsItsStatisticsAndAuditChain() throws Exception {
    String[] old = withdrawnRealNameReport();
    String[] recent = withdrawnRealNameReport();
    jdbc.update("UPDATE report SET updated_at = ? WHERE tracking_code = ?",
        java.sql.Timestamp.from(Instant.now().minus(4 * 366, ChronoUnit.DAYS)), old[0]);
    String storageId = jdbc.queryForObject("SELECT e.storage_id FROM evidence e JOIN report r ON r.id = e.report_id "
        + "WHERE r.tracking_code = ?", String.class, old[0]);
    assertThat(Files.exists(store.pathOf(storageId))).isTrue();

    assertThat(retention.eraseExpired()).isGreaterThanOrEqualTo(1);

    Map<String, Object> erased = jdbc.queryForMap("SELECT * FROM report WHERE tracking_code = ?", old[0]);
    assertThat(erased.get("reporter_name_enc")).isNull();
    assertThat(erased.get("reporter_id_number_enc")).isNull();
    assertThat(erased.get("reporter_phone_enc")).isNull();
    assertThat(erased.get("reporter_email_enc")).isNull();
    assertThat(erased.get("personal_data_erased_at")).isNotNull();
    assertThat(Files.exists(store.pathOf(storageId))).isFalse();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence e JOIN report r ON r.id = e.report_id "
        + "WHERE r.tracking_code = ?", Integer.class, old[0])).isZero();
    assertThat(jdbc.queryForList("SELECT m.body FROM report_message m JOIN report r ON r.id = m.report_id "
        + "WHERE r.tracking_code = ?", String.class, old[0])).containsOnly("—");
    // what statistics count stays: the case, its categories, place and dates
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_category c JOIN report r ON r.id = c.report_id "
        + "WHERE r.tracking_code = ?", Integer.class, old[0])).isEqualTo(1);
    assertThat(erased.get("region_code")).isEqualTo("510311");
    // the audit chain still verifies (as ADMIN would) and says what happened
    org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
        new org.springframework.security.authentication.TestingAuthenticationToken("it", "", "ROLE_ADMIN"));
    try {
      assertThat(audit.verify(old[0]).intact()).isTrue();
    } finally {
      org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
    assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE chain_key = ?", String.class, old[0]))
        .contains("PERSONAL_DATA_ERASED");
    // a case finished recently keeps everything
    assertThat(jdbc.queryForObject("SELECT reporter_name_enc FROM report WHERE tracking_code = ?", String.class,
        recent[0])).isNotNull();
    // running again changes nothing
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE chain_key = ? AND action = ?",
        Integer.class, old[0], "PERSONAL_DATA_ERASED")).isEqualTo(1);
    retention.eraseExpired();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE chain_key = ? AND action = ?",
        Integer.class, old[0], "PERSONAL_DATA_ERASED")).isEqualTo(1);
  }

  @Test
  void theSweepRemovesOnlyOldFilesThatNoRowRefersTo() throws Exception {
    String[] report = withdrawnRealNameReport();
    String kept = jdbc.queryForObject("SELECT e.storage_id FROM evidence e JOIN report r ON r.id = e.report_id "
        + "WHERE r.tracking_code = ?", String.class, report[0]);
    String stray = HexFormat.of().formatHex(new byte[16]).substring(0, 30) + "ab";
    Path strayFile = store.pathOf(stray);
    Files.createDirectories(strayFile.getParent());
    Files.write(strayFile, new byte[] {1, 2, 3});
    Path fresh = store.pathOf(stray.substring(0, 30) + "cd");
    Files.write(fresh, new byte[] {4});
    FileTime old = FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS));
    Files.setLastModifiedTime(strayFile, old);
    Files.setLastModifiedTime(store.pathOf(kept), old);

    sweep.sweepOlderThan(Instant.now().minus(1, ChronoUnit.HOURS));

    assertThat(Files.exists(strayFile)).isFalse();
    assertThat(Files.exists(store.pathOf(kept))).isTrue();
    assertThat(Files.exists(fresh)).as("too young: its transaction may still be running").isTrue();
    Files.deleteIfExists(fresh);
  }

  private String[] withdrawnRealNameReport() throws Exception {
    String body = mvc.perform(Submissions.request(SampleReports.realNameJson(SampleReports.ID_NUMBER),
            Submissions.evidence("现场.jpg", SampleReports.jpeg(64, 48))))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    JsonNode receipt = json.readTree(body);
    String code = receipt.get("trackingCode").asText();
    String key = receipt.get("accessKey").asText();
    SampleReports.rememberSecret(key);
    mvc.perform(post("/api/v1/reports/" + code + "/messages").header("X-Access-Key", key)
        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"我是附近居民，可以配合调查。\"}"))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/reports/" + code + "/withdraw").header("X-Access-Key", key))
        .andExpect(status().isOk());
    return new String[] {code, key};
  }
}
