package org.greenwhistle.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/** Staff of other regions can neither see nor act on a 510311 case, whatever the client. */
@BackendIT
@AutoConfigureMockMvc
class CaseAccessIT extends ApiTestSupport {
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;

  @Test
  void otherRegionsCannotListOpenClaimOrCompleteThroughTheRestApi() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    String intake = scenarios.taskId(TestAccounts.INTAKE, receipt.code(), "intakeReview");

    for (String outsider : List.of(TestAccounts.INVESTIGATOR_2, TestAccounts.CQ_INTAKE)) {
      String tasks = as(outsider, get("/api/v1/tasks").param("limit", "200")).andExpect(status().isOk())
          .andReturn().getResponse().getContentAsString();
      assertThat(tasks).doesNotContain(receipt.code());
      String cases = as(outsider, get("/api/v1/cases").param("limit", "200")).andExpect(status().isOk())
          .andReturn().getResponse().getContentAsString();
      assertThat(cases).doesNotContain(receipt.code());
      as(outsider, get("/api/v1/cases/" + receipt.code())).andExpect(status().isNotFound());
      as(outsider, post("/api/v1/tasks/" + intake + "/claim")).andExpect(status().isNotFound());
      complete(outsider, intake, "{\"outcome\":\"ACCEPT\"}").andExpect(status().isNotFound());
    }
    // a citizen or an anonymous caller gets nothing either
    mvc.perform(get("/api/v1/cases/" + receipt.code())).andExpect(status().isUnauthorized());
    // the intake officer of the province can
    as(TestAccounts.INTAKE, get("/api/v1/cases/" + receipt.code())).andExpect(status().isOk());
  }

  @Test
  void otherRegionsCannotClaimOrCompleteThroughTheEngineEither() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    String intake = scenarios.taskId(TestAccounts.INTAKE, receipt.code(), "intakeReview");

    asEngineUser(TestAccounts.CQ_INTAKE, "INTAKE", () ->
        assertThatThrownBy(() -> taskService.complete(intake, Map.of("intakeOutcome", "ACCEPT")))
            .satisfies(CaseAccessIT::refusedByTaskRules));
    asEngineUser(TestAccounts.INVESTIGATOR_2, "INVESTIGATOR", () ->
        assertThatThrownBy(() -> taskService.complete(intake, Map.of("intakeOutcome", "ACCEPT")))
            .satisfies(CaseAccessIT::refusedByTaskRules));
    assertThatThrownBy(() -> taskService.claim(intake, TestAccounts.CQ_INTAKE))
        .satisfies(CaseAccessIT::refusedByTaskRules);
    // nobody authenticated: refused as well
    assertThatThrownBy(() -> taskService.complete(intake, Map.of("intakeOutcome", "ACCEPT")))
        .satisfies(CaseAccessIT::refusedByTaskRules);
    // an ADMIN administers but holds no case role
    asEngineUser(TestAccounts.ADMIN, "ADMIN", () ->
        assertThatThrownBy(() -> taskService.complete(intake, Map.of("intakeOutcome", "ACCEPT")))
            .satisfies(CaseAccessIT::refusedByTaskRules));
    // the right person, but no decision: refused by the engine-side rules
    asEngineUser(TestAccounts.INTAKE, "INTAKE", () ->
        assertThatThrownBy(() -> taskService.complete(intake))
            .hasMessageContaining("intakeOutcome"));
    asEngineUser(TestAccounts.INTAKE, "INTAKE", () -> taskService.complete(intake, Map.of("intakeOutcome", "ACCEPT")));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(receipt.code()).singleResult()
        .getTaskDefinitionKey()).isEqualTo("verification");
  }

  @Test
  void aLeaderReassignsOnlyToEligibleColleagues() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    String intake = scenarios.taskId(TestAccounts.INTAKE, receipt.code(), "intakeReview");
    String body = "{\"taskIds\":[\"" + intake + "\"],\"username\":\"%s\"}";
    as(TestAccounts.LEADER, post("/api/v1/tasks/reassign").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .content(body.formatted(TestAccounts.CQ_INTAKE))).andExpect(status().isForbidden());
    as(TestAccounts.INTAKE, post("/api/v1/tasks/reassign").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .content(body.formatted(TestAccounts.INTAKE))).andExpect(status().isForbidden());
    as(TestAccounts.LEADER, post("/api/v1/tasks/reassign").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .content(body.formatted(TestAccounts.INTAKE))).andExpect(status().isNoContent());
    assertThat(taskService.createTaskQuery().taskId(intake).singleResult().getAssignee()).isEqualTo(TestAccounts.INTAKE);
  }

  /** Camunda wraps a listener's exception; the task rules' refusal is its cause. */
  private static void refusedByTaskRules(Throwable thrown) {
    Throwable cause = thrown;
    while (!(cause instanceof AuthorizationException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertThat(cause).isInstanceOf(AuthorizationException.class);
  }

  private void asEngineUser(String user, String group, Runnable action) {
    identity.setAuthentication(user, List.of(group));
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }
}
