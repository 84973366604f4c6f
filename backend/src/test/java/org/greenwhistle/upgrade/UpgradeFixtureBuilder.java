package org.greenwhistle.upgrade;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.spin.plugin.variable.SpinValues;
import org.greenwhistle.BackendIT;
import org.greenwhistle.casework.api.CaseworkTestSupport;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

/**
 * Builds the in-place upgrade fixture on the Camunda 7.24 release: one case in each waiting state, then the
 * database is dumped (see backend/src/test/resources/upgrade/README.md). Not an IT: run only by name.
 */
@BackendIT
@AutoConfigureMockMvc
class UpgradeFixtureBuilder extends CaseworkTestSupport {
  private static final String ELIGIBLE = """
      {"excludedPerson":false,"falseIdentity":false,"alreadyKnown":false,"contributionGrade":1,"insider":false}
      """;

  @Autowired RuntimeService runtime;

  @Test
  void casesInEveryWaitingState() throws Exception {
    Properties cases = new Properties();
    Receipt intake = submit(SampleReports.realNameJson(SampleReports.ID_NUMBER));
    put(cases, "intake", intake);

    Receipt verification = submit(SampleReports.realNameJson(SampleReports.ID_NUMBER));
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, verification.code(), "intakeReview"),
        "{\"outcome\":\"ACCEPT\"}").andExpect(status().isNoContent());
    // serialized variables of both kinds the engine stores: a Spin JSON value and a JSON-serialized object
    String pid = runtime.createProcessInstanceQuery().processDefinitionKey("report-handling")
        .processInstanceBusinessKey(verification.code()).singleResult().getId();
    runtime.setVariable(pid, "upgradeJson", SpinValues.jsonValue("{\"kind\":\"spin\",\"items\":[1,2,3]}").create());
    runtime.setVariable(pid, "upgradeObject", Variables.objectValue(new ArrayList<>(List.of("甲", "乙")))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    put(cases, "verification", verification);

    Receipt finance = closedConfirmedCase("200000", "1000000");
    review(finance);
    put(cases, "finance", finance);

    Receipt claim = closedConfirmedCase("150000", "1000000");
    review(claim);
    as(TestAccounts.FINANCE, post("/api/v1/payouts/" + payoutId(claim) + "/decision")
        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}")).andExpect(status().isNoContent());
    put(cases, "claim", claim);

    Path out = Path.of("target/upgrade-fixture/cases.properties");
    Files.createDirectories(out.getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      cases.store(w, "cases of the upgrade fixture: tracking code and access key");
    }
  }

  private static void put(Properties cases, String state, Receipt receipt) {
    cases.setProperty(state + ".code", receipt.code());
    cases.setProperty(state + ".key", receipt.key());
  }

  private Receipt closedConfirmedCase(String fine, String maxFine) throws Exception {
    Receipt receipt = submit(SampleReports.realNameJson(SampleReports.ID_NUMBER));
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview"),
        "{\"outcome\":\"ACCEPT\"}").andExpect(status().isNoContent());
    complete(TestAccounts.INVESTIGATOR, claimTask(TestAccounts.INVESTIGATOR, receipt.code(), "verification"), """
        {"outcome":"CONFIRMED","inspectionDate":"2026-11-22","findings":"现场发现危险废物露天堆放，无防渗措施。"}
        """).andExpect(status().isNoContent());
    complete(TestAccounts.INVESTIGATOR, claimTask(TestAccounts.INVESTIGATOR, receipt.code(), "enforcementDecision"), """
        {"enforcement":{"penaltyDecisionNumber":"自环罚〔2026〕31号","decisionDate":"2026-11-25",
          "items":[{"violationType":"HAZARDOUS_WASTE","outcomes":["FINE","ORDER_TO_CORRECT"],
                    "fineAmount":%s,"statutoryMaxFine":%s}],
          "incidentGrade":"NONE"}}
        """.formatted(fine, maxFine)).andExpect(status().isNoContent());
    complete(TestAccounts.LEADER, claimTask(TestAccounts.LEADER, receipt.code(), "closureApproval"),
        "{\"outcome\":\"APPROVE\"}").andExpect(status().isNoContent());
    return receipt;
  }

  private void review(Receipt receipt) throws Exception {
    as(TestAccounts.LEADER, post("/api/v1/rewards/tasks/" + task(TestAccounts.LEADER, receipt.code(), "rewardReview")
        + "/review").contentType(MediaType.APPLICATION_JSON).content(ELIGIBLE)).andExpect(status().isNoContent());
    for (JsonNode t : tasks(TestAccounts.LEADER_2, receipt.code())) {
      if (t.get("taskKey").asText().equals("rewardSecondApproval")) {
        as(TestAccounts.LEADER_2, post("/api/v1/rewards/tasks/" + t.get("taskId").asText() + "/second-approval")
            .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}")).andExpect(status().isNoContent());
      }
    }
  }

  private String task(String user, String code, String taskKey) throws Exception {
    for (JsonNode t : tasks(user, code)) {
      if (t.get("taskKey").asText().equals(taskKey)) {
        return t.get("taskId").asText();
      }
    }
    throw new AssertionError(user + " sees no " + taskKey + " for " + code);
  }

  private JsonNode tasks(String user, String code) throws Exception {
    return json.readTree(as(user, get("/api/v1/tasks").param("q", code).param("limit", "200"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("items");
  }

  private long payoutId(Receipt receipt) throws Exception {
    JsonNode page = json.readTree(as(TestAccounts.FINANCE, get("/api/v1/payouts").param("q", receipt.code()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    for (JsonNode item : page.get("items")) {
      if ("financeApproval".equals(item.path("taskKey").asText())) {
        return item.get("rewardId").asLong();
      }
    }
    throw new AssertionError("no payout awaiting finance for " + receipt.code());
  }
}
