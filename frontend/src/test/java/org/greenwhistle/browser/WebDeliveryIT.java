package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a phone on a slow network downloads (issue #24; the figures are benchmark B5 in docs/performance.md, not
 * timings here): versioned files cached for a year, text compressed except the API's answers (access keys,
 * docs/security.md), no map library on a form without a map, no requests for files the portal does not have.
 */
class WebDeliveryIT extends BrowserTestBase {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void webJarFilesAreCachedForAYearAndCompressed() throws Exception {
    HttpResponse<byte[]> leaflet = get("/webjars/leaflet/1.9.4/dist/leaflet.js", "Accept-Encoding", "gzip");
    assertThat(leaflet.statusCode()).isEqualTo(200);
    assertThat(leaflet.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    assertThat(leaflet.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(leaflet.body().length).isLessThan(80_000); // 148 kB unpacked

    HttpResponse<byte[]> missing = get("/webjars/leaflet/1.9.4/dist/no-such-file.js");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
  }

  @Test
  void apiAnswersAreNeverCompressed() throws Exception {
    HttpResponse<byte[]> answer = get("/api/v1/reports/GW-UNKNOWN", "Accept-Encoding", "gzip",
        "X-Access-Key", "AAAAAAAAAAAAAAAAAAAAAAAAAA");
    assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("identity");
  }

  @Test
  void theBootstrapPageAsksForNoMissingThemeOrIconAndStaysUncached() throws Exception {
    HttpResponse<byte[]> page = get("/report");
    String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("themes//").contains("rel=\"icon\"");
    assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
  }

  @Test
  void theReportFormLoadsNoMapLibraryAndGetsItsUiAnswersCompressed() {
    open("/report");
    waitFor("#submit-report");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertThat(js.executeScript("return window.L === undefined"
        + " && !document.querySelector('link[href*=leaflet], script[src*=leaflet]')")).isEqualTo(true);
    assertThat(js.executeScript("return performance.getEntriesByType('resource')"
        + ".filter(e => e.name.includes('leaflet')).length")).isEqualTo(0L);
    // the answer that builds the form: its body crossed the network compressed
    @SuppressWarnings("unchecked")
    Map<String, Object> largest = (Map<String, Object>) js.executeScript("""
        const e = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))
          .sort((a, b) => b.decodedBodySize - a.decodedBodySize)[0];
        return {encoded: e.encodedBodySize, decoded: e.decodedBodySize};""");
    assertThat(((Number) largest.get("decoded")).longValue()).isGreaterThan(10_000);
    assertThat(((Number) largest.get("encoded")).longValue())
        .isLessThan(((Number) largest.get("decoded")).longValue() / 2);
  }
}
