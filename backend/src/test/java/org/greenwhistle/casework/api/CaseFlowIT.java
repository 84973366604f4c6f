package org.greenwhistle.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.RuntimeService;
import org.greenwhistle.BackendIT;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.mail.StoredMails;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** A report from intake to closure through the staff REST API, seen on the citizen's follow-up. */
@BackendIT
@AutoConfigureMockMvc
class CaseFlowIT extends ApiTestSupport {
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired FieldCipher cipher;

  @Test
  void intakeAcceptsTheInvestigatorFinesAndTheLeaderClosesAndTheReporterSeesEachStep() throws Exception {
    Receipt receipt = submit(SampleReports.realNameJson(SampleReports.ID_NUMBER));

    String intake = claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview");
    complete(TestAccounts.INTAKE, intake, "{\"outcome\":\"ACCEPT\"}").andExpect(status().isNoContent());

    String verification = claimTask(TestAccounts.INVESTIGATOR, receipt.code(), "verification");
    complete(TestAccounts.INVESTIGATOR, verification, """
        {"outcome":"CONFIRMED","inspectionDate":"2026-11-22","findings":"现场发现危险废物露天堆放约 5 吨，无防渗措施。"}
        """).andExpect(status().isNoContent());

    String decision = claimTask(TestAccounts.INVESTIGATOR, receipt.code(), "enforcementDecision");
    complete(TestAccounts.INVESTIGATOR, decision, """
        {"enforcement":{"penaltyDecisionNumber":"自环罚〔2026〕12号","decisionDate":"2026-11-25",
          "items":[{"violationType":"HAZARDOUS_WASTE","outcomes":["FINE","ORDER_TO_CORRECT"],
                    "fineAmount":200000,"statutoryMaxFine":1000000}],
          "incidentGrade":"NONE"}}
        """).andExpect(status().isNoContent());

    String closure = claimTask(TestAccounts.LEADER, receipt.code(), "closureApproval");
    complete(TestAccounts.LEADER, closure, "{\"outcome\":\"APPROVE\"}").andExpect(status().isNoContent());

    JsonNode followUp = followUp(receipt);
    assertThat(followUp.get("status").asText()).isEqualTo("CLOSED");
    List<String> steps = new ArrayList<>();
    followUp.get("timeline").forEach(e -> steps.add(e.get("type").asText()));
    assertThat(steps).containsSubsequence("SUBMITTED", "ACCEPTED", "VERIFIED", "DECIDED", "CLOSED");

    // the reporter wants a reward, so the case now waits in the reward process called with it
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("reward")
        .processInstanceBusinessKey(receipt.code()).count()).isEqualTo(1);

    // the case page shows the decisions; the reporter got mail for each step (queued, encrypted recipient)
    as(TestAccounts.LEADER, get("/api/v1/cases/" + receipt.code()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decisions[*].outcome", hasItem("CONFIRMED")))
        .andExpect(jsonPath("$.decisions[*].taskKey", hasItem("enforcementDecision")));
    assertThat(new StoredMails(jdbc, cipher).countContaining(receipt.code().substring(2, 7))).isGreaterThanOrEqualTo(5);
    // every step is in the case's audit chain
    assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", String.class,
        receipt.code())).contains("REPORT_SUBMITTED", "TASK_COMPLETED", "STATUS_CLOSED");

    // a later arrest is recorded on the closed case and shown to the reporter
    as(TestAccounts.LEADER, post("/api/v1/cases/" + receipt.code() + "/criminal-outcomes")
        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"ARREST\",\"date\":\"2026-11-27\"}"))
        .andExpect(status().isNoContent());
    assertThat(followUp(receipt).get("timeline").toString()).contains("ARREST");
    // ADMIN verifies the case's audit chain
    as(TestAccounts.ADMIN, get("/api/v1/admin/audit/" + receipt.code() + "/verify"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.firstBrokenSeq").doesNotExist());
    as(TestAccounts.LEADER, get("/api/v1/admin/audit/" + receipt.code() + "/verify")).andExpect(status().isForbidden());
  }

  @Test
  void taskFormsRejectBadInputWithFieldErrors() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    String intake = claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview");
    complete(TestAccounts.INTAKE, intake, "{\"outcome\":\"REJECT\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("rejectReason"));
    complete(TestAccounts.INTAKE, intake, "{\"outcome\":\"MAYBE\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("outcome"));
    complete(TestAccounts.INTAKE, intake, "{\"outcome\":\"TRANSFER\",\"transferRegion\":\"510000\",\"reason\":\"x\"}")
        .andExpect(status().isBadRequest());
    complete(TestAccounts.INTAKE, intake, "{\"outcome\":\"ACCEPT\"}").andExpect(status().isNoContent());

    String verification = claimTask(TestAccounts.INVESTIGATOR, receipt.code(), "verification");
    complete(TestAccounts.INVESTIGATOR, verification, "{\"outcome\":\"CONFIRMED\",\"inspectionDate\":\"2099-01-01\",\"findings\":\"短\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("inspectionDate")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("findings")));
  }

  @Test
  void aRequestForInformationIsAnsweredFromTheFollowUpAndIntakeResumes() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    String intake = claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview");
    complete(TestAccounts.INTAKE, intake, "{\"outcome\":\"REQUEST_INFO\",\"message\":\"请补充排污口的具体位置。\"}")
        .andExpect(status().isNoContent());
    JsonNode asked = followUp(receipt);
    assertThat(asked.get("status").asText()).isEqualTo("INFO_REQUESTED");
    assertThat(asked.get("messages").get(0).get("body").asText()).contains("排污口");

    mvc.perform(post("/api/v1/reports/" + receipt.code() + "/messages").header("X-Access-Key", receipt.key())
            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"在围墙东侧第二根电线杆下。\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
    claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview");
  }

  @Test
  void aDuplicateFollowsTheEarlierCase() throws Exception {
    Receipt first = submit(SampleReports.anonymousJson("510311"));
    Receipt second = submit(SampleReports.anonymousJson("510311"));
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, first.code(), "intakeReview"), "{\"outcome\":\"ACCEPT\"}")
        .andExpect(status().isNoContent());
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, second.code(), "intakeReview"),
        "{\"outcome\":\"LINK_DUPLICATE\",\"linkTo\":\"" + first.code() + "\"}").andExpect(status().isNoContent());

    JsonNode linked = followUp(second);
    assertThat(linked.get("status").asText()).isEqualTo("ACCEPTED");
    as(TestAccounts.LEADER, get("/api/v1/cases/" + second.code()))
        .andExpect(jsonPath("$.linkedTo").value(first.code()))
        .andExpect(jsonPath("$.decisions[0].details", org.hamcrest.Matchers.containsString("firstReporterReportId")));
  }

  @Test
  void aMisroutedCaseIsTransferredAndAudited() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview"),
        "{\"outcome\":\"TRANSFER\",\"transferRegion\":\"510302\",\"reason\":\"地址位于自流井区\"}")
        .andExpect(status().isNoContent());
    as(TestAccounts.LEADER, get("/api/v1/cases/" + receipt.code()))
        .andExpect(jsonPath("$.regionCode").value("510302"))
        .andExpect(jsonPath("$.openTasks[0].taskKey").value("intakeReview"));
    // the Yantan investigator's region no longer contains the case
    as(TestAccounts.INVESTIGATOR, get("/api/v1/cases/" + receipt.code())).andExpect(status().isNotFound());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE chain_key = ? AND action = 'STATUS_TRANSFERRED'",
        Integer.class, receipt.code())).isEqualTo(1);
  }
}
