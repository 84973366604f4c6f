package org.greenwhistle.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.greenwhistle.BackendIT;
import org.greenwhistle.common.problem.TooManyRequestsException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.AccountUserDetailsService;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.Receipt;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.domain.ReporterIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Confidentiality through the service layer (issue 15): the receipt's wrong-key limit as the views meet it, anonymous
 * reports never linked to the logged-in citizen's account, and migration V13 unlinking those linked before.
 */
@BackendIT
class ReceiptAndAnonymityIT {
  private static final AtomicInteger CLIENT = new AtomicInteger();
  private static final String RUN = Integer.toHexString(new java.security.SecureRandom().nextInt(0xffff));

  @Autowired ReportSubmissionService submissions;
  @Autowired FollowUpService followUps;
  @Autowired AccountUserDetailsService users;
  @Autowired TestAccounts accounts;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @AfterEach
  void leave() {
    SecurityContextHolder.clearContext();
    RequestContextHolder.resetRequestAttributes();
  }

  /** The services read the client's address from the current request, as in a REST call or a view's event. */
  private static void requestFrom(String address) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
  }

  /** A fresh client address per call and run, so no test (nor a rerun on the same database) meets another's counts. */
  private static String client() {
    return "2001:db8:" + RUN + "::" + Integer.toHexString(CLIENT.incrementAndGet());
  }

  private Receipt submit(boolean anonymous) {
    ReportDraft draft = new ReportDraft(Set.of(Category.NOISE), Set.of(), "某酒吧", "510311", "沿滩区某街", null, null,
        OffsetDateTime.now().minusHours(2), true, "每晚凌晨两点还在大声放音乐。", anonymous,
        anonymous ? null : new ReporterIdentity("账号测试人", "510311198506123457", "13700001234", null), false, null);
    Receipt receipt = submissions.submit(draft, List.of(), null, client(), Locale.SIMPLIFIED_CHINESE).receipt();
    SampleReports.rememberSecret(receipt.accessKey());
    return receipt;
  }

  private void loginAs(String username) {
    AccountPrincipal principal = users.loadUserByUsername(username);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
  }

  private Long accountOf(String trackingCode) {
    return jdbc.queryForObject("SELECT reporter_account_id FROM report WHERE tracking_code = ?", Long.class,
        trackingCode);
  }

  @Test
  void othersWrongKeysNeverLockOutTheRightKeyAndTheWrongClientIsRefusedAfterTheLimit() {
    Receipt receipt = submit(true);
    String attacker = client();
    requestFrom(attacker);
    for (int i = 1; i <= 12; i++) {
      String wrong = "WRONG" + i;
      if (i <= 10) {
        assertThat(followUps.open(receipt.trackingCode(), wrong)).as("wrong key %d", i).isEmpty();
      } else {
        assertThatThrownBy(() -> followUps.open(receipt.trackingCode(), wrong)).as("wrong key %d", i)
            .isInstanceOf(TooManyRequestsException.class);
      }
    }
    assertThat(followUps.open(receipt.trackingCode(), receipt.accessKey())).as("right key, same client").isPresent();
    requestFrom(client());
    assertThat(followUps.open(receipt.trackingCode(), receipt.accessKey())).as("right key, other client").isPresent();
    assertThat(followUps.open(receipt.trackingCode(), "WRONG1")).as("other client's wrong key").isEmpty();
    requestFrom(attacker);
    assertThatThrownBy(() -> followUps.open(receipt.trackingCode(), "WRONG13")).as("13th wrong key")
        .isInstanceOf(TooManyRequestsException.class);
    // an unknown code is counted and refused alike, so the limit tells nothing about which codes exist
    for (int i = 0; i < 10; i++) {
      assertThat(followUps.open("GW0000000001", "WRONG")).isEmpty();
    }
    assertThatThrownBy(() -> followUps.open("GW0000000001", "WRONG")).isInstanceOf(TooManyRequestsException.class);
  }

  @Test
  void anAnonymousReportOfALoggedInCitizenHasNoAccountLinkAndIsNotUnderMyReports() {
    String citizen = "it-anon-svc-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(citizen, "000000", Role.CITIZEN);
    loginAs(citizen);
    Receipt anonymous = submit(true);
    Receipt realName = submit(false);
    assertThat(accountOf(anonymous.trackingCode())).isNull();
    assertThat(accountOf(realName.trackingCode())).isNotNull();
    assertThat(followUps.myReports(0, 10)).extracting(f -> f.trackingCode())
        .containsExactly(realName.trackingCode());
  }

  @Test
  void migrationV13UnlinksEveryAnonymousReportButKeepsRealNameLinks() throws Exception {
    String citizen = "it-anon-mig-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(citizen, "000000", Role.CITIZEN);
    loginAs(citizen);
    Receipt anonymous = submit(true);
    Receipt realName = submit(false);
    SecurityContextHolder.clearContext();
    long account = accountOf(realName.trackingCode());
    // as the portal stored them before: the anonymous report linked to the citizen who was logged in
    jdbc.update("UPDATE report SET reporter_account_id = ? WHERE tracking_code = ?", account, anonymous.trackingCode());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE anonymous = TRUE AND reporter_account_id IS NOT NULL",
        Integer.class)).isPositive();

    try (Connection connection = dataSource.getConnection()) {
      ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V13__anonymous_reports_unlinked.sql"));
    }

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE anonymous = TRUE AND reporter_account_id IS NOT NULL",
        Integer.class)).isZero();
    assertThat(accountOf(anonymous.trackingCode())).isNull();
    assertThat(accountOf(realName.trackingCode())).isEqualTo(account);
  }
}
