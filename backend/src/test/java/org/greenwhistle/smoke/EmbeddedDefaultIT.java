package org.greenwhistle.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.greenwhistle.BackendTestApplication;
import org.greenwhistle.statistics.domain.StatRow;
import org.greenwhistle.statistics.domain.Statistics;
import org.greenwhistle.statistics.service.StatisticsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
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

  @Test
  void migrationsDemoUsersDemoReportsAndDemoRewardsLoadOnTheEmbeddedDatabase() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM region", Integer.class)).isGreaterThan(3000);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isEqualTo(15);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM holiday_calendar", Integer.class)).isGreaterThan(50);
    // 8 sample reports waiting for intake, 4 closed cases whose rewards the demo users worked, and a year of
    // finished cases (no process instances) for the public statistics
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE tracking_code LIKE 'GW%'", Integer.class))
        .isEqualTo(12);
    assertThat(jdbc.queryForList("SELECT status, COUNT(*) AS n FROM report WHERE tracking_code LIKE 'HS%' "
        + "GROUP BY status ORDER BY status")).containsExactly(
        Map.of("STATUS", "CLOSED", "N", 950L), Map.of("STATUS", "REJECTED", "N", 204L),
        Map.of("STATUS", "WITHDRAWN", "N", 46L));
    // a closed case waits in its reward call until the reward ends (the paid one has ended)
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("report-handling").count()).isEqualTo(11);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_task WHERE task_key = 'intakeReview'", Integer.class))
        .isEqualTo(8);
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
}
