package org.greenwhistle.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.RewardCase;
import org.greenwhistle.scenario.Scenarios.Fine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rewards through the REST API on MariaDB: LEADER reviews, FINANCE approves, the reporter claims with the identity
 * given in the report, another FINANCE exports the bank batch and records the payment; the four-eyes rules hold
 * through our API and through Camunda's TaskService alike.
 */
@BackendIT
@AutoConfigureMockMvc
class RewardFlowIT extends ApiTestSupport {
  private static final String ELIGIBLE = """
      {"excludedPerson":false,"falseIdentity":false,"alreadyKnown":false,"contributionGrade":1,"insider":false}
      """;

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @Test
  void leaderReviewsFinanceApprovesTheReporterClaimsAndAnotherFinanceOfficerPays() throws Exception {
    Receipt receipt = scenarios.closedCase(ReportSpec.realName(), Fine.of(200_000, 1_000_000));

    String review = scenarios.taskId(TestAccounts.LEADER, receipt.code(), "rewardReview");
    reviewAs(TestAccounts.LEADER, review, ELIGIBLE).andExpect(status().isNoContent());
    Map<String, Object> reward = reward(receipt.code());
    assertThat((String) reward.get("rule_set")).startsWith("sichuan-2023");
    assertThat(reward.get("reviewed_by")).isEqualTo(TestAccounts.LEADER);
    assertThat(reward.get("basis").toString()).contains("200,000").contains("四川");
    if ("SECOND_APPROVAL".equals(reward.get("status"))) {
      String second = scenarios.taskId(TestAccounts.LEADER_2, receipt.code(), "rewardSecondApproval");
      as(TestAccounts.LEADER, post("/api/v1/rewards/tasks/" + second + "/second-approval")
          .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}")).andExpect(status().isBadRequest());
      as(TestAccounts.LEADER_2, post("/api/v1/rewards/tasks/" + second + "/second-approval")
          .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}")).andExpect(status().isNoContent());
    }

    long rewardId = ((Number) reward(receipt.code()).get("id")).longValue();
    // the queue shows the reward at FINANCE's approval and no personal data; the payout itself shows the reporter's
    // name to FINANCE
    String queue = as(TestAccounts.FINANCE, get("/api/v1/payouts").param("q", receipt.code()))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(queue).contains("\"rewardId\":" + rewardId).contains("financeApproval")
        .doesNotContain(SampleReports.NAME);
    as(TestAccounts.FINANCE, get("/api/v1/payouts/" + rewardId))
        .andExpect(status().isOk()).andExpect(jsonPath("$.reporterName").value(SampleReports.NAME));
    as(TestAccounts.CQ_FINANCE, get("/api/v1/payouts/" + rewardId)).andExpect(status().isNotFound());
    decide(TestAccounts.FINANCE, rewardId, "{\"approve\":true}").andExpect(status().isNoContent());
    assertThat(reward(receipt.code()).get("status")).isEqualTo("GRANTED");
    assertThat(timeline(receipt)).contains("REWARD_GRANTED");

    // the reporter claims: the identity must match the report's, the bank account is stored encrypted
    JsonNode rewards = json.readTree(mvc.perform(get("/api/v1/reports/" + receipt.code() + "/rewards")
        .header("X-Access-Key", receipt.key())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(rewards.get(0).get("status").asText()).isEqualTo("GRANTED");
    claim(receipt, rewardId, SampleReports.NAME, "110105194912310037", "6222020200112233445")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("idNumber"));
    claim(receipt, rewardId, SampleReports.NAME, SampleReports.ID_NUMBER, "12ab")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bankAccount"));
    SampleReports.rememberSecret("6222020200112233445");
    claim(receipt, rewardId, SampleReports.NAME, SampleReports.ID_NUMBER, "6222 0202 0011 2233 445")
        .andExpect(status().isNoContent());
    claim(receipt, rewardId, SampleReports.NAME, SampleReports.ID_NUMBER, "6222020200112233445")
        .andExpect(status().isBadRequest());
    assertThat(reward(receipt.code()).get("bank_account_enc").toString()).doesNotContain("6222020200112233445");

    // four-eyes: the approver may not record the payment, through our API ...
    String payoutTask = scenarios.taskId(TestAccounts.FINANCE_2, receipt.code(), "recordPayout");
    payment(TestAccounts.FINANCE_2, rewardId).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("payout.error.notExported"));
    // the approver's bank batch leaves out what they approved
    as(TestAccounts.FINANCE, post("/api/v1/payouts/batches"));
    assertThat(reward(receipt.code()).get("batch_id")).isNull();
    // ... nor through Camunda's TaskService with that user authenticated
    identity.setAuthentication(TestAccounts.FINANCE, List.of("FINANCE"));
    try {
      assertThatThrownBy(() -> taskService.complete(payoutTask, Map.of("paymentReference", "BANK-1",
          "paymentDate", "2026-11-28"))).hasRootCauseInstanceOf(org.operaton.bpm.engine.AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }

    // another finance officer exports the bank batch (each claimed reward once) and records the payment
    String csv = as(TestAccounts.FINANCE_2, post("/api/v1/payouts/batches")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains(receipt.code()).contains("6222020200112233445");
    assertThat(reward(receipt.code()).get("batch_id")).isNotNull();
    String again = as(TestAccounts.FINANCE_2, post("/api/v1/payouts/batches"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(again).doesNotContain(receipt.code());
    payment(TestAccounts.FINANCE, rewardId).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("case.error.fourEyes"));
    // another region's FINANCE cannot download the batch with this payee's bank data
    long batchId = ((Number) reward(receipt.code()).get("batch_id")).longValue();
    as(TestAccounts.CQ_FINANCE, get("/api/v1/payouts/batches/" + batchId)).andExpect(status().isNotFound());
    as(TestAccounts.FINANCE_2, get("/api/v1/payouts/abc")).andExpect(status().isBadRequest());
    payment(TestAccounts.FINANCE_2, rewardId).andExpect(status().isNoContent());
    assertThat(reward(receipt.code()).get("status")).isEqualTo("PAID");
    assertThat(reward(receipt.code()).get("paid_by")).isEqualTo(TestAccounts.FINANCE_2);
    assertThat(timeline(receipt)).contains("REWARD_CLAIMED", "REWARD_PAID");
    as(TestAccounts.FINANCE_2, get("/api/v1/payouts/ledger")).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.provinceCode == '510000')]").exists());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(receipt.code()).count()).isZero();
    assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE chain_key = ?", String.class, receipt.code()))
        .contains("REWARD_CALCULATED", "REWARD_GRANTED", "REWARD_CLAIMED", "PAYOUT_VIEWED", "REWARD_PAID");
  }

  @Test
  void theReviewerCannotApproveThePayoutAndAFinanceRejectionGoesBackToReview() throws Exception {
    RewardCase awaiting = scenarios.rewardAwaitingFinance(ReportSpec.realName(), Fine.of(50_000, 500_000));
    Receipt receipt = awaiting.receipt();
    String financeTask = scenarios.taskId(TestAccounts.FINANCE, receipt.code(), "financeApproval");
    // the reviewer, even holding FINANCE, may not approve: TaskService with the reviewer authenticated is refused
    identity.setAuthentication(TestAccounts.LEADER, List.of("LEADER", "FINANCE"));
    try {
      assertThatThrownBy(() -> taskService.complete(financeTask, Map.of("financeOutcome", "APPROVE")))
          .hasRootCauseInstanceOf(org.operaton.bpm.engine.AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
    long rewardId = awaiting.rewardId();
    decide(TestAccounts.FINANCE, rewardId, "{\"approve\":false}").andExpect(status().isBadRequest());
    decide(TestAccounts.FINANCE, rewardId, "{\"approve\":false,\"comment\":\"处罚决定书编号有误，请核对\"}")
        .andExpect(status().isNoContent());
    assertThat(reward(receipt.code()).get("status")).isEqualTo("IN_REVIEW");
    assertThat(reward(receipt.code()).get("return_reason")).isEqualTo("处罚决定书编号有误，请核对");
    scenarios.taskId(TestAccounts.LEADER, receipt.code(), "rewardReview");
  }

  @Test
  void anIneligibleReporterIsDeclinedAndAnAmountOutsideTheRangeIsRefused() throws Exception {
    Receipt receipt = scenarios.closedCase(ReportSpec.realName(), Fine.of(100_000, 1_000_000));
    String review = scenarios.taskId(TestAccounts.LEADER, receipt.code(), "rewardReview");
    reviewAs(TestAccounts.LEADER, review, """
        {"excludedPerson":false,"falseIdentity":false,"alreadyKnown":false,"contributionGrade":2,"insider":false,
         "proposedAmount":99999999,"amountReason":"超出范围的金额"}
        """).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("proposedAmount"));
    reviewAs(TestAccounts.LEADER, review, "{\"excludedPerson\":false,\"falseIdentity\":false}")
        .andExpect(status().isBadRequest());
    reviewAs(TestAccounts.LEADER, review, """
        {"excludedPerson":false,"falseIdentity":false,"alreadyKnown":true}
        """).andExpect(status().isNoContent());
    assertThat(reward(receipt.code()).get("status")).isEqualTo("DECLINED");
    assertThat(timeline(receipt)).contains("REWARD_DECLINED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(receipt.code()).count()).isZero();
  }

  @Test
  void ofTwoReportersOfOneViolationOnlyTheFirstIsRewarded() throws Exception {
    Receipt first = submit(SampleReports.realNameJson(SampleReports.ID_NUMBER));
    Receipt second = submit(SampleReports.realNameJson(SampleReports.ID_NUMBER));
    String intake = claimTask(TestAccounts.INTAKE, second.code(), "intakeReview");
    complete(TestAccounts.INTAKE, intake, "{\"outcome\":\"LINK_DUPLICATE\",\"linkTo\":\"" + first.code() + "\"}")
        .andExpect(status().isNoContent());
    scenarios.close(first, Fine.of(80_000, 500_000));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("reward")
        .processInstanceBusinessKey(first.code()).count()).isEqualTo(1);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("reward")
        .processInstanceBusinessKey(second.code()).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reward w JOIN report r ON r.id = w.report_id "
        + "WHERE r.tracking_code = ?", Integer.class, second.code())).isZero();
  }

  @Test
  void anArrestRecordedAfterTheGrantEarnsASupplementaryRewardOfTheDifference() throws Exception {
    Receipt receipt = scenarios.grantedReward(ReportSpec.realName(), Fine.of(150_000, 1_000_000)).receipt();
    java.math.BigDecimal granted = (java.math.BigDecimal) reward(receipt.code()).get("amount");

    as(TestAccounts.LEADER, post("/api/v1/cases/" + receipt.code() + "/criminal-outcomes")
        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"ARREST\",\"date\":\"2026-11-27\"}"))
        .andExpect(status().isNoContent());
    Map<String, Object> supplementary = reward(receipt.code());
    assertThat(supplementary.get("supplementary")).isEqualTo(true);
    assertThat(supplementary.get("status")).isEqualTo("IN_REVIEW");
    reviewAs(TestAccounts.LEADER, scenarios.taskId(TestAccounts.LEADER, receipt.code(), "rewardReview"), ELIGIBLE)
        .andExpect(status().isNoContent());
    supplementary = reward(receipt.code());
    java.math.BigDecimal total = (java.math.BigDecimal) supplementary.get("calculated_amount");
    assertThat((java.math.BigDecimal) supplementary.get("earlier_amount")).isEqualByComparingTo(granted);
    assertThat((java.math.BigDecimal) supplementary.get("amount")).isEqualByComparingTo(total.subtract(granted))
        .isPositive();
    assertThat(supplementary.get("basis").toString()).contains("追加奖励");
  }

  @Test
  void aReportAfterTheCaseWasClosedIsARe_offenceWithItsOwnReward() throws Exception {
    Receipt first = scenarios.closedCase(ReportSpec.realName(), Fine.of(60_000, 500_000));
    Receipt again = submit(SampleReports.realNameJson(SampleReports.ID_NUMBER));
    String intake = claimTask(TestAccounts.INTAKE, again.code(), "intakeReview");
    complete(TestAccounts.INTAKE, intake, "{\"outcome\":\"LINK_DUPLICATE\",\"linkTo\":\"" + first.code() + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("case.error.linkTargetClosed"));
    complete(TestAccounts.INTAKE, intake, "{\"outcome\":\"ACCEPT\"}").andExpect(status().isNoContent());
    String verification = claimTask(TestAccounts.INVESTIGATOR, again.code(), "verification");
    complete(TestAccounts.INVESTIGATOR, verification, """
        {"outcome":"CONFIRMED","inspectionDate":"2026-11-26","findings":"整改后再次发现危险废物露天堆放。"}
        """).andExpect(status().isNoContent());
    String decision = claimTask(TestAccounts.INVESTIGATOR, again.code(), "enforcementDecision");
    complete(TestAccounts.INVESTIGATOR, decision, """
        {"enforcement":{"penaltyDecisionNumber":"自环罚〔2026〕44号","decisionDate":"2026-11-27",
          "items":[{"violationType":"HAZARDOUS_WASTE","outcomes":["FINE"],"fineAmount":90000,"statutoryMaxFine":500000},
                   {"violationType":"NO_PERMIT","outcomes":["FINE","PRODUCTION_LIMIT"],"fineAmount":400000,
                    "statutoryMaxFine":1000000}],
          "incidentGrade":"NONE"}}
        """).andExpect(status().isNoContent());
    String closure = claimTask(TestAccounts.LEADER, again.code(), "closureApproval");
    complete(TestAccounts.LEADER, closure, "{\"outcome\":\"APPROVE\"}").andExpect(status().isNoContent());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("reward")
        .processInstanceBusinessKey(again.code()).count()).isEqualTo(1);

    // two violation items in one case: the reward is the higher item's (the 400,000 fine with a production limit)
    reviewAs(TestAccounts.LEADER, scenarios.taskId(TestAccounts.LEADER, again.code(), "rewardReview"), ELIGIBLE)
        .andExpect(status().isNoContent());
    String higherItemOnly = as(TestAccounts.LEADER, post("/api/v1/rewards/quote").contentType(MediaType.APPLICATION_JSON)
        .content("""
            {"province":"510000","city":"510300","decisionDate":"2026-11-27","violationType":"NO_PERMIT",
             "outcomes":["FINE","PRODUCTION_LIMIT"],"fineAmount":400000,"statutoryMaxFine":1000000,
             "contributionGrade":1,"insider":false,"incidentGrade":"NONE"}"""))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat((java.math.BigDecimal) reward(again.code()).get("calculated_amount"))
        .isEqualByComparingTo(json.readTree(higherItemOnly).get("amount").decimalValue());
  }

  @Test
  void anAnonymousReporterClaimsWithTheReceiptAndNamesTheAccountHolder() throws Exception {
    RewardCase granted = scenarios.grantedReward(ReportSpec.anonymous().address("沿滩区某路 9 号"),
        Fine.of(40_000, 500_000));
    Receipt receipt = granted.receipt();
    long rewardId = granted.rewardId();
    as(TestAccounts.FINANCE, get("/api/v1/payouts/" + rewardId)).andExpect(jsonPath("$.reporterName").doesNotExist());

    String url = "/api/v1/reports/" + receipt.code() + "/rewards/" + rewardId + "/claim";
    mvc.perform(post(url).header("X-Access-Key", "wrong-key").contentType(MediaType.APPLICATION_JSON)
        .content("{\"payeeName\":\"王某\",\"bankName\":\"农行\",\"bankAccount\":\"6228480402564890018\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(post(url).header("X-Access-Key", receipt.key()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"bankName\":\"农行\",\"bankAccount\":\"6228480402564890018\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("payeeName"));
    SampleReports.rememberSecret("6228480402564890018");
    mvc.perform(post(url).header("X-Access-Key", receipt.key()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"payeeName\":\"王某\",\"bankName\":\"中国农业银行\",\"bankAccount\":\"6228480402564890018\"}"))
        .andExpect(status().isNoContent());
    as(TestAccounts.FINANCE_2, get("/api/v1/payouts/" + rewardId))
        .andExpect(jsonPath("$.payeeName").value("王某"))
        .andExpect(jsonPath("$.bankAccount").value("6228480402564890018"));
  }

  @Test
  void theQuoteNeedsAStaffRoleAndExplainsTheAmount() throws Exception {
    String request = """
        {"province":"330000","city":"330100","decisionDate":"2026-06-01","violationType":"ILLEGAL_DISCHARGE",
         "outcomes":["FINE"],"fineAmount":150000,"statutoryMaxFine":1000000,"contributionGrade":1,
         "insider":false,"incidentGrade":"NONE"}
        """;
    for (String user : List.of(TestAccounts.LEADER, TestAccounts.FINANCE, TestAccounts.ADMIN)) {
      as(user, post("/api/v1/rewards/quote").contentType(MediaType.APPLICATION_JSON).content(request))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.currency").value("CNY"))
          .andExpect(jsonPath("$.ruleSet").value(org.hamcrest.Matchers.startsWith("hangzhou-2021")))
          .andExpect(jsonPath("$.basis").isNotEmpty());
    }
    as(TestAccounts.INTAKE, post("/api/v1/rewards/quote").contentType(MediaType.APPLICATION_JSON).content(request))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/rewards/quote").contentType(MediaType.APPLICATION_JSON).content(request))
        .andExpect(status().isUnauthorized());
    as(TestAccounts.LEADER, post("/api/v1/rewards/quote").contentType(MediaType.APPLICATION_JSON)
        .content("{\"province\":\"510000\",\"contributionGrade\":7,\"outcomes\":[\"BRIBE\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors").isNotEmpty());
  }

  // ---------------------------------------------------------------- helpers

  private org.springframework.test.web.servlet.ResultActions reviewAs(String user, String taskId, String body)
      throws Exception {
    return as(user, post("/api/v1/rewards/tasks/" + taskId + "/review").contentType(MediaType.APPLICATION_JSON)
        .content(body));
  }

  private org.springframework.test.web.servlet.ResultActions decide(String user, long rewardId, String body)
      throws Exception {
    return as(user, post("/api/v1/payouts/" + rewardId + "/decision").contentType(MediaType.APPLICATION_JSON)
        .content(body));
  }

  private org.springframework.test.web.servlet.ResultActions payment(String user, long rewardId) throws Exception {
    return as(user, post("/api/v1/payouts/" + rewardId + "/payment").contentType(MediaType.APPLICATION_JSON)
        .content("{\"paymentReference\":\"BANK-2026-0001\",\"paymentDate\":\"2026-11-28\"}"));
  }

  private org.springframework.test.web.servlet.ResultActions claim(Receipt receipt, long rewardId, String name,
                                                                  String idNumber, String account) throws Exception {
    return mvc.perform(post("/api/v1/reports/" + receipt.code() + "/rewards/" + rewardId + "/claim")
        .header("X-Access-Key", receipt.key()).contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(Map.of("name", name, "idNumber", idNumber, "bankName", "中国工商银行自贡分行",
            "bankAccount", account))));
  }

  private Map<String, Object> reward(String code) {
    return jdbc.queryForMap("SELECT w.* FROM reward w JOIN report r ON r.id = w.report_id WHERE r.tracking_code = ? "
        + "ORDER BY w.id DESC LIMIT 1", code);
  }

  private List<String> timeline(Receipt receipt) throws Exception {
    List<String> steps = new ArrayList<>();
    followUp(receipt).get("timeline").forEach(e -> steps.add(e.get("type").asText()));
    return steps;
  }
}
