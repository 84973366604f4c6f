package org.greenwhistle.report.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.greenwhistle.BackendIT;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.mail.StoredMails;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.report.service.EvidenceStore;
import org.greenwhistle.scenario.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@BackendIT
@AutoConfigureMockMvc
class ReportApiIT {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired EvidenceStore store;
  @Autowired FieldCipher cipher;

  private static MockMultipartFile evidence(String name, byte[] content) {
    return Submissions.evidence(name, content);
  }

  /** Every request comes from its own client address, so the per-client limit never couples tests. */
  private ResultActions submit(String reportJson, String idempotencyKey, String language, MockMultipartFile... files)
      throws Exception {
    MockMultipartHttpServletRequestBuilder request = Submissions.request(reportJson, files);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    request.header("Accept-Language", language);
    return mvc.perform(request);
  }

  private long reports() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM report", Long.class);
  }

  private long storedFiles() throws Exception {
    if (!Files.exists(store.root())) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(store.root())) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void anAnonymousReportWithPhotosGetsAReceiptAndStartsTheProcess() throws Exception {
    String body = submit(SampleReports.anonymousJson("510311"), null, "zh-CN",
        evidence("chimney.jpg", SampleReports.jpeg(640, 480)), evidence("river.jpg", SampleReports.jpeg(320, 240)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.trackingCode").value(org.hamcrest.Matchers.matchesPattern("GW[0-9A-Z]{10}")))
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andReturn().getResponse().getContentAsString();
    JsonNode receipt = json.readTree(body);
    String code = receipt.get("trackingCode").asText();
    String key = receipt.get("accessKey").asText();
    SampleReports.rememberSecret(key);
    assertThat(key).hasSize(26);

    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(instance).isNotNull();
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("intakeReview");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence e JOIN report r ON r.id = e.report_id "
        + "WHERE r.tracking_code = ?", Integer.class, code)).isEqualTo(2);
    assertThat(jdbc.queryForObject("SELECT access_key_hash FROM report WHERE tracking_code = ?", String.class, code))
        .doesNotContain(key).hasSize(64);

    mvc.perform(get("/api/v1/reports/" + code).header("X-Access-Key", key))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.timeline[0].type").value("SUBMITTED"))
        .andExpect(jsonPath("$.evidenceNames", hasItem("chimney.jpg")));
  }

  @Test
  void aWrongKeyAndAnUnknownCodeGiveTheSameAnswer() throws Exception {
    String body = submit(SampleReports.anonymousJson("500236"), null, "en").andReturn().getResponse().getContentAsString();
    String code = json.readTree(body).get("trackingCode").asText();
    String wrongKey = mvc.perform(get("/api/v1/reports/" + code).header("X-Access-Key", "AAAAAAAAAAAAAAAAAAAAAAAAAA"))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    String unknownCode = mvc.perform(get("/api/v1/reports/GW0000000000").header("X-Access-Key", "AAAAAAAAAAAAAAAAAAAAAAAAAA"))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    // byte for byte: the problem names the route, not the requested code
    assertThat(wrongKey).isEqualTo(unknownCode);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheSameReceiptAndStoresOneReport() throws Exception {
    String key = UUID.randomUUID().toString();
    String first = submit(SampleReports.anonymousJson("510311"), key, "zh-CN", evidence("a.jpg", SampleReports.jpeg(50, 50)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    long before = reports();
    String retry = submit(SampleReports.anonymousJson("510311"), key, "zh-CN", evidence("a.jpg", SampleReports.jpeg(50, 50)))
        .andExpect(status().isCreated())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Idempotent-Replayed", "true"))
        .andReturn().getResponse().getContentAsString();
    assertThat(json.readTree(retry)).isEqualTo(json.readTree(first));
    assertThat(reports()).isEqualTo(before);
    String code = json.readTree(first).get("trackingCode").asText();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    SampleReports.rememberSecret(json.readTree(first).get("accessKey").asText());
  }

  @Test
  void multipartWithoutTheReportPartIsRefused() throws Exception {
    submit(null, null, "en", evidence("a.jpg", SampleReports.jpeg(50, 50)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("report"));
  }

  @Test
  void realNameDataIsEncryptedAtRest() throws Exception {
    String body = submit(SampleReports.realNameJson(SampleReports.ID_NUMBER), null, "zh-CN")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String code = json.readTree(body).get("trackingCode").asText();
    SampleReports.rememberSecret(json.readTree(body).get("accessKey").asText());
    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM report WHERE tracking_code = ?", code);
    assertThat(row.get("REPORTER_NAME_ENC") == null ? row.get("reporter_name_enc") : row.get("REPORTER_NAME_ENC"))
        .isNotNull();
    String everything = row.values().toString()
        + jdbc.queryForList("SELECT recipient_encrypted, subject, body FROM mail_outbox").toString()
        + jdbc.queryForList("SELECT detail FROM audit_entry WHERE chain_key = ?", code).toString();
    for (String secret : List.of(SampleReports.NAME, SampleReports.ID_NUMBER, SampleReports.PHONE, SampleReports.EMAIL)) {
      assertThat(everything).doesNotContain(secret);
    }
    // the confirmation mail is queued with the tracking code in its (encrypted) body, never the key
    assertThat(new StoredMails(jdbc, cipher).countContaining("GW-" + code.substring(2, 7))).isEqualTo(1);
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndStoresNothing() throws Exception {
    long reportsBefore = reports();
    long filesBefore = storedFiles();
    String valid = SampleReports.anonymousJson("510311");

    expectProblem(submit(SampleReports.realNameJson("110105194912310021"), null, "zh-CN"), 400,
        "reporter.idNumber", "校验码");
    expectProblem(submit(valid.replace("夜间排放刺鼻气体，河道有黑色污水流出。", "太臭了"), null, "en"), 400,
        "description", "10 to 5000");
    expectProblem(submit(valid.replace("\"regionCode\":\"510311\",", ""), null, "en"), 400, "regionCode", "location");
    expectProblem(submit(valid.replace("510311", "519999"), null, "en"), 400, "regionCode", "No such region");
    expectProblem(submit(valid.replace("510311", "510300"), null, "en"), 400, "regionCode", "county");

    MockMultipartFile[] ten = new MockMultipartFile[10];
    Arrays.setAll(ten, i -> evidence("p" + i + ".jpg", SampleReports.jpeg(20, 20)));
    expectProblem(submit(valid, null, "en", ten), 400, "evidence", "At most 9 files");

    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    expectProblem(submit(valid, null, "en", evidence("photo.jpg", exe)), 400, "evidence", "unsupported format");

    byte[] jpeg = SampleReports.jpeg(400, 300);
    byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
    expectProblem(submit(valid, null, "en", evidence("cut.jpg", truncated)), 400, "evidence", "damaged");

    expectProblem(submit(valid, null, "en", evidence("empty.jpg", new byte[0])), 400, "evidence", "empty");

    byte[] big = SampleReports.noisePng(700, 700);
    assertThat(big.length).isGreaterThan(1024 * 1024);
    expectProblem(submit(valid, null, "en", new MockMultipartFile("evidence", "big.png", "image/png", big)), 413,
        "evidence", "too large");

    assertThat(reports()).isEqualTo(reportsBefore);
    assertThat(storedFiles()).isEqualTo(filesBefore);
  }

  @Test
  void fileNamesAreKeptForDisplayButNeverUsedAsPaths() throws Exception {
    String body = submit(SampleReports.anonymousJson("510311"), null, "zh-CN",
        evidence("../../../etc/passwd.jpg", SampleReports.jpeg(30, 30)),
        evidence("河道排污现场照片.jpg", SampleReports.jpeg(30, 30)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String code = json.readTree(body).get("trackingCode").asText();
    List<String> names = jdbc.queryForList("SELECT e.display_name FROM evidence e JOIN report r ON r.id = e.report_id "
        + "WHERE r.tracking_code = ? ORDER BY e.id", String.class, code);
    assertThat(names).containsExactly("passwd.jpg", "河道排污现场照片.jpg");
    List<String> storageIds = jdbc.queryForList("SELECT e.storage_id FROM evidence e JOIN report r ON r.id = e.report_id "
        + "WHERE r.tracking_code = ?", String.class, code);
    assertThat(storageIds).allMatch(id -> id.matches("[0-9a-f]{32}")).allMatch(store::exists);
  }

  @Test
  void theRealLimitOnAccessKeyAttemptsHolds() throws Exception {
    String body = submit(SampleReports.anonymousJson("510311"), null, "en").andReturn().getResponse().getContentAsString();
    String code = json.readTree(body).get("trackingCode").asText();
    String key = json.readTree(body).get("accessKey").asText();
    for (int i = 0; i < 10; i++) {
      mvc.perform(get("/api/v1/reports/" + code).header("X-Access-Key", "WRONG" + i)).andExpect(status().isNotFound());
    }
    // the eleventh wrong key is refused; the right key still opens the report (ConfidentialityApiIT has more)
    mvc.perform(get("/api/v1/reports/" + code).header("X-Access-Key", "WRONG10").header("Accept-Language", "en"))
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.detail", containsString("Too many")));
    mvc.perform(get("/api/v1/reports/" + code).header("X-Access-Key", key)).andExpect(status().isOk());
  }

  @Test
  void theRealLimitOnSubmissionsPerClientHolds() throws Exception {
    String client = "2001:db8::" + Integer.toHexString(new java.util.Random().nextInt(0xffff));
    for (int i = 0; i < 10; i++) {
      mvc.perform(Submissions.request(SampleReports.anonymousJson("510311")).with(Submissions.from(client)))
          .andExpect(status().isCreated());
    }
    mvc.perform(Submissions.request(SampleReports.anonymousJson("510311")).with(Submissions.from(client))
            .header("Accept-Language", "zh-CN"))
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.detail", containsString("12369")));
  }

  @Test
  void repliesAndLaterEvidenceReachTheCase() throws Exception {
    String body = submit(SampleReports.anonymousJson("510311"), null, "en").andReturn().getResponse().getContentAsString();
    String code = json.readTree(body).get("trackingCode").asText();
    String key = json.readTree(body).get("accessKey").asText();
    mvc.perform(post("/api/v1/reports/" + code + "/messages").header("X-Access-Key", key)
            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"今晚又在排了\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.messages[0].body").value("今晚又在排了"));
    mvc.perform(multipart("/api/v1/reports/" + code + "/evidence").file(evidence("later.jpg", SampleReports.jpeg(40, 40)))
            .header("X-Access-Key", key))
        .andExpect(status().isOk()).andExpect(jsonPath("$.evidenceNames", hasItem("later.jpg")));
    mvc.perform(post("/api/v1/reports/" + code + "/messages").header("X-Access-Key", "nope")
            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}"))
        .andExpect(status().isNotFound());
  }

  private void expectProblem(ResultActions result, int status, String field, String messagePart) throws Exception {
    result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(jsonPath("$.errors[*].message", hasItem(containsString(messagePart))));
  }
}
