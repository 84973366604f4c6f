package org.greenwhistle.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.TestAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Security headers of the REST API (HSTS only over TLS) and the login brute-force lock, shared by all nodes. */
@BackendIT
@AutoConfigureMockMvc
class ApiHeadersAndThrottlingIT {
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void apiResponsesForbidSniffingFramingAndActiveContentAndSendHstsOnlyOverTls() throws Exception {
    mvc.perform(get("/api/v1/public/regions"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'none'")))
        .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
        .andExpect(header().doesNotExist("Strict-Transport-Security"));
    // behind the TLS-terminating proxy (X-Forwarded-Proto: https makes the request secure)
    mvc.perform(get("/api/v1/public/regions").secure(true))
        .andExpect(header().string("Strict-Transport-Security", Matchers.containsString("max-age=")));
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
    String user = "it-lock-" + Long.toString(System.nanoTime(), 36);
    accounts.create(user, "510000", Role.LEADER);
    mvc.perform(get("/api/v1/me").with(httpBasic(user, user))).andExpect(status().isOk());
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/v1/me").with(httpBasic(user, "wrong-" + i))).andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/v1/me").with(httpBasic(user, user))).andExpect(status().isUnauthorized());
  }

  @Test
  void refusalsOfTheSecurityLayerAreProblemsInTheCallersLanguage() throws Exception {
    refusal(get("/api/v1/me"), "zh-CN", 401, "需要登录：请提供有效的用户名和密码。");
    refusal(get("/api/v1/me"), "en", 401, "Authentication is required: send a valid user name and password.");

    String citizen = "it-refused-" + Long.toString(System.nanoTime(), 36);
    accounts.create(citizen, "510000", Role.CITIZEN);
    refusal(get("/engine-rest/task").with(httpBasic(citizen, citizen)), "zh-CN", 403, "您无权执行此操作。");
    refusal(get("/engine-rest/task").with(httpBasic(citizen, citizen)), "en", 403, "You may not do this.");

    // an encoded dot in the path: refused by the firewall before any controller
    refusal(get(java.net.URI.create("/api/v1/public/%2e%2e/regions")), "zh-CN", 400,
        "请求被拒绝：其中含有不允许的字符或路径。");
    refusal(get(java.net.URI.create("/api/v1/public/%2e%2e/regions")), "en", 400,
        "The request was refused: it contains characters or a path that are not allowed.");
  }

  /** A caller that names no language gets Chinese, from the controllers and from the security layer alike. */
  @Test
  void withoutAcceptLanguageTheAnswerIsInChinese() throws Exception {
    mvc.perform(get("/api/v1/reports/GWZZZZZZZZZZ").header("X-Access-Key", "AAAAAAAAAAAAAAAAAAAAAAAAAA"))
        .andExpect(status().isNotFound())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
            .value(Matchers.startsWith("未找到")));
    mvc.perform(get("/api/v1/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
            .value("需要登录：请提供有效的用户名和密码。"));
  }

  /**
   * X-Forwarded-For is believed from loopback proxies only (Tomcat's default also trusts every private and
   * carrier-grade NAT range, whose clients could then pick the address their submissions and wrong keys count under).
   */
  @Test
  void forwardedAddressesAreBelievedFromLoopbackProxiesOnly(
      @org.springframework.beans.factory.annotation.Value("${server.tomcat.remoteip.internal-proxies}") String proxies) {
    java.util.regex.Pattern trusted = java.util.regex.Pattern.compile(proxies);
    org.assertj.core.api.Assertions.assertThat(java.util.List.of("127.0.0.1", "0:0:0:0:0:0:0:1"))
        .allMatch(a -> trusted.matcher(a).matches());
    org.assertj.core.api.Assertions.assertThat(java.util.List.of("10.1.2.3", "192.168.1.9", "172.16.0.4", "100.64.0.8",
        "169.254.1.1", "203.0.113.9")).noneMatch(a -> trusted.matcher(a).matches());
  }

  private void refusal(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       String language, int status, String detail) throws Exception {
    mvc.perform(request.header("Accept-Language", language))
        .andExpect(status().is(status))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
            .contentTypeCompatibleWith("application/problem+json"))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value(status))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail").value(detail));
  }
}
