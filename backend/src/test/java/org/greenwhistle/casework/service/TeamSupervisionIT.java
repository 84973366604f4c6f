package org.greenwhistle.casework.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.greenwhistle.BackendIT;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.Colleague;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.Scenarios;
import org.greenwhistle.scenario.StaffMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A LEADER supervises every open task of the region and hands any of them, a claimed one too, to a colleague who holds
 * its role there; ADMIN does so for the national queue only. Another region's leader neither sees nor moves them.
 */
@BackendIT
class TeamSupervisionIT {
  private static final String CQ_LEADER = "it-cq-leader";

  @Autowired Scenarios scenarios;
  @Autowired TeamSupervision supervision;
  @Autowired CaseworkService casework;
  @Autowired StaffMembers staffMembers;
  @Autowired TestAccounts accounts;
  @Autowired JdbcTemplate jdbc;

  private String newStaff(String prefix, String region, Role role) {
    return staffMembers.create(TestAccounts.ADMIN, prefix, "测试" + prefix, region, role);
  }

  private CaseTask teamTask(String leader, String code) {
    return scenarios.as(leader, () -> supervision.teamTasks(TeamSupervision.TeamFilter.none(), 0, 200)).stream()
        .filter(t -> t.trackingCode().equals(code)).findFirst().orElse(null);
  }

  private long reassignMails() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE reason = 'TASK_REASSIGNED'", Long.class);
  }

  @Test
  void aLeaderHandsATaskClaimedByAnOfficerToAColleagueWhoHoldsTheRoleAndBothAreTold() {
    String away = newStaff("away", "510311", Role.INVESTIGATOR);
    String colleague = newStaff("colleague", "510311", Role.INVESTIGATOR);
    Receipt receipt = scenarios.acceptedCase(ReportSpec.anonymous().region("510311"));
    String taskId = scenarios.taskId(away, receipt.code(), "verification");
    scenarios.as(away, () -> casework.claim(taskId));

    CaseTask claimed = teamTask(TestAccounts.LEADER, receipt.code());
    assertThat(claimed.assignee()).isEqualTo(away);
    assertThat(scenarios.as(TestAccounts.LEADER, () -> supervision.teamTasks(
        new TeamSupervision.TeamFilter("510311", away, false, false, null), 0, 50)))
        .extracting(CaseTask::taskId).containsExactly(taskId);
    List<Colleague> choice = scenarios.as(TestAccounts.LEADER, () -> supervision.colleaguesFor(taskId));
    assertThat(choice).extracting(Colleague::username).contains(colleague, TestAccounts.INVESTIGATOR).doesNotContain(away);

    // a reason is required, and only a holder of the role in the region may get it
    assertThatThrownBy(() -> scenarios.as(TestAccounts.LEADER, () -> supervision.reassign(taskId, colleague, " ")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> scenarios.as(TestAccounts.LEADER,
        () -> supervision.reassign(taskId, TestAccounts.INVESTIGATOR_2, "奉节县的同事来帮忙")))
        .isInstanceOf(InvalidInputException.class);

    long mailsBefore = reassignMails();
    scenarios.as(TestAccounts.LEADER, () -> supervision.reassign(taskId, colleague, "原办理人休假两周"));
    assertThat(teamTask(TestAccounts.LEADER, receipt.code()).assignee()).isEqualTo(colleague);
    assertThat(reassignMails()).as("the officer who lost the task and the one who got it").isEqualTo(mailsBefore + 2);
    assertThat(scenarios.as(TestAccounts.LEADER, () -> casework.auditTrail(receipt.code(), 0, 20)))
        .anySatisfy(e -> {
          assertThat(e.action()).isEqualTo("TASK_REASSIGNED");
          assertThat(e.actor()).isEqualTo(TestAccounts.LEADER);
          assertThat(e.detail()).contains("from=" + away, "to=" + colleague, "原办理人休假两周");
        });
    // the workload shows it under the new officer
    var load = scenarios.as(TestAccounts.LEADER, () -> supervision.workload());
    assertThat(load.officers()).anySatisfy(o -> {
      assertThat(o.username()).isEqualTo(colleague);
      assertThat(o.openTasks()).isEqualTo(1);
    });
    assertThat(load.counties()).anySatisfy(c -> assertThat(c.regionCode()).isEqualTo("510311"));
  }

  @Test
  void aLeaderOfAnotherRegionNeitherSeesNorReassignsTheTasksAndOtherRolesMayNotSupervise() {
    accounts.create(CQ_LEADER, "500000", Role.LEADER);
    Receipt receipt = scenarios.acceptedCase(ReportSpec.anonymous().region("510311"));
    String taskId = teamTask(TestAccounts.LEADER, receipt.code()).taskId();

    assertThat(teamTask(CQ_LEADER, receipt.code())).isNull();
    assertThatThrownBy(() -> scenarios.as(CQ_LEADER, () -> supervision.colleaguesFor(taskId)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenarios.as(CQ_LEADER,
        () -> supervision.reassign(taskId, TestAccounts.INVESTIGATOR, "跨地区改派")))
        .isInstanceOf(NotFoundException.class);
    assertThat(scenarios.as(CQ_LEADER, () -> supervision.workload()).counties())
        .noneSatisfy(c -> assertThat(c.regionCode()).startsWith("51"));
    // ADMIN supervises only where no LEADER works
    assertThatThrownBy(() -> scenarios.as(TestAccounts.ADMIN,
        () -> supervision.reassign(taskId, TestAccounts.INVESTIGATOR, "管理员改派")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenarios.as(TestAccounts.INVESTIGATOR,
        () -> supervision.teamTasks(TeamSupervision.TeamFilter.none(), 0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scenarios.as(TestAccounts.LEADER, () -> supervision.nationalQueue(null, 0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aBeijingReportWaitsInTheNationalQueueUntilAdminHandsItToANewIntakeOfficerWhoAcceptsIt() {
    Receipt receipt = scenarios.submittedReport(ReportSpec.anonymous().region("110105"));
    CaseTask queued = scenarios.as(TestAccounts.ADMIN, () -> supervision.nationalQueue(null, 0, 200)).stream()
        .filter(t -> t.trackingCode().equals(receipt.code())).findFirst().orElseThrow();
    assertThat(queued.taskKey()).isEqualTo("intakeReview");
    assertThat(teamTask(TestAccounts.LEADER, receipt.code())).isNull();
    // a Sichuan case, which its leaders supervise, is not in the national queue
    Receipt sichuan = scenarios.submittedReport(ReportSpec.anonymous().region("510311"));
    assertThat(scenarios.as(TestAccounts.ADMIN, () -> supervision.nationalQueue(null, 0, 200)))
        .extracting(CaseTask::trackingCode).contains(receipt.code()).doesNotContain(sichuan.code());

    String beijing = newStaff("bj", "110000", Role.INTAKE);
    assertThat(scenarios.as(TestAccounts.ADMIN, () -> supervision.colleaguesFor(queued.taskId())))
        .extracting(Colleague::username).contains(beijing);
    scenarios.as(TestAccounts.ADMIN, () -> supervision.reassign(queued.taskId(), beijing, "北京市尚无受理人员，交新开设账号办理"));

    // ADMIN decides nothing; the officer now holds the task and accepts it
    assertThat(scenarios.openTasks(beijing, receipt.code())).singleElement()
        .satisfies(t -> assertThat(t.assignee()).isEqualTo(beijing));
    scenarios.as(beijing, () -> casework.complete(queued.taskId(), Scenarios.form("ACCEPT", null, null, null)));
    assertThat(scenarios.as(TestAccounts.ADMIN, () -> supervision.nationalQueue(null, 0, 200)))
        .filteredOn(t -> t.trackingCode().equals(receipt.code())).extracting(CaseTask::taskKey)
        .containsExactly("verification");
  }
}
