package org.greenwhistle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.operaton.bpm.engine.RuntimeService;
import org.greenwhistle.common.crypto.EvidenceFileCipher;
import org.greenwhistle.report.service.EvidenceStore;
import org.greenwhistle.scenario.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reduced CI form of the crash test (issue #8 part 1; the real SIGKILL run is reliability/crash.sh): a failure after
 * the report's rows, files, idempotency row and process instance were written but before the commit leaves nothing
 * behind, and the client's retry with the same Idempotency-Key then stores the report exactly once; concurrent
 * retries with one key store one report and leave no file behind.
 */
@ReliabilityIT
class CrashConsistencyIT {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtime;
  @Autowired EvidenceStore store;
  @Autowired EvidenceFileCipher cipher;

  @AfterEach
  void disarm() {
    FaultInjection.disarm();
  }

  @Test
  void aCrashBeforeTheCommitLeavesNothingAndTheRetryStoresTheReportOnce() throws Exception {
    String key = "crash-it-" + UUID.randomUUID();
    String marker = "崩溃测试 " + key;
    long filesBefore = storedFiles();
    long receiptsBefore = count("SELECT COUNT(*) FROM idempotent_submission");

    FaultInjection.arm();
    MockHttpServletResponse crashed = submit(key, marker);
    FaultInjection.disarm();
    assertThat(crashed.getStatus()).isEqualTo(500);
    assertThat(count("SELECT COUNT(*) FROM report WHERE description LIKE ?", "%" + key + "%")).isZero();
    assertThat(count("SELECT COUNT(*) FROM idempotent_submission")).isEqualTo(receiptsBefore);
    assertThat(storedFiles()).as("files of the rolled-back submission").isEqualTo(filesBefore);

    MockHttpServletResponse retry = submit(key, marker);
    assertThat(retry.getStatus()).isEqualTo(201);
    assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("false");
    String code = json.readTree(retry.getContentAsString()).get("trackingCode").asText();
    assertThat(count("SELECT COUNT(*) FROM report WHERE description LIKE ?", "%" + key + "%")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM evidence e JOIN report r ON r.id = e.report_id WHERE r.tracking_code = ?",
        code)).isEqualTo(2);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    assertThat(storedFiles()).isEqualTo(filesBefore + 2);
    assertThat(unreadableFiles(code)).as("files read back through decryption").isEmpty();

    // the answer got lost: the same request once more replays the receipt and stores nothing
    MockHttpServletResponse again = submit(key, marker);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(json.readTree(again.getContentAsString())).isEqualTo(json.readTree(retry.getContentAsString()));
    assertThat(count("SELECT COUNT(*) FROM report WHERE description LIKE ?", "%" + key + "%")).isEqualTo(1);
    assertThat(storedFiles()).isEqualTo(filesBefore + 2);
  }

  @Test
  void concurrentRetriesWithOneKeyStoreOneReportAndNoStrayFile() throws Exception {
    String key = "crash-it-" + UUID.randomUUID();
    String marker = "崩溃测试 " + key;
    long filesBefore = storedFiles();
    int clients = 6;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      answers.add(pool.submit(() -> {
        start.await();
        return submit(key, marker);
      }));
    }
    start.countDown();
    Set<JsonNode> receipts = new HashSet<>();
    List<Integer> statuses = new ArrayList<>();
    for (Future<MockHttpServletResponse> f : answers) {
      MockHttpServletResponse r = f.get();
      statuses.add(r.getStatus());
      if (r.getStatus() == 201) {
        receipts.add(json.readTree(r.getContentAsString()));
      }
    }
    pool.shutdown();
    assertThat(statuses).as("every retry gets the receipt").containsOnly(201);
    assertThat(receipts).hasSize(1);
    assertThat(count("SELECT COUNT(*) FROM report WHERE description LIKE ?", "%" + key + "%")).isEqualTo(1);
    String code = receipts.iterator().next().get("trackingCode").asText();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    assertThat(storedFiles()).as("the losers' files are deleted with their rollback").isEqualTo(filesBefore + 2);
    assertThat(unreadableFiles(code)).as("files read back through decryption").isEmpty();
  }

  /** The report's evidence files that are not encrypted or do not decrypt to the digest their row names. */
  private List<String> unreadableFiles(String code) {
    return jdbc.queryForList("SELECT e.storage_id, COALESCE(e.stored_sha256, e.sha256) AS sha FROM evidence e "
        + "JOIN report r ON r.id = e.report_id WHERE r.tracking_code = ?", code).stream()
        .filter(row -> !store.intact((String) row.get("storage_id"), (String) row.get("sha"))
            || !encrypted((String) row.get("storage_id")))
        .map(row -> (String) row.get("storage_id")).toList();
  }

  private boolean encrypted(String storageId) {
    try {
      return cipher.isEncrypted(store.root().resolve(storageId.substring(0, 2)).resolve(storageId.substring(2, 4))
          .resolve(storageId));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private MockHttpServletResponse submit(String key, String marker) throws Exception {
    Random r = new Random(key.hashCode());
    Map<String, Object> report = HostileCorpus.validReport(r);
    report.put("description", marker + " 夜间排放刺鼻气体，河道有黑色污水流出。");
    return mvc.perform(Submissions.request(HostileCorpus.json(report), Submissions.evidence("a.jpg", jpeg(key + "a")),
            Submissions.evidence("b.jpg", jpeg(key + "b")))
            .header("Idempotency-Key", key)
            .with(Submissions.from("198.51.100.88")))
        .andReturn().getResponse();
  }

  private static byte[] jpeg(String seed) {
    var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    image.setRGB(seed.hashCode() & 31, 7, 0xFFFFFF);
    var out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "jpg", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  private long storedFiles() throws Exception {
    Path root = store.root();
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
