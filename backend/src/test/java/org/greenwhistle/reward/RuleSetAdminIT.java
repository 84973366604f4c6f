package org.greenwhistle.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.operaton.bpm.engine.RepositoryService;
import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.service.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A new rule-set version is accepted only when it parses and its examples pass, and applies after a second ADMIN. */
@BackendIT
@AutoConfigureMockMvc
class RuleSetAdminIT {
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired TestAccounts accounts;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repository;

  @BeforeEach
  void staff() {
    accounts.ensure();
  }

  @Test
  void anUploadedVersionWithPassingExamplesAppliesOnlyAfterAnotherAdminApprovesIt() throws Exception {
    int version = 100 + (int) (System.nanoTime() % 800);
    String dmn = resource("rewards/national-default/national-default.dmn");
    // the new version applies from 2099 (so it changes nothing today); its examples are dated accordingly
    String examples = resource("rewards/national-default/examples.json")
        .replaceAll("\"decisionDate\"\\s*:\\s*\"[0-9-]+\"", "\"decisionDate\": \"2099-06-01\"");

    // a broken DMN and a failing example are refused with a clear reason
    upload(TestAccounts.ADMIN, version, "<definitions>not dmn", examples).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("dmn"));
    String wrongExamples = examples.replaceFirst("\"amount\"\\s*:\\s*[0-9.]+", "\"amount\": 987654.32");
    upload(TestAccounts.ADMIN, version, dmn, wrongExamples).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("examples"));
    upload("nobody", version, dmn, examples).andExpect(status().isUnauthorized());

    String created = upload(TestAccounts.ADMIN, version, dmn, examples).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long id = json.readTree(created).get("id").asLong();
    assertThat(ruleStatus(id)).isEqualTo("PENDING");

    as(TestAccounts.ADMIN, post("/api/v1/reward-rule-sets/" + id + "/approve")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("rules.error.sameAdmin"));
    as(TestAccounts.ADMIN_2, post("/api/v1/reward-rule-sets/" + id + "/approve")).andExpect(status().isNoContent());
    assertThat(ruleStatus(id)).isEqualTo("ACTIVE");
    Map<String, Object> row = jdbc.queryForMap("SELECT deployment_id, deployed_version, decided_by FROM reward_rule_set "
        + "WHERE id = ?", id);
    assertThat(row.get("decided_by")).isEqualTo(TestAccounts.ADMIN_2);
    assertThat(repository.createDecisionDefinitionQuery().deploymentId((String) row.get("deployment_id")).count())
        .isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE chain_key = 'reward-rules'", String.class))
        .contains("RULE_SET_UPLOADED", "RULE_SET_APPROVED");
    as(TestAccounts.ADMIN_2, post("/api/v1/reward-rule-sets/" + id + "/approve")).andExpect(status().isBadRequest());
    as(TestAccounts.ADMIN, get("/api/v1/reward-rule-sets")).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].ruleKey").exists());
    as(TestAccounts.FINANCE, get("/api/v1/reward-rule-sets")).andExpect(status().isForbidden());
  }

  private String ruleStatus(long id) {
    return jdbc.queryForObject("SELECT status FROM reward_rule_set WHERE id = ?", String.class, id);
  }

  private ResultActions upload(String user, int version, String dmn, String examples) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ruleKey", "national-default");
    body.put("jurisdiction", "000000");
    body.put("name", "全国默认奖励规则（测试版本）");
    body.put("version", version);
    body.put("validFrom", "2099-01-01");
    body.put("decisionKey", "rewardNationalDefault");
    body.put("dmnXml", dmn);
    body.put("examplesJson", examples);
    return as(user, post("/api/v1/reward-rule-sets").contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(body)));
  }

  private ResultActions as(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r)
      throws Exception {
    return mvc.perform(r.with(httpBasic(user, user)));
  }

  private static String resource(String path) throws IOException {
    return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
  }
}
