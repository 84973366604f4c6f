package org.greenwhistle.scenario;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * For tests of the REST API: citizens submit and follow up with their receipt, staff call with HTTP Basic
 * (password = user name). Cases in a known state come from {@link Scenarios}.
 */
public abstract class ApiTestSupport {
  @Autowired protected MockMvc mvc;
  @Autowired protected ObjectMapper json;
  @Autowired protected TestAccounts accounts;
  @Autowired protected Scenarios scenarios;

  @BeforeEach
  void staff() {
    accounts.ensure();
  }

  /** Submits the report through the REST API, as a citizen would. */
  protected Receipt submit(String reportJson) throws Exception {
    String body = mvc.perform(Submissions.request(reportJson))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    JsonNode receipt = json.readTree(body);
    SampleReports.rememberSecret(receipt.get("accessKey").asText());
    return new Receipt(receipt.get("trackingCode").asText(), receipt.get("accessKey").asText());
  }

  /** The caller's open task of the given kind for the case, claimed through the REST API; its id. */
  protected String claimTask(String user, String trackingCode, String taskKey) throws Exception {
    String id = scenarios.taskId(user, trackingCode, taskKey);
    as(user, post("/api/v1/tasks/" + id + "/claim")).andExpect(status().isOk());
    return id;
  }

  protected ResultActions complete(String user, String taskId, String formJson) throws Exception {
    return as(user, post("/api/v1/tasks/" + taskId + "/complete").contentType(MediaType.APPLICATION_JSON)
        .content(formJson));
  }

  protected JsonNode followUp(Receipt receipt) throws Exception {
    return json.readTree(mvc.perform(get("/api/v1/reports/" + receipt.code()).header("X-Access-Key", receipt.key()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  protected ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(httpBasic(user, user)));
  }
}
