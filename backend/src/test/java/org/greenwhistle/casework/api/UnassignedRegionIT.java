package org.greenwhistle.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.UUID;
import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.domain.NewStaffMember;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.AccountUserDetailsService;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.identity.service.UserAdminService;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** A task nobody may take in its region goes to the region's leaders, or to ADMIN where there are none. */
@BackendIT
@AutoConfigureMockMvc
class UnassignedRegionIT extends ApiTestSupport {
  @Autowired UserAdminService admin;
  @Autowired AccountUserDetailsService users;
  @Autowired TransactionTemplate tx;

  private JsonNode taskOf(String user, String code) throws Exception {
    JsonNode items = json.readTree(as(user, get("/api/v1/tasks").param("q", code)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).get("items");
    return items.isEmpty() ? null : items.get(0);
  }

  @Test
  void anIntakeNobodyCoversGoesToAdminWhoTransfersIt() throws Exception {
    // 东莞 441900: no intake officer and no leader covers Guangdong in this setup
    Receipt receipt = submit(SampleReports.anonymousJson("441900"));
    assertThat(taskOf(TestAccounts.LEADER, receipt.code())).isNull();
    JsonNode task = taskOf(TestAccounts.ADMIN, receipt.code());
    assertThat(task.get("unassignedRegion").asBoolean()).isTrue();

    complete(TestAccounts.ADMIN, task.get("taskId").asText(), "{\"outcome\":\"ACCEPT\"}").andExpect(status().isForbidden());
    complete(TestAccounts.ADMIN, task.get("taskId").asText(),
        "{\"outcome\":\"TRANSFER\",\"transferRegion\":\"510311\",\"reason\":\"现场实际位于沿滩区\"}")
        .andExpect(status().isNoContent());
    JsonNode transferred = taskOf(TestAccounts.INTAKE, receipt.code());
    assertThat(transferred.get("taskKey").asText()).isEqualTo("intakeReview");
    assertThat(transferred.get("unassignedRegion").asBoolean()).isFalse();
  }

  @Test
  void aVerificationNobodyCoversGoesToTheLeaderUntilAnInvestigatorIsCreated() throws Exception {
    // 自流井区 510302 has no investigator
    Receipt receipt = submit(SampleReports.anonymousJson("510302"));
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview"), "{\"outcome\":\"ACCEPT\"}")
        .andExpect(status().isNoContent());
    JsonNode task = taskOf(TestAccounts.LEADER, receipt.code());
    assertThat(task.get("taskKey").asText()).isEqualTo("verification");
    assertThat(task.get("unassignedRegion").asBoolean()).isTrue();

    var adminUser = users.loadUserByUsername(TestAccounts.ADMIN);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(adminUser, null, adminUser.getAuthorities()));
    try {
      admin.createStaff(new NewStaffMember("zlj" + UUID.randomUUID().toString().substring(0, 6), "自流井执法员", null,
          "510302", EnumSet.of(Role.INVESTIGATOR)));
    } finally {
      SecurityContextHolder.clearContext();
    }
    assertThat(taskOf(TestAccounts.LEADER, receipt.code())).isNull();
  }
}
