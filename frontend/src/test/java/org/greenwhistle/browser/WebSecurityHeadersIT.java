package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The browser side's headers (every other browser test runs under this policy, so it cannot break the views)
 * and session fixation protection: the session id changes at login.
 */
class WebSecurityHeadersIT extends BrowserTestBase {

  @Test
  void pagesCarryAContentSecurityPolicyAndNoSniffing() {
    ResponseEntity<String> page = RestClient.create(url("")).get().uri("/").retrieve().toEntity(String.class);
    HttpHeaders h = page.getHeaders();
    assertThat(h.getFirst("Content-Security-Policy"))
        .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "object-src 'none'",
            "frame-ancestors 'self'", "base-uri 'self'");
    assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(h.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    assertThat(h.getFirst("Strict-Transport-Security")).isNull();
  }

  @Test
  void theEngineWebAppsPathIsGuardedWithHeadersAndOldBookmarksRedirect() {
    RestClient client = RestClient.builder().baseUrl(url(""))
        .requestFactory(new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
        .defaultStatusHandler(status -> true, (request, response) -> { })
        .build();
    ResponseEntity<Void> bookmark = client.get().uri("/camunda/app/cockpit/default/?tab=1").retrieve().toBodilessEntity();
    assertThat(bookmark.getStatusCode().value()).isEqualTo(301);
    assertThat(bookmark.getHeaders().getLocation()).hasToString("/operaton/app/cockpit/default/?tab=1");
    assertThat(bookmark.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

    // without a login the console answers with the way to the login page, under the portal's headers
    ResponseEntity<Void> console = client.get().uri("/operaton/app/cockpit/default/").retrieve().toBodilessEntity();
    assertThat(console.getStatusCode().is3xxRedirection()).isTrue();
    assertThat(console.getHeaders().getLocation().toString()).contains("/login");
    assertThat(console.getHeaders().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    assertThat(console.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void theSessionIdChangesAtLogin() {
    open("/login");
    waitFor("vaadin-login-form");
    String before = driver.manage().getCookieNamed("JSESSIONID").getValue();
    login("citizen", "citizen");
    waitFor("#logout");
    String after = driver.manage().getCookieNamed("JSESSIONID").getValue();
    assertThat(after).isNotEqualTo(before);
  }
}
