package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The reporter withdraws and appeals from the follow-up page; Camunda's own REST API cannot bypass the
 * task rules (ADMIN holds no case role).
 */
class FollowUpActionsIT extends BrowserTestBase {
  private final ObjectMapper json = new ObjectMapper();

  private RestClient http() {
    return RestClient.builder().baseUrl(url("")).defaultStatusHandler(s -> true, (req, res) -> { }).build();
  }

  private Receipt submitted() {
    return scenarios.submittedReport(ReportSpec.anonymous().categories(Category.NOISE).target("某工地")
        .address("沿滩区某路").description("工地深夜施工，噪声很大，无法入睡。"));
  }

  private String basic(String user) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private void openFollowUp(String code, String key) {
    open("/follow-up");
    type("#follow-up-code", code);
    type("#follow-up-key", key);
    clickButton("#follow-up-open");
    waitFor("#follow-up-status");
  }

  @Test
  void theReporterWithdrawsAReportNotYetAccepted() throws Exception {
    Receipt receipt = submitted();
    openFollowUp(receipt.code(), receipt.key());
    clickButton("#follow-up-withdraw");
    waitForText("#follow-up-status", "已撤回");
    waitForText("#follow-up-timeline", "已撤回");
  }

  @Test
  void aRejectedReporterAppealsFromTheFollowUpPage() throws Exception {
    Receipt receipt = submitted();
    // intake rejects
    TaskCompletion reject = new TaskCompletion("REJECT", "NO_CLEAR_TARGET", null, null, null, null, null, null, null,
        null, null, null);
    scenarios.complete("intake", receipt.code(), "intakeReview", reject);

    openFollowUp(receipt.code(), receipt.key());
    waitForText("#follow-up-timeline", "被举报对象不明确");
    type("#follow-up-appeal-reason", "工地名称是某建设集团三号地块，门口有公示牌。");
    clickButton("#follow-up-appeal");
    waitForText("#follow-up-status", "申诉复核中");
    screenshot("follow-up-appeal");
  }

  @Test
  void camundasRestApiCannotBypassTheTaskRules() throws Exception {
    Receipt receipt = submitted();
    String taskId = scenarios.taskId("intake", receipt.code(), "intakeReview");

    String accept = "{\"variables\":{\"intakeOutcome\":{\"value\":\"ACCEPT\",\"type\":\"String\"}}}";
    ResponseEntity<String> byAdmin = http().method(HttpMethod.POST).uri("/engine-rest/task/" + taskId + "/complete")
        .header(HttpHeaders.AUTHORIZATION, basic("admin")).contentType(MediaType.APPLICATION_JSON).body(accept)
        .retrieve().toEntity(String.class);
    assertThat(byAdmin.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(byAdmin.getBody()).contains("may not complete intakeReview");

    ResponseEntity<String> byIntake = http().method(HttpMethod.POST).uri("/engine-rest/task/" + taskId + "/complete")
        .header(HttpHeaders.AUTHORIZATION, basic("intake")).contentType(MediaType.APPLICATION_JSON).body(accept)
        .retrieve().toEntity(String.class);
    assertThat(byIntake.getStatusCode().value()).isEqualTo(403);

    // still waiting for intake
    JsonNode after = json.readTree(http().get().uri("/engine-rest/task?processInstanceBusinessKey=" + receipt.code())
        .header(HttpHeaders.AUTHORIZATION, basic("admin")).retrieve().body(String.class));
    assertThat(after.get(0).get("taskDefinitionKey").asText()).isEqualTo("intakeReview");
  }
}
