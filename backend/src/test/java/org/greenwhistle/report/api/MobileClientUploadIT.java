package org.greenwhistle.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.greenwhistle.BackendTestApplication;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.report.service.EvidenceStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #16 and the idempotency part of #15, as mobile and mini-program clients send: multipart bodies written here
 * byte by byte and sent to the real server (Tomcat parses them, not MockMvc), so every shape of the {@code report}
 * part is the one on the wire. Three files per report in this context, to reach the count limit one file at a time.
 */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"greenwhistle.evidence.max-files=3", "operaton.bpm.job-execution.enabled=false",
        "greenwhistle.mail.poll-interval=1h",
        // its own store, so counting files here is not disturbed by other test contexts writing evidence
        "greenwhistle.evidence.store-dir=${it.data.dir:${java.io.tmpdir}/greenwhistle-it}-mobile/evidence"})
@ActiveProfiles({"mysql", "it"})
class MobileClientUploadIT {
  private static final String BOUNDARY = "----gwMobile7MA4YWxkTrZu0gW";
  /** The real per-client limits hold here: each request comes from its own address (X-Forwarded-For via 127.0.0.1). */
  private static final AtomicInteger CLIENT = new AtomicInteger(new java.util.Random().nextInt(200));
  private static final String TARGET = "某化工厂（移动端）";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired EvidenceStore store;

  private final HttpClient http = HttpClient.newHttpClient();

  /** One part exactly as written on the wire: null file name or content type means the header parameter is absent. */
  record Part(String name, String filename, String contentType, byte[] content) {
  }

  private static Part reportPart(String filename, String contentType, String reportJson) {
    return new Part("report", filename, contentType, reportJson.getBytes(StandardCharsets.UTF_8));
  }

  private static Part file(String name, byte[] content) {
    return new Part("evidence", name, "image/jpeg", content);
  }

  private static byte[] body(List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part p : parts) {
      out.writeBytes(("--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.US_ASCII));
      String disposition = "Content-Disposition: form-data; name=\"" + p.name() + "\""
          + (p.filename() == null ? "" : "; filename=\"" + p.filename() + "\"") + "\r\n";
      out.writeBytes(disposition.getBytes(StandardCharsets.UTF_8));
      if (p.contentType() != null) {
        out.writeBytes(("Content-Type: " + p.contentType() + "\r\n").getBytes(StandardCharsets.US_ASCII));
      }
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(p.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private HttpResponse<String> post(String path, List<Part> parts, String language, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .header("Accept-Language", language)
        .header("X-Forwarded-For", "203.0.113." + CLIENT.getAndIncrement() % 250)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body(parts)));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String reportJson() {
    return SampleReports.anonymousJson("510311").replace("某化工厂", TARGET);
  }

  private JsonNode created(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode receipt = json.readTree(response.body());
    assertThat(receipt.get("trackingCode").asText()).matches("GW[0-9A-Z]{10}");
    SampleReports.rememberSecret(receipt.get("accessKey").asText());
    return receipt;
  }

  private long reports() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM report", Long.class);
  }

  private long files(String code) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM evidence e JOIN report r ON r.id = e.report_id "
        + "WHERE r.tracking_code = ?", Long.class, code);
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
  void everyCommonShapeOfTheReportPartGetsAReceipt() throws Exception {
    List<Part> shapes = List.of(
        reportPart("report.json", "application/json", reportJson()),             // browsers, curl -F report=@r.json
        reportPart("report.json", "text/plain", reportJson()),
        reportPart("blob", null, reportJson()),                                   // a file part without a type
        reportPart(null, "application/json", reportJson()),                       // OkHttp, Python requests (None, …)
        reportPart(null, "application/json; charset=UTF-8", reportJson()),
        reportPart(null, "text/plain;charset=UTF-8", reportJson()),
        reportPart(null, null, reportJson()));                                    // curl -F report=…, wx.uploadFile formData
    for (Part shape : shapes) {
      JsonNode receipt = created(post("/api/v1/reports", List.of(shape), "en"));
      assertThat(jdbc.queryForObject("SELECT target_name FROM report WHERE tracking_code = ?", String.class,
          receipt.get("trackingCode").asText())).as(shape.toString()).isEqualTo(TARGET);
    }
    // the form field together with a photo, as wx.uploadFile sends the first file
    JsonNode receipt = created(post("/api/v1/reports",
        List.of(reportPart(null, null, reportJson()), file("wx-tmp-1.jpg", SampleReports.jpeg(60, 40))), "zh-CN"));
    assertThat(files(receipt.get("trackingCode").asText())).isEqualTo(1);
  }

  @Test
  void aMissingOrNonJsonReportPartIsRefusedNamingTheAcceptedShapes() throws Exception {
    long before = reports();
    HttpResponse<String> missing = post("/api/v1/reports", List.of(file("a.jpg", SampleReports.jpeg(30, 30))), "en");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/problem+json"));
    JsonNode problem = json.readTree(missing.body());
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("report");
    assertThat(problem.get("detail").asText()).contains("missing", "file part", "form field", "application/json",
        "text/plain");

    HttpResponse<String> broken = post("/api/v1/reports", List.of(reportPart(null, null, "{\"categories\":[\"AIR\"")),
        "zh-CN");
    assertThat(broken.statusCode()).isEqualTo(400);
    JsonNode brokenProblem = json.readTree(broken.body());
    assertThat(brokenProblem.at("/errors/0/field").asText()).isEqualTo("report");
    assertThat(brokenProblem.get("detail").asText()).contains("不是有效的 JSON", "表单字段", "application/json");

    HttpResponse<String> notJson = post("/api/v1/reports", List.of(reportPart("r.txt", "text/plain", "举报：河里有污水")),
        "en");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json.readTree(notJson.body()).get("detail").asText()).contains("not valid JSON", "form field");
    assertThat(reports()).isEqualTo(before);
  }

  @Test
  void oneFilePerRequestWithARetriedUploadEndsWithExactlyTheFilesSent() throws Exception {
    JsonNode receipt = created(post("/api/v1/reports", List.of(reportPart(null, null, reportJson())), "zh-CN"));
    String code = receipt.get("trackingCode").asText();
    String key = receipt.get("accessKey").asText();
    String evidence = "/api/v1/reports/" + code + "/evidence";
    assertThat(files(code)).isZero();

    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      keys.add(UUID.randomUUID().toString());
      HttpResponse<String> added = post(evidence, List.of(file("photo" + i + ".jpg", SampleReports.jpeg(40 + i, 30))),
          "en", "X-Access-Key", key, "Idempotency-Key", keys.get(i - 1));
      assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
      assertThat(added.headers().firstValue("Idempotent-Replayed")).hasValue("false");
    }

    // a file over the size limit (1 MB for images in tests): refused, nothing of it kept
    long storedBefore = storedFiles();
    byte[] big = SampleReports.noisePng(700, 700);
    HttpResponse<String> tooLarge = post(evidence, List.of(new Part("evidence", "big.png", "image/png", big)), "en",
        "X-Access-Key", key, "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(json.readTree(tooLarge.body()).get("detail").asText()).contains("big.png", "too large");
    assertThat(files(code)).isEqualTo(2);
    assertThat(storedFiles()).isEqualTo(storedBefore);

    HttpResponse<String> third = post(evidence, List.of(file("photo3.jpg", SampleReports.jpeg(43, 30))), "en",
        "X-Access-Key", key, "Idempotency-Key", "third-" + code);
    assertThat(third.statusCode()).isEqualTo(200);
    // the answer got lost on a weak network: the retry attaches nothing again
    HttpResponse<String> retry = post(evidence, List.of(file("photo3.jpg", SampleReports.jpeg(43, 30))), "en",
        "X-Access-Key", key, "Idempotency-Key", "third-" + code);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(json.readTree(retry.body()).get("evidenceNames")).hasSize(3);
    assertThat(files(code)).isEqualTo(3);

    // the same key with another file: refused, nothing about the first file
    HttpResponse<String> other = post(evidence, List.of(file("other.jpg", SampleReports.jpeg(44, 30))), "en",
        "X-Access-Key", key, "Idempotency-Key", "third-" + code);
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(json.readTree(other.body()).get("detail").asText()).contains("already used for a different request");
    assertThat(other.body()).doesNotContain("photo3", "evidenceNames");

    // a fourth file beyond the configured count: refused, nothing stored
    storedBefore = storedFiles();
    HttpResponse<String> fourth = post(evidence, List.of(file("photo4.jpg", SampleReports.jpeg(45, 30))), "zh-CN",
        "X-Access-Key", key, "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(fourth.statusCode()).isEqualTo(400);
    assertThat(json.readTree(fourth.body()).get("detail").asText()).contains("最多上传 3 个文件");
    assertThat(files(code)).isEqualTo(3);
    assertThat(storedFiles()).isEqualTo(storedBefore);
    assertThat(jdbc.queryForList("SELECT e.display_name FROM evidence e JOIN report r ON r.id = e.report_id "
        + "WHERE r.tracking_code = ? ORDER BY e.id", String.class, code))
        .containsExactly("photo1.jpg", "photo2.jpg", "photo3.jpg");
  }

  @Test
  void parallelUploadsOfOneFileEachCannotPassTheCountTogether() throws Exception {
    JsonNode receipt = created(post("/api/v1/reports", List.of(reportPart(null, null, reportJson())), "en"));
    String code = receipt.get("trackingCode").asText();
    String key = receipt.get("accessKey").asText();
    long storedBefore = storedFiles();
    // wx.uploadFile calls started together, as a mini-program uploads a picked album
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      byte[] photo = SampleReports.jpeg(70 + i, 50);
      answers.add(pool.submit(() -> {
        start.await();
        return post("/api/v1/reports/" + code + "/evidence", List.of(file("album.jpg", photo)), "en",
            "X-Access-Key", key, "Idempotency-Key", UUID.randomUUID().toString());
      }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (var answer : answers) {
      statuses.add(answer.get().statusCode());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(200, 200, 200, 400, 400);
    assertThat(files(code)).isEqualTo(3);
    assertThat(storedFiles()).isEqualTo(storedBefore + 3);
  }

  @Test
  void theSameRequestInTheOtherShapeReplaysAndADifferentRequestGetsNoReceipt() throws Exception {
    String idempotencyKey = "mini-" + UUID.randomUUID();
    byte[] photo = SampleReports.jpeg(52, 38);
    long before = reports();
    JsonNode first = created(post("/api/v1/reports",
        List.of(reportPart("report.json", "application/json", reportJson()), file("a.jpg", photo)), "en",
        "Idempotency-Key", idempotencyKey));

    // the same report as a form field, other whitespace and key order: the same request
    String reordered = json.writeValueAsString(new java.util.TreeMap<>(json.readValue(reportJson(), java.util.Map.class)));
    HttpResponse<String> retry = post("/api/v1/reports",
        List.of(reportPart(null, null, reordered), file("IMG_0001.jpg", photo)), "en",
        "Idempotency-Key", idempotencyKey);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(json.readTree(retry.body())).isEqualTo(first);
    assertThat(reports()).isEqualTo(before + 1);

    String code = first.get("trackingCode").asText();
    String accessKey = first.get("accessKey").asText();
    for (List<Part> different : List.of(
        List.of(reportPart(null, null, reportJson().replace("夜间", "白天")), file("a.jpg", photo)),
        List.of(reportPart("report.json", "application/json", reportJson()), file("a.jpg", SampleReports.jpeg(53, 38))),
        List.of(reportPart("report.json", "application/json", reportJson())))) {
      HttpResponse<String> refused = post("/api/v1/reports", different, "en", "Idempotency-Key", idempotencyKey);
      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/problem+json"));
      assertThat(refused.body()).contains("already used for a different request")
          .doesNotContain(code, accessKey, "trackingCode", "accessKey", TARGET);
    }
    assertThat(reports()).isEqualTo(before + 1);
  }
}
