package org.greenwhistle.scenario;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The one way tests build a multipart report submission for {@code POST /api/v1/reports} (MockMvc). Each request
 * comes from its own documentation address, so the per-client submission limit never couples tests; add
 * {@code .header("Idempotency-Key", …)}, {@code .header("Accept-Language", …)} or {@link #from(String)} as needed.
 */
public final class Submissions {
  private static final String[] NETWORKS = {"203.0.113.", "198.51.100.", "192.0.2."};
  private static final AtomicInteger CLIENT = new AtomicInteger();

  private Submissions() {
  }

  /** The submission with the report part (none when {@code reportJson} is null) and the given files. */
  public static MockMultipartHttpServletRequestBuilder request(String reportJson, MockMultipartFile... files) {
    MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/reports");
    if (reportJson != null) {
      request.file(reportPart(reportJson));
    }
    for (MockMultipartFile f : files) {
      request.file(f);
    }
    int n = CLIENT.getAndIncrement() % (NETWORKS.length * 250);
    request.with(from(NETWORKS[n / 250] + (n % 250 + 1)));
    return request;
  }

  public static MockMultipartHttpServletRequestBuilder request(ReportSpec report) {
    MockMultipartHttpServletRequestBuilder request = request(report.json());
    report.evidence().forEach(e -> request.file(evidence(e.fileName(), e.content())));
    return request;
  }

  public static MockMultipartFile reportPart(String reportJson) {
    return new MockMultipartFile("report", "report.json", MediaType.APPLICATION_JSON_VALUE,
        reportJson.getBytes(StandardCharsets.UTF_8));
  }

  /** A JPEG evidence part. */
  public static MockMultipartFile evidence(String fileName, byte[] content) {
    return new MockMultipartFile("evidence", fileName, MediaType.IMAGE_JPEG_VALUE, content);
  }

  /** Sends the request from this client address (a later call replaces the request's fresh one). */
  public static RequestPostProcessor from(String address) {
    return r -> {
      r.setRemoteAddr(address);
      return r;
    };
  }
}
