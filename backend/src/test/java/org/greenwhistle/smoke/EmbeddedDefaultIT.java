package org.greenwhistle.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.greenwhistle.BackendTestApplication;
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

  @Test
  void migrationsDemoUsersDemoReportsAndDemoRewardsLoadOnTheEmbeddedDatabase() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM region", Integer.class)).isGreaterThan(3000);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isEqualTo(15);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM holiday_calendar", Integer.class)).isGreaterThan(50);
    // 8 sample reports waiting for intake, and 4 closed cases whose rewards the demo users worked
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report", Integer.class)).isEqualTo(12);
    // a closed case waits in its reward call until the reward ends (the paid one has ended)
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("report-handling").count()).isEqualTo(11);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_task WHERE task_key = 'intakeReview'", Integer.class))
        .isEqualTo(8);
    assertThat(jdbc.queryForList("SELECT status FROM reward ORDER BY id", String.class))
        .containsExactly("IN_REVIEW", "FINANCE_APPROVAL", "CLAIMED", "PAID");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reward_rule_set WHERE status = 'ACTIVE'", Integer.class))
        .isEqualTo(7);
  }
}
