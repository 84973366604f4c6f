package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.greenwhistle.report.service.EvidenceStore;
import org.greenwhistle.scenario.ReportSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeking in a recording on the staff case page (issue #23): the player's source answers HTTP ranges from the
 * encrypted store, byte for byte as uploaded, to staff of the case's region only, audited once per playback, and
 * refuses the ranges of a changed segment. Requests go out with the session of a staff member logged in through the
 * browser, as the page's video element sends them.
 */
class EvidencePlaybackIT extends BrowserTestBase {
  /** Five 1 MB segments: a longer range is cut at 4 MiB. */
  private static final int VIDEO_SIZE = 5_000_000;

  @Autowired
  private EvidenceStore store;
  @Autowired
  private JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void rangesOfAVideoAreServedAsUploadedAndPlayingIsAuditedOncePerPlayback() throws Exception {
    byte[] video = video(VIDEO_SIZE, 42);
    String code = scenarios.submittedReport(ReportSpec.anonymous().withEvidence("巡查录像.mp4", video)).code();
    long id = evidenceId(code);
    login("leader", "leader");
    String path = "/staff/evidence/" + code + "/" + id;

    // a HEAD shows no content: answered, not audited
    HttpResponse<Void> head = http.send(request(path, null).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .header("Cookie", session()).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(VIDEO_SIZE));
    assertThat(openedEntries(id)).isZero();

    HttpResponse<byte[]> start = get(path, "bytes=0-");
    assertPartial(start, 0, 4 * 1024 * 1024 - 1, video);
    assertThat(start.headers().firstValue("Content-Type")).hasValue("video/mp4");
    // across the boundary of the first and second 1 MB segment
    assertPartial(get(path, "bytes=1040000-1060000"), 1_040_000, 1_060_000, video);
    assertPartial(get(path, "bytes=-100"), VIDEO_SIZE - 100, VIDEO_SIZE - 1, video);
    assertPartial(get(path, "bytes=4900000-"), 4_900_000, VIDEO_SIZE - 1, video);

    HttpResponse<byte[]> beyond = get(path, "bytes=" + VIDEO_SIZE + "-");
    assertThat(beyond.statusCode()).isEqualTo(416);
    assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + VIDEO_SIZE);

    HttpResponse<byte[]> whole = get(path, null);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(whole.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(whole.headers().firstValue("Content-Range")).isEmpty();
    assertThat(whole.body()).isEqualTo(video);
    // a HEAD and six GETs (one refused) without a playback id: one playback of this session
    assertThat(openedEntries(id)).isEqualTo(1);

    // the case page's player points at the ranges, and its own requests work under the page's security headers
    open("/staff/case/" + code);
    wait.until(d -> ((JavascriptExecutor) d).executeScript(
        "return document.querySelector('#case-evidence video')") != null);
    String src = (String) ((JavascriptExecutor) driver).executeScript("return document.querySelector('#case-evidence video').src");
    assertThat(src).startsWith(url(path + "?playback="));
    for (int i = 0; i < 2; i++) {
      Object status = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
          + "fetch(arguments[0], {headers: {Range: 'bytes=1048000-1049999'}}).then(r => done(r.status));", src);
      assertThat(status).isEqualTo(206L);
    }
    // the page's playback is a second one, audited once for its two requests
    assertThat(openedEntries(id)).isEqualTo(2);
  }

  @Test
  void staffOfAnotherRegionCitizensAndVisitorsAreRefused() throws Exception {
    String code = scenarios.submittedReport(ReportSpec.anonymous().withEvidence("录音.mp4", video(1_200_000, 7)))
        .code();
    String path = "/staff/evidence/" + code + "/" + evidenceId(code);

    HttpResponse<byte[]> visitor = http.send(request(path, "bytes=0-99").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(visitor.statusCode()).isEqualTo(302);
    assertThat(visitor.headers().firstValue("Location").orElseThrow()).contains("/login");

    login("cq-intake", "cq-intake");
    assertThat(get(path, "bytes=0-99").statusCode()).isEqualTo(404);
    logout();
    login("citizen", "citizen");
    assertThat(get(path, "bytes=0-99").statusCode()).isEqualTo(403);
    assertThat(openedEntries(evidenceId(code))).isZero();
  }

  @Test
  void aFlippedByteRefusesTheRangesOfItsSegmentAndTheWholeFile() throws Exception {
    byte[] video = video(VIDEO_SIZE, 99);
    String code = scenarios.submittedReport(ReportSpec.anonymous().withEvidence("夜间排放.mp4", video)).code();
    long id = evidenceId(code);
    Path stored = storedFile(jdbc.queryForObject("SELECT storage_id FROM evidence WHERE id = ?", String.class, id));
    long middle;
    try (RandomAccessFile file = new RandomAccessFile(stored.toFile(), "rw")) {
      middle = file.length() / 2;
      file.seek(middle);
      int b = file.read();
      file.seek(middle);
      file.write(b ^ 0x40);
    }
    login("leader", "leader");
    String path = "/staff/evidence/" + code + "/" + id;

    // the stored file's middle lies in the third segment, a few hundred bytes from the plaintext's middle
    HttpResponse<byte[]> damaged = get(path, "bytes=" + (VIDEO_SIZE / 2 - 200_000) + "-" + (VIDEO_SIZE / 2 + 200_000));
    assertThat(damaged.statusCode()).isEqualTo(422);
    assertThat(damaged.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(get(path, null).statusCode()).isEqualTo(422);
    // a segment that was not changed still authenticates: its range is served as uploaded
    assertPartial(get(path, "bytes=0-99"), 0, 99, video);
  }

  private HttpResponse<byte[]> get(String path, String range) throws IOException, InterruptedException {
    return http.send(request(path, range).header("Cookie", session()).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The browser's session cookie: the requests go out as the logged-in staff member's. */
  private String session() {
    return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
  }

  private HttpRequest.Builder request(String path, String range) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
    return range == null ? request : request.header("Range", range);
  }

  private static void assertPartial(HttpResponse<byte[]> response, long first, long last, byte[] original) {
    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(response.headers().firstValue("Content-Range"))
        .hasValue("bytes " + first + "-" + last + "/" + original.length);
    assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.body()).isEqualTo(Arrays.copyOfRange(original, (int) first, (int) last + 1));
  }

  private long evidenceId(String code) {
    return jdbc.queryForObject("SELECT e.id FROM evidence e JOIN report r ON r.id = e.report_id "
        + "WHERE r.tracking_code = ?", Long.class, code);
  }

  private int openedEntries(long evidenceId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'EVIDENCE_OPENED' AND subject = ?",
        Integer.class, "evidence:" + evidenceId);
  }

  private Path storedFile(String storageId) throws IOException {
    try (Stream<Path> files = Files.walk(store.root())) {
      return files.filter(p -> p.getFileName().toString().equals(storageId)).findFirst().orElseThrow();
    }
  }

  /** An MP4 as cameras write it (brand mp42): an ftyp box, then one mdat box of pseudo-random media data. */
  private static byte[] video(int size, long seed) {
    ByteBuffer bytes = ByteBuffer.allocate(size);
    bytes.putInt(24).put("ftypmp42".getBytes()).putInt(0).put("mp42isom".getBytes());
    bytes.putInt(size - 24).put("mdat".getBytes());
    while (bytes.remaining() >= 8) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      bytes.putLong(seed);
    }
    return bytes.array();
  }
}
