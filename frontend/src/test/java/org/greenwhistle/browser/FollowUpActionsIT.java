package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
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

  private String[] submitByRest() throws Exception {
    String report = """
        {"categories":["NOISE"],"subcategories":["CONSTRUCTION_NOISE"],"targetName":"某工地","regionCode":"510311",
         "address":"沿滩区某路","observedAt":"2026-11-20T23:30:00+08:00","ongoing":true,
         "description":"工地深夜施工，噪声很大，无法入睡。","anonymous":true,"wantsReward":false}""";
    var parts = new LinkedMultiValueMap<String, Object>();
    HttpHeaders jsonHeaders = new HttpHeaders();
    jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
    parts.add("report", new HttpEntity<>(new ByteArrayResource(report.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "report.json";
      }
    }, jsonHeaders));
    ResponseEntity<String> created = http().post().uri("/api/v1/reports").contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts).retrieve().toEntity(String.class);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    JsonNode receipt = json.readTree(created.getBody());
    return new String[] {receipt.get("trackingCode").asText(), receipt.get("accessKey").asText()};
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
    String[] receipt = submitByRest();
    openFollowUp(receipt[0], receipt[1]);
    clickButton("#follow-up-withdraw");
    waitForText("#follow-up-status", "已撤回");
    waitForText("#follow-up-timeline", "已撤回");
  }

  @Test
  void aRejectedReporterAppealsFromTheFollowUpPage() throws Exception {
    String[] receipt = submitByRest();
    // intake rejects through the staff API
    JsonNode tasks = json.readTree(http().get().uri("/api/v1/tasks?q=" + receipt[0])
        .header(HttpHeaders.AUTHORIZATION, basic("intake")).retrieve().body(String.class));
    String taskId = tasks.get("items").get(0).get("taskId").asText();
    assertThat(http().post().uri("/api/v1/tasks/" + taskId + "/claim").header(HttpHeaders.AUTHORIZATION, basic("intake"))
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
    assertThat(http().post().uri("/api/v1/tasks/" + taskId + "/complete").header(HttpHeaders.AUTHORIZATION, basic("intake"))
        .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\":\"REJECT\",\"rejectReason\":\"NO_CLEAR_TARGET\"}")
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(204);

    openFollowUp(receipt[0], receipt[1]);
    waitForText("#follow-up-timeline", "被举报对象不明确");
    type("#follow-up-appeal-reason", "工地名称是某建设集团三号地块，门口有公示牌。");
    clickButton("#follow-up-appeal");
    waitForText("#follow-up-status", "申诉复核中");
    screenshot("follow-up-appeal");
  }

  @Test
  void camundasRestApiCannotBypassTheTaskRules() throws Exception {
    String[] receipt = submitByRest();
    JsonNode tasks = json.readTree(http().get().uri("/engine-rest/task?processInstanceBusinessKey=" + receipt[0])
        .header(HttpHeaders.AUTHORIZATION, basic("admin")).retrieve().body(String.class));
    String taskId = tasks.get(0).get("id").asText();
    assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("intakeReview");

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
    JsonNode after = json.readTree(http().get().uri("/engine-rest/task?processInstanceBusinessKey=" + receipt[0])
        .header(HttpHeaders.AUTHORIZATION, basic("admin")).retrieve().body(String.class));
    assertThat(after.get(0).get("taskDefinitionKey").asText()).isEqualTo("intakeReview");
  }
}
