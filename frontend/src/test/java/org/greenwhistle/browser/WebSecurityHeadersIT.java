package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
