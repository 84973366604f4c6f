package org.greenwhistle.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.greenwhistle.BackendIT;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.identity.domain.NewStaffMember;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.identity.service.UserAdminService;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A task nobody may take in its region goes to the region's leaders, or to ADMIN where there are none. */
@BackendIT
@AutoConfigureMockMvc
class UnassignedRegionIT extends ApiTestSupport {
  @Autowired UserAdminService admin;
  @Autowired TransactionTemplate tx;

  @Test
  void anIntakeNobodyCoversGoesToAdminWhoTransfersIt() throws Exception {
    // 东莞 441900: no intake officer and no leader covers Guangdong in this setup
    Receipt receipt = submit(SampleReports.anonymousJson("441900"));
    assertThat(scenarios.openTasks(TestAccounts.LEADER, receipt.code())).isEmpty();
    CaseTask task = scenarios.openTasks(TestAccounts.ADMIN, receipt.code()).get(0);
    assertThat(task.unassignedRegion()).isTrue();

    complete(TestAccounts.ADMIN, task.taskId(), "{\"outcome\":\"ACCEPT\"}").andExpect(status().isForbidden());
    complete(TestAccounts.ADMIN, task.taskId(),
        "{\"outcome\":\"TRANSFER\",\"transferRegion\":\"510311\",\"reason\":\"现场实际位于沿滩区\"}")
        .andExpect(status().isNoContent());
    CaseTask transferred = scenarios.openTasks(TestAccounts.INTAKE, receipt.code()).get(0);
    assertThat(transferred.taskKey()).isEqualTo("intakeReview");
    assertThat(transferred.unassignedRegion()).isFalse();
  }

  @Test
  void aVerificationNobodyCoversGoesToTheLeaderUntilAnInvestigatorIsCreated() throws Exception {
    // 自流井区 510302 has no investigator
    Receipt receipt = submit(SampleReports.anonymousJson("510302"));
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview"), "{\"outcome\":\"ACCEPT\"}")
        .andExpect(status().isNoContent());
    CaseTask task = scenarios.openTasks(TestAccounts.LEADER, receipt.code()).get(0);
    assertThat(task.taskKey()).isEqualTo("verification");
    assertThat(task.unassignedRegion()).isTrue();

    scenarios.as(TestAccounts.ADMIN, () -> admin.createStaff(new NewStaffMember(
        "zlj" + UUID.randomUUID().toString().substring(0, 6), "自流井执法员", "zlj@bureau.example", "510302",
        EnumSet.of(Role.INVESTIGATOR))));
    assertThat(scenarios.openTasks(TestAccounts.LEADER, receipt.code())).isEmpty();
  }
}
