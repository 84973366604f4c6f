package org.greenwhistle.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/**
 * Both outcomes of the closure approval keep the leader's comment: a return is recorded with its reason and
 * puts the case back at verification (and says so); an approval's comment is on the case's timeline. The
 * reporter sees the steps, not the leader's internal reasoning.
 */
@BackendIT
@AutoConfigureMockMvc
class ClosureApprovalIT extends ApiTestSupport {
  private static final String RETURN_REASON = "核查记录未写明采样点位，请补充后重新提交。";
  private static final String APPROVAL_COMMENT = "核查充分，同意办结。";

  @Test
  void aReturnKeepsItsReasonAndPutsTheCaseBackAtVerificationAndAnApprovalKeepsItsComment() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview"), "{\"outcome\":\"ACCEPT\"}")
        .andExpect(status().isNoContent());
    verifyNotConfirmed(receipt);
    assertThat(caseDetail(receipt).get("status").asText()).isEqualTo("AWAITING_CLOSURE");

    // a return must say why
    String closure = claimTask(TestAccounts.LEADER, receipt.code(), "closureApproval");
    complete(TestAccounts.LEADER, closure, "{\"outcome\":\"RETURN\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("comment"));
    complete(TestAccounts.LEADER, closure, "{\"outcome\":\"RETURN\",\"comment\":\"" + RETURN_REASON + "\"}")
        .andExpect(status().isNoContent());

    JsonNode returned = caseDetail(receipt);
    assertThat(returned.get("status").asText()).isEqualTo("IN_VERIFICATION");
    assertThat(openTasks(returned)).containsExactly("verification");
    assertThat(timeline(returned)).contains("CLOSURE_RETURNED：" + RETURN_REASON);
    assertThat(decisions(returned)).anyMatch(d -> d.startsWith("closureApproval RETURN") && d.contains(RETURN_REASON));
    JsonNode reporterAfterReturn = followUp(receipt);
    assertThat(reporterAfterReturn.get("status").asText()).isEqualTo("IN_VERIFICATION");
    assertThat(timeline(reporterAfterReturn)).contains("CLOSURE_RETURNED");
    assertThat(reporterAfterReturn.toString()).doesNotContain(RETURN_REASON);

    // verified again, then approved with a comment
    verifyNotConfirmed(receipt);
    String second = claimTask(TestAccounts.LEADER, receipt.code(), "closureApproval");
    complete(TestAccounts.LEADER, second, "{\"outcome\":\"APPROVE\",\"comment\":\"" + APPROVAL_COMMENT + "\"}")
        .andExpect(status().isNoContent());

    JsonNode closed = caseDetail(receipt);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(timeline(closed)).containsSubsequence("CLOSURE_RETURNED：" + RETURN_REASON, "VERIFIED：NOT_CONFIRMED",
        "CLOSURE_APPROVED：" + APPROVAL_COMMENT, "CLOSED：NOT_CONFIRMED");
    assertThat(decisions(closed)).anyMatch(d -> d.startsWith("closureApproval APPROVE") && d.contains(APPROVAL_COMMENT));
    JsonNode reporterAfterClosure = followUp(receipt);
    assertThat(timeline(reporterAfterClosure)).doesNotContain("CLOSURE_APPROVED：" + APPROVAL_COMMENT)
        .noneMatch(e -> e.startsWith("CLOSURE_APPROVED"));
    assertThat(reporterAfterClosure.toString()).doesNotContain(APPROVAL_COMMENT);
  }

  @Test
  void anApprovalWithoutACommentStillCloses() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview"), "{\"outcome\":\"ACCEPT\"}")
        .andExpect(status().isNoContent());
    verifyNotConfirmed(receipt);
    complete(TestAccounts.LEADER, claimTask(TestAccounts.LEADER, receipt.code(), "closureApproval"),
        "{\"outcome\":\"APPROVE\"}").andExpect(status().isNoContent());
    JsonNode closed = caseDetail(receipt);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(timeline(closed)).contains("CLOSURE_APPROVED");
  }

  private void verifyNotConfirmed(Receipt receipt) throws Exception {
    complete(TestAccounts.INVESTIGATOR, claimTask(TestAccounts.INVESTIGATOR, receipt.code(), "verification"), """
        {"outcome":"NOT_CONFIRMED","inspectionDate":"2026-11-22","findings":"现场未发现排污口，周边水体无异常。"}
        """).andExpect(status().isNoContent());
  }

  private JsonNode caseDetail(Receipt receipt) throws Exception {
    return json.readTree(as(TestAccounts.LEADER, get("/api/v1/cases/" + receipt.code()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private static List<String> timeline(JsonNode c) {
    List<String> steps = new ArrayList<>();
    c.get("timeline").forEach(e -> steps.add(e.get("type").asText()
        + (e.hasNonNull("note") ? "：" + e.get("note").asText() : "")));
    return steps;
  }

  private static List<String> decisions(JsonNode c) {
    List<String> list = new ArrayList<>();
    c.get("decisions").forEach(d -> list.add(d.get("taskKey").asText() + " " + d.get("outcome").asText()
        + (d.hasNonNull("details") ? " " + d.get("details").asText() : "")));
    return list;
  }

  private static List<String> openTasks(JsonNode c) {
    List<String> list = new ArrayList<>();
    c.get("openTasks").forEach(t -> list.add(t.get("taskKey").asText()));
    return list;
  }
}
