package org.greenwhistle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenwhistle.BackendIT;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.Submissions;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Confidentiality through the REST API (issue 15): receipts that others' wrong keys cannot block, the same answer
 * for a wrong key and an unknown code, case history only in the case's region, anonymous reports never linked to
 * an account, and no API console in the {@code mysql} profile (which this suite runs with, against MariaDB).
 */
@BackendIT
@AutoConfigureMockMvc
class ConfidentialityApiIT extends ApiTestSupport {
  private static final AtomicInteger CLIENT = new AtomicInteger();
  private static final String RUN = Integer.toHexString(new java.security.SecureRandom().nextInt(0xffff));
  private static final String WRONG_KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAA";

  @Autowired JdbcTemplate jdbc;

  /** A fresh client address per call and run, so no test (nor a rerun on the same database) meets another's counts. */
  private static String client() {
    return "2001:db8:" + RUN + "::" + Integer.toHexString(CLIENT.incrementAndGet());
  }

  private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
    return request.with(r -> {
      r.setRemoteAddr(address);
      return r;
    });
  }

  private MockHttpServletResponse open(String address, String code, String key) throws Exception {
    return mvc.perform(from(address, get("/api/v1/reports/" + code)).header("X-Access-Key", key)
        .header("Accept-Language", "en")).andReturn().getResponse();
  }

  @Test
  void afterTwelveWrongKeysTheRightKeyStillWorksWhileThatClientsThirteenthWrongKeyIsRefused() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    String attacker = client();
    String other = client();
    for (int i = 1; i <= 12; i++) {
      // the first ten wrong keys are answered "not found", the next ones refused at once
      assertThat(open(attacker, receipt.code(), "WRONG" + i).getStatus()).as("wrong key %d", i)
          .isEqualTo(i <= 10 ? 404 : 429);
    }
    assertThat(open(attacker, receipt.code(), receipt.key()).getStatus()).as("the right key, same client").isEqualTo(200);
    assertThat(open(other, receipt.code(), receipt.key()).getStatus()).as("the right key, other client").isEqualTo(200);
    // every route that takes the key shares the count and lets the right key through
    mvc.perform(from(attacker, get("/api/v1/reports/" + receipt.code() + "/rewards")).header("X-Access-Key", receipt.key()))
        .andExpect(status().isOk());
    mvc.perform(from(attacker, post("/api/v1/reports/" + receipt.code() + "/messages"))
            .header("X-Access-Key", "WRONG-MESSAGE").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}"))
        .andExpect(status().isTooManyRequests());

    MockHttpServletResponse thirteenth = open(attacker, receipt.code(), "WRONG13");
    assertThat(thirteenth.getStatus()).as("the 13th wrong key").isEqualTo(429);
    assertThat(thirteenth.getContentAsString()).contains("Too many wrong access keys");
    // the limit is that client's for that code: another client's wrong key is still only "not found"
    assertThat(open(other, receipt.code(), "WRONG1").getStatus()).isEqualTo(404);
  }

  @Test
  void aWrongKeyAndAnUnknownCodeGetByteIdenticalAnswersBeforeAndAfterTheLimit() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("500236"));
    String unknownCode = "GW0000000000";
    String address = client();
    MockHttpServletResponse wrongKey = open(address, receipt.code(), WRONG_KEY);
    MockHttpServletResponse unknown = open(address, unknownCode, WRONG_KEY);
    assertThat(wrongKey.getStatus()).isEqualTo(404);
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(wrongKey.getContentAsByteArray()).isEqualTo(unknown.getContentAsByteArray());
    assertThat(wrongKey.getContentAsString()).doesNotContain(receipt.code());
    for (int i = 0; i < 10; i++) {
      open(address, receipt.code(), WRONG_KEY);
      open(address, unknownCode, WRONG_KEY);
    }
    wrongKey = open(address, receipt.code(), WRONG_KEY);
    unknown = open(address, unknownCode, WRONG_KEY);
    assertThat(wrongKey.getStatus()).isEqualTo(429);
    assertThat(unknown.getStatus()).isEqualTo(429);
    assertThat(wrongKey.getContentAsByteArray()).isEqualTo(unknown.getContentAsByteArray());
  }

  @Test
  void staffReadACasesHistoryThroughTheCaseApiOfTheirRegionOnly() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    as(TestAccounts.INVESTIGATOR, get("/api/v1/cases/" + receipt.code() + "/history"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].action").value("REPORT_SUBMITTED"));
    as(TestAccounts.INVESTIGATOR_2, get("/api/v1/cases/" + receipt.code() + "/history")).andExpect(status().isNotFound());
    for (String user : new String[] {TestAccounts.INVESTIGATOR_2, TestAccounts.CQ_INTAKE, TestAccounts.INTAKE,
        TestAccounts.LEADER}) {
      as(user, get("/api/v1/admin/audit/" + receipt.code())).andExpect(status().isForbidden());
    }
    as(TestAccounts.ADMIN, get("/api/v1/admin/audit/" + receipt.code())).andExpect(status().isOk());
  }

  @Test
  void anAnonymousReportFiledByALoggedInCitizenIsNotLinkedToTheAccount() throws Exception {
    String citizen = "it-anon-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(citizen, "000000", Role.CITIZEN);
    String anonymous = submitAs(citizen, SampleReports.anonymousJson("510311"));
    String realName = submitAs(citizen, SampleReports.realNameJson(SampleReports.ID_NUMBER));
    assertThat(jdbc.queryForObject("SELECT reporter_account_id FROM report WHERE tracking_code = ?", Long.class,
        anonymous)).isNull();
    // control: the same citizen's real-name report is linked, so the login did reach the service
    assertThat(jdbc.queryForObject("SELECT reporter_account_id FROM report WHERE tracking_code = ?", Long.class,
        realName)).isNotNull();
  }

  @Test
  void theMysqlProfileServesNoApiConsoleAndAnonymousCallersOnlyHealth() throws Exception {
    mvc.perform(get("/v3/api-docs")).andExpect(status().isNotFound());
    mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isNotFound());
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isNotFound());
    mvc.perform(get("/swagger-ui.html")).andExpect(status().isNotFound());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components").doesNotExist());
    for (String endpoint : new String[] {"env", "beans", "configprops", "metrics", "loggers", "heapdump", "threaddump",
        "mappings", "info"}) {
      int status = mvc.perform(get("/actuator/" + endpoint)).andReturn().getResponse().getStatus();
      assertThat(status).as("/actuator/" + endpoint).isEqualTo(404);
    }
  }

  private String submitAs(String user, String reportJson) throws Exception {
    String body = mvc.perform(Submissions.request(reportJson).with(httpBasic(user, user)).with(Submissions.from(client())))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    SampleReports.rememberSecret(json.readTree(body).get("accessKey").asText());
    return json.readTree(body).get("trackingCode").asText();
  }
}
