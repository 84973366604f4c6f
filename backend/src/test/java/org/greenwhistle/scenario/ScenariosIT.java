package org.greenwhistle.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.scenario.Scenarios.Fine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each scenario once: the case ends where the scenario says, with the open task the next test needs. */
@BackendIT
class ScenariosIT {
  @Autowired Scenarios scenarios;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aSubmittedReportWaitsForIntakeInItsRegionWithItsEvidence() {
    Receipt r = scenarios.submittedReport(ReportSpec.anonymous().region("500236").categories(Category.ECOLOGY)
        .withPhoto("现场.jpg"));
    assertThat(report(r)).containsEntry("status", "SUBMITTED").containsEntry("region_code", "500236")
        .containsEntry("anonymous", true);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence e JOIN report r ON r.id = e.report_id "
        + "WHERE r.tracking_code = ?", Integer.class, r.code())).isEqualTo(1);
    assertThat(scenarios.openTask(TestAccounts.CQ_INTAKE, r.code(), "intakeReview")).isPresent();
    assertThat(scenarios.openTask(TestAccounts.INTAKE, r.code(), "intakeReview")).as("another province").isEmpty();
  }

  @Test
  void anAcceptedCaseWaitsForVerification() {
    Receipt r = scenarios.acceptedCase(ReportSpec.anonymous());
    assertThat(report(r)).containsEntry("status", "ACCEPTED");
    assertThat(scenarios.openTask(TestAccounts.INVESTIGATOR, r.code(), "verification")).isPresent();
  }

  @Test
  void aClosedCaseOfAReporterWantingNoRewardHasNoReward() {
    Receipt r = scenarios.closedCase(ReportSpec.anonymous());
    assertThat(report(r)).containsEntry("status", "CLOSED");
    assertThat(rewards(r)).isEmpty();
  }

  @Test
  void aRealNameRewardAwaitingFinanceThenGranted() {
    RewardCase awaiting = scenarios.rewardAwaitingFinance(ReportSpec.realName(), Fine.of(100_000, 1_000_000));
    assertThat(rewards(awaiting.receipt())).containsExactly("FINANCE_APPROVAL");
    assertThat(scenarios.taskId(TestAccounts.FINANCE, awaiting.code(), "financeApproval")).isNotBlank();

    RewardCase granted = scenarios.grantedReward(ReportSpec.realName(), Fine.DEFAULT);
    assertThat(rewards(granted.receipt())).containsExactly("GRANTED");
  }

  @Test
  void anAnonymousRewardClaimedThenAPaidOne() {
    RewardCase claimed = scenarios.claimedReward(ReportSpec.anonymous(), Fine.DEFAULT);
    assertThat(rewards(claimed.receipt())).containsExactly("CLAIMED");

    RewardCase paid = scenarios.paidReward(ReportSpec.realName(), Fine.of(200_000, 1_000_000));
    assertThat(rewards(paid.receipt())).containsExactly("PAID");
    assertThat(jdbc.queryForObject("SELECT paid_by FROM reward WHERE id = ?", String.class, paid.rewardId()))
        .isEqualTo(TestAccounts.FINANCE_2);
  }

  private Map<String, Object> report(Receipt r) {
    return jdbc.queryForMap("SELECT status, region_code, anonymous FROM report WHERE tracking_code = ?", r.code());
  }

  private List<String> rewards(Receipt r) {
    return jdbc.queryForList("SELECT w.status FROM reward w JOIN report r ON r.id = w.report_id "
        + "WHERE r.tracking_code = ?", String.class, r.code());
  }
}
