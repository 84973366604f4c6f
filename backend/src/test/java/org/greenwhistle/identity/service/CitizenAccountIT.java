package org.greenwhistle.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenwhistle.BackendIT;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.mail.StoredMails;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.domain.ReporterIdentity;
import org.greenwhistle.report.service.FollowUpService;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A real-name citizen registers, confirms the address by mail, reports, finds it under "My reports", resets the password. */
@BackendIT
class CitizenAccountIT {
  @Autowired CitizenAccountService accounts;
  @Autowired AccountUserDetailsService users;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcTemplate jdbc;
  @Autowired FieldCipher cipher;
  @Autowired ReportSubmissionService submissions;
  @Autowired FollowUpService followUps;

  @AfterEach
  void logout() {
    SecurityContextHolder.clearContext();
  }

  private Authentication login(String user, String password) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwordEncoder);
    ProviderManager manager = new ProviderManager(provider);
    manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
    return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
  }

  /** The newest queued mail for this reason to this address; its body carries the link. */
  private String linkToken(MailReason reason, String email, String path) {
    String body = new StoredMails(jdbc, cipher).newest(reason, email).deliveredBody();
    Matcher m = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(body);
    assertThat(m.find()).as("link in " + body).isTrue();
    return m.group(1);
  }

  @Test
  void registerVerifyReportAndResetThePassword() {
    String email = "citizen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    accounts.register(email, "first-Pass-2026", Locale.ENGLISH);
    assertThatThrownBy(() -> login(email, "first-Pass-2026")).isInstanceOf(DisabledException.class);

    String token = linkToken(MailReason.EMAIL_VERIFICATION, email, "/verify-email");
    assertThat(accounts.verify(token)).isTrue();
    assertThat(accounts.verify(token)).as("a link works once").isFalse();
    SecurityContextHolder.getContext().setAuthentication(login(email, "first-Pass-2026"));

    var receipt = submissions.submit(new ReportDraft(Set.of(Category.NOISE), Set.of(), "某酒吧", "510311", "沿滩区某街",
        null, null, OffsetDateTime.now().minusHours(2), true, "每晚凌晨两点还在大声放音乐。", false,
        new ReporterIdentity("账号测试人", "510311198506123457", "13700001234", null), false, null),
        List.of(), null, "198.18.0.9", Locale.SIMPLIFIED_CHINESE).receipt();
    assertThat(followUps.countMyReports()).isEqualTo(1);
    assertThat(followUps.myReports(0, 10)).extracting(f -> f.trackingCode()).containsExactly(receipt.trackingCode());
    SecurityContextHolder.clearContext();

    accounts.requestPasswordReset(email, Locale.ENGLISH);
    String reset = linkToken(MailReason.PASSWORD_RESET, email, "/reset-password");
    assertThatThrownBy(() -> accounts.resetPassword(reset, "short")).isInstanceOf(IdentityException.class);
    accounts.resetPassword(reset, "second-Pass-2026");
    assertThat(login(email, "second-Pass-2026").isAuthenticated()).isTrue();
    assertThatThrownBy(() -> accounts.resetPassword(reset, "third-Pass-2026"))
        .isInstanceOf(IdentityException.class).hasMessage("account.error.linkInvalid");
  }

  @Test
  void registeringAgainOrAskingForAnUnknownAddressRevealsNothing() {
    String email = "twice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    accounts.register(email, "first-Pass-2026", Locale.ENGLISH);
    accounts.register(email, "other-Pass-2026", Locale.ENGLISH);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, email)).isEqualTo(1);
    accounts.requestPasswordReset("nobody-" + UUID.randomUUID() + "@example.net", Locale.ENGLISH);
    assertThatThrownBy(() -> accounts.register("not-an-address", "first-Pass-2026", Locale.ENGLISH))
        .hasMessage("account.error.email");
  }
}
