package org.greenwhistle.casework.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Drives cases through the REST API as citizens (receipt) and staff (HTTP Basic). */
public abstract class CaseworkTestSupport {
  private static final AtomicInteger CLIENT = new AtomicInteger();

  @Autowired protected MockMvc mvc;
  @Autowired protected ObjectMapper json;
  @Autowired protected TestAccounts accounts;

  @BeforeEach
  void staff() {
    accounts.ensure();
  }

  public record Receipt(String code, String key) {
  }

  protected Receipt submit(String reportJson) throws Exception {
    String body = mvc.perform(multipart("/api/v1/reports")
            .file(new MockMultipartFile("report", "r.json", MediaType.APPLICATION_JSON_VALUE,
                reportJson.getBytes(StandardCharsets.UTF_8)))
            .with(r -> {
              r.setRemoteAddr("203.0.113." + CLIENT.incrementAndGet() % 250);
              return r;
            }))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    JsonNode receipt = json.readTree(body);
    SampleReports.rememberSecret(receipt.get("accessKey").asText());
    return new Receipt(receipt.get("trackingCode").asText(), receipt.get("accessKey").asText());
  }

  /** The caller's open task of the given kind for the case, claimed; its id. */
  protected String claimTask(String user, String trackingCode, String taskKey) throws Exception {
    JsonNode tasks = json.readTree(as(user, get("/api/v1/tasks").param("q", trackingCode).param("limit", "200"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    for (JsonNode t : tasks.get("items")) {
      if (t.get("trackingCode").asText().equals(trackingCode) && t.get("taskKey").asText().equals(taskKey)) {
        String id = t.get("taskId").asText();
        as(user, post("/api/v1/tasks/" + id + "/claim")).andExpect(status().isOk());
        return id;
      }
    }
    throw new AssertionError(user + " sees no " + taskKey + " task for " + trackingCode + ": " + tasks);
  }

  protected ResultActions complete(String user, String taskId, String formJson) throws Exception {
    return as(user, post("/api/v1/tasks/" + taskId + "/complete").contentType(MediaType.APPLICATION_JSON).content(formJson));
  }

  protected JsonNode followUp(Receipt receipt) throws Exception {
    return json.readTree(mvc.perform(get("/api/v1/reports/" + receipt.code()).header("X-Access-Key", receipt.key()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  protected ResultActions as(String user,
                   org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(httpBasic(user, user)));
  }
}
