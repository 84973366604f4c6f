package org.greenwhistle.casework.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.RewardCase;
import org.greenwhistle.scenario.Scenarios;
import org.greenwhistle.scenario.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real notices (issue 22): each timer of the models is fired through the engine (its job executed as the job
 * executor would when due), the real delegates and services write the mail, and it arrives over SMTP at GreenMail.
 * No bean is mocked.
 */
@BackendIT
class DeadlineNoticesIT {
  @Autowired Scenarios scenarios;
  @Autowired CaseworkService casework;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @RegisterExtension final TestMailServer.PerTest mail = new TestMailServer.PerTest();

  @Test
  void theIntakeReminderReachesTheOfficerHoldingTheTask() {
    Receipt r = scenarios.submittedReport(ReportSpec.anonymous());
    String taskId = scenarios.taskId(TestAccounts.INTAKE, r.code(), "intakeReview");
    scenarios.as(TestAccounts.INTAKE, () -> casework.claim(taskId));

    fire("report-handling", r.code(), "intakeReminder");

    MimeMessage reminder = mail.server().awaitContaining(TestAccounts.emailOf(TestAccounts.INTAKE),
        ReceiptCodes.display(r.code()));
    assertThat(TestMailServer.subject(reminder)).isEqualTo("提醒：您有案件即将到期");
    assertThat(TestMailServer.body(reminder)).contains("即将到达办理期限");
  }

  @Test
  void anOverdueIntakeEscalatesToTheRegionsLeadersAndMarksTheTask() {
    Receipt r = scenarios.submittedReport(ReportSpec.anonymous());

    fire("report-handling", r.code(), "intakeOverdue");

    for (String leader : new String[] {TestAccounts.LEADER, TestAccounts.LEADER_2}) {
      MimeMessage overdue = mail.server().awaitContaining(TestAccounts.emailOf(leader),
          ReceiptCodes.display(r.code()));
      assertThat(TestMailServer.subject(overdue)).isEqualTo("逾期：您辖区内有案件超过办理期限");
    }
    assertThat(scenarios.openTasks(TestAccounts.INTAKE, r.code()).get(0).overdue()).isTrue();
  }

  @Test
  void theClaimWindowReminderAndTheForfeitNoticeReachTheReporter() {
    RewardCase reward = scenarios.grantedReward(ReportSpec.realName(), Scenarios.Fine.DEFAULT);
    String code = ReceiptCodes.display(reward.code());

    fire("reward", reward.code(), "claimWarning");
    MimeMessage warning = mail.server().awaitContaining(SampleReports.EMAIL, "奖励领取期限即将届满");
    assertThat(TestMailServer.body(warning)).contains(code).contains("http://localhost:8080/follow-up")
        .doesNotContain(reward.receipt().key());

    fire("reward", reward.code(), "claimWindowClosed");
    MimeMessage forfeit = mail.server().awaitContaining(SampleReports.EMAIL, "逾期未申领，视为放弃奖励");
    assertThat(TestMailServer.body(forfeit)).contains(code);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("reward")
        .processInstanceBusinessKey(reward.code()).count()).isZero();
  }

  /** Executes the timer's job now, as the job executor does once it is due. */
  private void fire(String processKey, String trackingCode, String timerId) {
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(trackingCode).singleResult().getId();
    Job job = management.createJobQuery().processInstanceId(instance).activityId(timerId).singleResult();
    assertThat(job).as(timerId + " of " + trackingCode).isNotNull();
    management.executeJob(job.getId());
  }
}
