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
}
