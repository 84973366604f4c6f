package org.greenwhistle.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.greenwhistle.BackendTestApplication;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.casework.service.CaseworkService.InboxFilter;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.AccountUserDetailsService;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.statistics.domain.StatRow;
import org.greenwhistle.statistics.domain.Statistics;
import org.greenwhistle.statistics.service.StatisticsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one-command start: the embedded H2 default with the demo profile. Every migration must run on H2 too
 * (the other integration tests run on MariaDB), and the demo data must load.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=MySQL;DB_CLOSE_DELAY=-1",
    "greenwhistle.data-dir=${java.io.tmpdir}/greenwhistle-embedded-it",
    "greenwhistle.mail.poll-interval=1h"})
@ActiveProfiles("demo")
class EmbeddedDefaultIT {
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired StatisticsService statistics;
  @Autowired CaseworkService casework;
  @Autowired AccountUserDetailsService accounts;

  @Test
  void migrationsDemoUsersDemoReportsAndDemoRewardsLoadOnTheEmbeddedDatabase() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM region", Integer.class)).isGreaterThan(3000);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isEqualTo(15);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM holiday_calendar", Integer.class)).isGreaterThan(50);
    // 9 sample reports waiting for intake, 4 closed cases whose rewards the demo users worked, and a year of
    // finished cases (no process instances) for the public statistics
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE tracking_code LIKE 'GW%'", Integer.class))
        .isEqualTo(13);
    assertThat(jdbc.queryForList("SELECT status, COUNT(*) AS n FROM report WHERE tracking_code LIKE 'HS%' "
        + "GROUP BY status ORDER BY status")).containsExactly(
        Map.of("STATUS", "CLOSED", "N", 950L), Map.of("STATUS", "REJECTED", "N", 204L),
        Map.of("STATUS", "WITHDRAWN", "N", 46L));
    // a closed case waits in its reward call until the reward ends (the paid one has ended)
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("report-handling").count()).isEqualTo(12);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_task WHERE task_key = 'intakeReview'", Integer.class))
        .isEqualTo(9);
    assertThat(jdbc.queryForList("SELECT status FROM reward WHERE process_instance_id NOT LIKE 'history-%' ORDER BY id",
        String.class)).containsExactly("IN_REVIEW", "FINANCE_APPROVAL", "CLAIMED", "PAID");
    // which of the history's rewards are paid by now depends on the date (about 160)
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reward WHERE process_instance_id LIKE 'history-%' "
        + "AND status = 'PAID'", Integer.class)).isBetween(120, 220);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reward_rule_set WHERE status = 'ACTIVE'", Integer.class))
        .isEqualTo(7);
    assertThat(jdbc.queryForList("SELECT status FROM typical_case ORDER BY id", String.class)).containsExactly(
        "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "DRAFT");
  }

  @Test
  void publicStatisticsOfTheDemoHistoryOnTheEmbeddedDatabase() {
    Statistics s = statistics.statistics(null, null, null, Locale.SIMPLIFIED_CHINESE);
    // the default window (the last twelve months) holds the whole history and the sample reports
    java.sql.Timestamp windowStart = java.sql.Timestamp.from(s.from().atStartOfDay(StatisticsService.CHINA).toInstant());
    assertThat(s.total().received().value()).isGreaterThanOrEqualTo(12 + 1200)
        .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE submitted_at >= ?", Long.class, windowStart));
    assertThat(s.months()).hasSize(12);
    assertThat(s.regions()).extracting(StatRow::key)
        .contains("510000", "500000", "330000", "360000", "110000", "440000");
    assertThat(s.categories()).allSatisfy(c -> assertThat(c.received().suppressed()).isFalse());
    assertThat(s.total().onTimeShare()).isBetween(0.7, 0.95);
    // the history's paid rewards and the demo's paid one
    assertThat(s.total().rewardsPaid().value()).isEqualTo(jdbc.queryForObject(
        "SELECT COUNT(*) FROM reward WHERE status = 'PAID' AND payment_date >= ?", Long.class, s.from()));
    assertThat(s.months().get(0).received().value()).isGreaterThan(20);
    assertThat(s.months().stream().filter(m -> m.onTimeShare() != null).count()).isGreaterThanOrEqualTo(6);
    assertThat(s.months().stream().filter(m -> m.rewardAmount() != null && m.rewardAmount().signum() > 0).count())
        .isGreaterThanOrEqualTo(6);
  }

  /**
   * The inbox query (covering indexes, copied categories and target name, deferred join: V11) on H2, against a plain
   * statement of what it selects: the caller's roles (leaders and admins also the unassigned regions' tasks) in the
   * caller's region, unclaimed or claimed by the caller, then the filters, ordered by due date.
   */
  @Test
  void inboxOnTheEmbeddedDatabaseSelectsWhatItsFiltersSay() {
    try {
      for (String user : List.of("intake", "cq-intake", "leader", "admin")) {
        AccountPrincipal me = accounts.loadUserByUsername(user);
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        String roles = me.getRoles().stream().filter(r -> r != Role.ADMIN && r != Role.CITIZEN)
            .map(r -> "'" + r.name() + "'").reduce((a, b) -> a + "," + b).orElse("'-'");
        boolean leader = me.getRoles().contains(Role.LEADER) || me.getRoles().contains(Role.ADMIN);
        String mine = "t.region_path LIKE CONCAT((SELECT path FROM region WHERE code = '" + me.getRegionCode()
            + "'), '%') AND (t.role IN (" + roles + ")" + (leader ? " OR t.unassigned_region = TRUE" : "")
            + ") AND (t.assignee IS NULL OR t.assignee = '" + user + "')";
        Map<InboxFilter, String> filters = Map.of(
            InboxFilter.none(), "",
            new InboxFilter(null, null, "AIR", null, null, null),
            " AND EXISTS (SELECT 1 FROM report_category c WHERE c.report_id = t.report_id AND c.category = 'AIR')",
            new InboxFilter(null, null, "WATER", null, null, null),
            " AND EXISTS (SELECT 1 FROM report_category c WHERE c.report_id = t.report_id AND c.category = 'WATER')",
            new InboxFilter(null, null, "AIR,WATER", null, null, null), " AND 1 = 0",
            new InboxFilter(null, null, null, null, null, "某"),
            " AND (t.tracking_code LIKE '%某%' OR r.target_name LIKE '%某%')",
            new InboxFilter(null, null, null, null, ReportStatus.SUBMITTED, "GW"),
            " AND r.status = 'SUBMITTED' AND (t.tracking_code LIKE '%GW%' OR r.target_name LIKE '%GW%')",
            new InboxFilter(true, null, "AIR", null, null, null), " AND 1 = 0");
        for (var f : filters.entrySet()) {
          List<String> expected = jdbc.queryForList("SELECT t.task_id FROM case_task t "
              + "JOIN report r ON r.id = t.report_id WHERE " + mine + f.getValue()
              + " ORDER BY t.due_at, t.created_at, t.task_id", String.class);
          List<String> paged = new ArrayList<>();
          for (int offset = 0; offset < expected.size() + 2; offset += 2) {
            casework.inbox(f.getKey(), offset, 2).stream().map(CaseTask::taskId).forEach(paged::add);
          }
          assertThat(paged).as(user + " " + f.getKey()).isEqualTo(expected);
          assertThat(casework.countInbox(f.getKey())).as(user + " " + f.getKey()).isEqualTo(expected.size());
        }
      }
      // the demo data has something to find: Sichuan's intake tasks, Guangdong's (no intake staff) for the admin
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_task WHERE unassigned_region = TRUE", Integer.class))
          .isPositive();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_task WHERE categories = 'AIR,WATER'", Integer.class))
          .isEqualTo(1);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
