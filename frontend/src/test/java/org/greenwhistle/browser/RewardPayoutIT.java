package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A reward from review to payment as the demo roles do it: leader reviews, finance approves, the reporter claims
 * on the follow-up page, finance2 records the payment; finance sees the reporter's name only on that payout.
 */
class RewardPayoutIT extends BrowserTestBase {
  private static final String REPORTER = "奖励测试人";
  private static final String ID_NUMBER = "51030219880505001X";
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void leaderReviewsFinanceApprovesTheCitizenClaimsAndFinance2RecordsThePayment() throws Exception {
    String[] receipt = submitRealName();
    String code = receipt[0];
    closeAsStaff(code);

    login("leader", "leader");
    open("/staff/case/" + code);
    clickButton("#open-reward-rewardReview");
    waitFor("#reward-facts");
    chooseRadio("#reward-grade", "一级");
    waitForText("#reward-quote-amount", "建议金额");
    waitForText("#reward-basis", "四川");
    screenshot("reward-review");
    clickButton("#complete-task");
    waitFor("#staff-home");
    logout();

    login("finance", "finance");
    waitFor("#finance-home");
    type("#finance-search", code);
    waitForCell("#payout-queue", code);
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(REPORTER);
    clickCell("#payout-queue", code);
    waitForText("#payout-reporter", REPORTER);
    screenshot("finance-payout");
    clickButton("#payout-approve");
    wait.until(d -> d.findElements(By.cssSelector("#payout-dialog")).isEmpty());
    // the dialog's overlay can outlive its element for the closing animation; the name must go with it
    wait.until(d -> !d.findElement(By.tagName("body")).getText().contains(REPORTER));
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(REPORTER);
    logout();

    open("/follow-up");
    type("#follow-up-code", code);
    type("#follow-up-key", receipt[1]);
    clickButton("#follow-up-open");
    waitForText("#follow-up-timeline", "奖励已批准");
    clickButton("#follow-up-rewards");
    waitForText("#claim-status", "待申领");
    type("#claim-name", REPORTER);
    type("#claim-id-number", ID_NUMBER);
    type("#claim-bank", "中国农业银行自贡分行");
    type("#claim-account", "6228480402564890018");
    screenshot("reward-claim");
    clickButton("#claim-submit");
    waitForText("#claim-status", "已申领待发放");

    login("finance2", "finance2");
    waitFor("#finance-home");
    // the bank batch first (finance2 did not approve it), then the payment
    clickButton("#finance-export");
    waitFor("#batch-download");
    type("#finance-search", code);
    clickCell("#payout-queue", code);
    waitForText("#payout-bank", "6228480402564890018");
    type("#payout-reference", "ABC-2026-11-0042");
    clickButton("#payout-record");
    wait.until(d -> d.findElements(By.cssSelector("#payout-dialog")).isEmpty());
    waitForCell("#payout-queue", "已发放");
    logout();

    open("/follow-up");
    type("#follow-up-code", code);
    type("#follow-up-key", receipt[1]);
    clickButton("#follow-up-open");
    waitForText("#follow-up-timeline", "奖励已发放");
  }

  /** A grid cell with the text (cells live in the grid's light DOM as vaadin-grid-cell-content). */
  private WebElement waitForCell(String gridCss, String text) {
    return wait.until(d -> d.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content")).stream()
        .filter(c -> c.getText().contains(text)).findFirst().orElse(null));
  }

  private String[] submitRealName() throws Exception {
    String report = """
        {"categories":["HAZARDOUS_WASTE"],"targetName":"某电镀厂","regionCode":"510311",
         "address":"沿滩区某工业园 3 号","observedAt":"2026-11-18T21:00:00+08:00","ongoing":true,
         "description":"夜间用槽罐车向河沟倾倒含铬废液。","anonymous":false,
         "reporter":{"name":"%s","idNumber":"%s","phone":"13800002222"},
         "wantsReward":true,"notExcludedPerson":true}""".formatted(REPORTER, ID_NUMBER);
    var parts = new LinkedMultiValueMap<String, Object>();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    parts.add("report", new HttpEntity<>(new ByteArrayResource(report.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "report.json";
      }
    }, headers));
    JsonNode receipt = json.readTree(RestClient.create(url("")).post().uri("/api/v1/reports")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().body(String.class));
    return new String[] {receipt.get("trackingCode").asText(), receipt.get("accessKey").asText()};
  }

  /** The case work before the reward, through the staff REST API (the staff workflow test covers its UI). */
  private void closeAsStaff(String code) throws Exception {
    complete("intake", code, "intakeReview", "{\"outcome\":\"ACCEPT\"}");
    complete("investigator", code, "verification",
        "{\"outcome\":\"CONFIRMED\",\"inspectionDate\":\"2026-11-20\",\"findings\":\"现场查见暗管通往河沟，采样含铬超标。\"}");
    complete("investigator", code, "enforcementDecision", """
        {"enforcement":{"penaltyDecisionNumber":"自环罚〔2026〕97号","decisionDate":"2026-11-25",
          "items":[{"violationType":"HIDDEN_PIPE","outcomes":["FINE","ORDER_TO_CORRECT"],
                    "fineAmount":300000,"statutoryMaxFine":1000000}],"incidentGrade":"NONE"}}""");
    complete("leader", code, "closureApproval", "{\"outcome\":\"APPROVE\"}");
  }

  private void complete(String user, String code, String taskKey, String form) throws Exception {
    RestClient client = RestClient.builder().baseUrl(url(""))
        .defaultHeaders(h -> h.setBasicAuth(user, user)).build();
    JsonNode tasks = json.readTree(client.get().uri("/api/v1/tasks?q={q}&limit=200", code).retrieve().body(String.class));
    String taskId = null;
    for (JsonNode t : tasks.get("items")) {
      if (t.get("taskKey").asText().equals(taskKey)) {
        taskId = t.get("taskId").asText();
      }
    }
    assertThat(taskId).as(user + " has " + taskKey).isNotNull();
    client.post().uri("/api/v1/tasks/{id}/claim", taskId).retrieve().toBodilessEntity();
    client.post().uri("/api/v1/tasks/{id}/complete", taskId).contentType(MediaType.APPLICATION_JSON).body(form)
        .retrieve().toBodilessEntity();
  }
}
