package org.greenwhistle.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenwhistle.BackendIT;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.service.AccountUserDetailsService;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.report.domain.ReporterView;
import org.greenwhistle.report.service.ReporterIdentityService;
import org.greenwhistle.scenario.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who sees how much of the reporter: INVESTIGATOR nothing; INTAKE, LEADER, ADMIN masked; unmasking audited. */
@BackendIT
@AutoConfigureMockMvc
class ReporterMaskingIT extends ApiTestSupport {
  @Autowired ReporterIdentityService identities;
  @Autowired AccountUserDetailsService users;
  @Autowired JdbcTemplate jdbc;

  private String code;

  @BeforeEach
  void realNameReport() throws Exception {
    code = submit(SampleReports.realNameJson(SampleReports.ID_NUMBER)).code();
  }

  private void loginAs(String username) {
    var principal = users.loadUserByUsername(username);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
  }

  @Test
  void anInvestigatorNeverSeesTheReporter() {
    loginAs(TestAccounts.INVESTIGATOR);
    ReporterView view = identities.masked(code);
    assertThat(view.visible()).isFalse();
    assertThat(view.name()).isNull();
    assertThatThrownBy(() -> identities.unmask(code, "name", "need it")).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void intakeLeaderAndAdminSeeItMasked() {
    for (String user : new String[] {TestAccounts.INTAKE, TestAccounts.LEADER, TestAccounts.ADMIN}) {
      loginAs(user);
      ReporterView view = identities.masked(code);
      assertThat(view.visible()).isTrue();
      assertThat(view.name()).isEqualTo("测*****");
      assertThat(view.idNumber()).isEqualTo("110105********002X");
      assertThat(view.phone()).isEqualTo("139****5678");
      assertThat(view.email()).isEqualTo("r**************@example.com");
    }
  }

  @Test
  void unmaskingNeedsAReasonAndIsAudited() {
    loginAs(TestAccounts.LEADER);
    assertThatThrownBy(() -> identities.unmask(code, "phone", "")).isInstanceOf(InvalidInputException.class);
    assertThat(identities.unmask(code, "phone", "需要电话核实现场位置")).isEqualTo(SampleReports.PHONE);
    loginAs(TestAccounts.ADMIN);
    assertThat(identities.unmask(code, "name", "信息公开申请复核")).isEqualTo(SampleReports.NAME);

    var entries = jdbc.queryForList("SELECT actor, subject, detail FROM audit_entry WHERE chain_key = ? "
        + "AND action = 'REPORTER_UNMASKED' ORDER BY seq", code);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).get("actor")).isEqualTo(TestAccounts.LEADER);
    assertThat(entries.get(0).get("subject")).isEqualTo("phone");
    assertThat(entries.get(0).get("detail").toString()).contains("需要电话核实现场位置").doesNotContain(SampleReports.PHONE);
    assertThat(entries.get(1).get("subject")).isEqualTo("name");
  }

  @Test
  void anotherRegionDoesNotFindTheReporterAtAll() {
    loginAs(TestAccounts.CQ_INTAKE);
    assertThatThrownBy(() -> identities.masked(code)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> identities.unmask(code, "name", "just looking")).isInstanceOf(NotFoundException.class);
  }

  @org.junit.jupiter.api.AfterEach
  void logout() {
    SecurityContextHolder.clearContext();
  }
}
