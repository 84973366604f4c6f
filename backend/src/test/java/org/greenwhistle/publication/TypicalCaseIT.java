package org.greenwhistle.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.Scenarios.Fine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.w3c.dom.Document;

/**
 * Typical cases through the REST API on MariaDB: a closed case with a real-name reporter becomes a pre-filled draft;
 * publication by a second ADMIN is refused while the reporter's name, phone or ID number is in the text, and
 * allowed after the anonymiser's replacements; the author may not approve; the public list, detail and feed show
 * published cases only.
 */
@BackendIT
@AutoConfigureMockMvc
class TypicalCaseIT extends ApiTestSupport {
  private static final String ADMIN_API = "/api/v1/admin/typical-cases";

  @Autowired JdbcTemplate jdbc;

  @Test
  void publishingIsBlockedWhileTheTextNamesTheReporterAndAllowedAfterTheReplacements() throws Exception {
    // LEADER reviewed, FINANCE approved: the draft states the reward's amount
    Receipt receipt = scenarios.grantedReward(ReportSpec.realName(), Fine.of(200_000, 1_000_000)).receipt();
    int batch = newBatch();

    // a draft pre-filled from the closed case: place, category, year, decision with its fine, the reward granted
    long id = created(as(TestAccounts.ADMIN, post(ADMIN_API + "/from-case").contentType(MediaType.APPLICATION_JSON)
        .content("{\"trackingCode\":\"" + receipt.code() + "\"}")));
    JsonNode detail = detail(id);
    JsonNode draft = detail.get("typicalCase");
    assertThat(detail.get("sourceCases").get(0).asText()).isEqualTo(receipt.code());
    assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
    assertThat(draft.get("author").asText()).isEqualTo(TestAccounts.ADMIN);
    assertThat(draft.get("regionCode").asText()).isEqualTo("510311");
    assertThat(draft.get("provinceCode").asText()).isEqualTo("510000");
    assertThat(draft.get("category").asText()).isEqualTo("HAZARDOUS_WASTE");
    assertThat(draft.get("caseYear").asInt()).isEqualTo(2026);
    assertThat(draft.get("title").asText()).isEqualTo("四川自贡对举报危险废物违法行为的群众实施奖励");
    assertThat(draft.get("background").asText()).contains("四川省生态环境违法行为举报奖励办法（2023年版）");
    assertThat(draft.get("facts").asText()).contains("沿滩区").contains("某金属加工厂").contains("危险废物露天堆放");
    assertThat(draft.get("handling").asText()).contains("罚款20万元").contains("责令改正");
    assertThat(draft.get("reward").asText()).contains("对举报人给予奖励").doesNotContain("审核中");
    assertThat(publicationCheck(id)).isEmpty();

    // complete the draft: batch and significance
    ObjectNode form = formOf(draft);
    form.put("batchNo", batch);
    form.put("significance", "群众举报为查处危险废物违法行为提供了关键线索。");
    String facts = draft.get("facts").asText();

    // the reporter's name, then phone, then ID number in 【基本案情】: a second ADMIN cannot publish it
    for (String[] leak : List.of(
        new String[] {"群众" + SampleReports.NAME + "反映。", "REPORTER_NAME"},
        new String[] {"举报人联系电话 139-1234-5678。", "REPORTER_PHONE"},
        new String[] {"举报人身份证号码" + SampleReports.ID_NUMBER + "。", "REPORTER_ID_NUMBER"})) {
      form.put("facts", facts + leak[0]);
      edit(TestAccounts.ADMIN, id, form).andExpect(status().isNoContent());
      as(TestAccounts.ADMIN, post(ADMIN_API + "/" + id + "/submit")).andExpect(status().isNoContent());
      String refusal = as(TestAccounts.ADMIN_2, post(ADMIN_API + "/" + id + "/approve").header("Accept-Language", "zh-CN"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("facts"))
          .andExpect(jsonPath("$.errors[0].code").value("publication.check." + leak[1]))
          .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("【基本案情】")))
          .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
      // the refusal names section and kind, never the value
      assertThat(refusal.contains(SampleReports.NAME) || refusal.contains(SampleReports.ID_NUMBER)
          || refusal.contains(SampleReports.PHONE)).as("refusal echoes personal data").isFalse();
      assertThat(statusOf(id)).isEqualTo("IN_REVIEW");
      as(TestAccounts.ADMIN_2, post(ADMIN_API + "/" + id + "/send-back").contentType(MediaType.APPLICATION_JSON)
          .content("{\"reason\":\"正文含有举报人信息\"}")).andExpect(status().isNoContent());
    }
    // all three at once, and an English caller reads the refusal in English
    form.put("facts", facts + "群众" + SampleReports.NAME + "反映，联系电话 139-1234-5678，身份证号码"
        + SampleReports.ID_NUMBER + "。");
    edit(TestAccounts.ADMIN, id, form).andExpect(status().isNoContent());
    assertThat(publicationCheck(id)).extracting(f -> f.get("section").asText() + ":" + f.get("kind").asText())
        .containsExactly("facts:REPORTER_NAME", "facts:REPORTER_ID_NUMBER", "facts:REPORTER_PHONE", "facts:ID_NUMBER",
            "facts:MOBILE_NUMBER");
    as(TestAccounts.ADMIN, post(ADMIN_API + "/" + id + "/submit")).andExpect(status().isNoContent());
    as(TestAccounts.ADMIN_2, post(ADMIN_API + "/" + id + "/approve").header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(5))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
            "Facts of the case contains a reporter's name")));
    as(TestAccounts.ADMIN_2, post(ADMIN_API + "/" + id + "/send-back").contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\":\"请匿名化\"}")).andExpect(status().isNoContent());

    // the anonymiser proposes the replacements (the reporter's values among them); the author applies them all
    JsonNode proposals = json.readTree(as(TestAccounts.ADMIN, get(ADMIN_API + "/" + id + "/anonymisation"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    List<String> kinds = new ArrayList<>();
    proposals.forEach(p -> kinds.add(p.get("section").asText() + ":" + p.get("kind").asText()));
    assertThat(kinds).contains("facts:REPORTER");
    as(TestAccounts.ADMIN, post(ADMIN_API + "/" + id + "/anonymise")).andExpect(status().isOk())
        .andExpect(jsonPath("$.replacements").value(org.hamcrest.Matchers.greaterThan(0)));
    String anonymised = detail(id).get("typicalCase").get("facts").asText();
    assertThat(anonymised.contains(SampleReports.NAME) || anonymised.contains(SampleReports.ID_NUMBER))
        .as("anonymised facts still hold reporter data").isFalse();
    assertThat(anonymised).contains("群众举报人反映").contains("（身份证号码略）").contains("（手机号码略）");
    assertThat(publicationCheck(id)).isEmpty();

    // the author may not approve; the second ADMIN publishes
    as(TestAccounts.ADMIN, post(ADMIN_API + "/" + id + "/submit")).andExpect(status().isNoContent());
    as(TestAccounts.ADMIN, post(ADMIN_API + "/" + id + "/approve")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reviewer"))
        .andExpect(jsonPath("$.errors[0].code").value("publication.error.sameAdmin"));
    as(TestAccounts.ADMIN_2, post(ADMIN_API + "/" + id + "/approve")).andExpect(status().isNoContent());
    assertThat(statusOf(id)).isEqualTo("PUBLISHED");
    assertThat(jdbc.queryForObject("SELECT reviewer FROM typical_case WHERE id = ?", String.class, id))
        .isEqualTo(TestAccounts.ADMIN_2);
    mvc.perform(get("/api/v1/typical-cases/" + id)).andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("四川自贡对举报危险废物违法行为的群众实施奖励"))
        .andExpect(jsonPath("$.batchNo").value(batch));
    assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE chain_key = 'typical-cases' AND subject = ?",
        String.class, "case-" + id)).containsSubsequence("TYPICAL_CASE_CREATED", "TYPICAL_CASE_EDITED",
        "TYPICAL_CASE_SUBMITTED", "TYPICAL_CASE_SENT_BACK", "TYPICAL_CASE_ANONYMISED", "TYPICAL_CASE_PUBLISHED");
    // off the public pages again, so that the shared test database's public list shows the demo batch only
    as(TestAccounts.ADMIN_2, post(ADMIN_API + "/" + id + "/withdraw").contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\":\"测试结束\"}")).andExpect(status().isNoContent());
  }

  @Test
  void thePublicSeesPublishedCasesOnlyAndAWithdrawnCaseDisappears() throws Exception {
    int batch = newBatch();
    String token = "T" + System.nanoTime();
    ObjectNode form = fullForm(batch, "浙江绍兴对举报暗管偷排的群众实施奖励 <A&B> " + token);
    long id = created(as(TestAccounts.ADMIN, post(ADMIN_API).contentType(MediaType.APPLICATION_JSON)
        .content(form.toString())));

    // a draft and a case in review are not public
    mvc.perform(get("/api/v1/typical-cases/" + id)).andExpect(status().isNotFound());
    as(TestAccounts.ADMIN, post(ADMIN_API + "/" + id + "/submit")).andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/typical-cases/" + id)).andExpect(status().isNotFound());
    assertThat(publicList("q=" + token).get("total").asLong()).isZero();
    assertThat(feed()).doesNotContain(token);

    as(TestAccounts.ADMIN_2, post(ADMIN_API + "/" + id + "/approve")).andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/typical-cases/" + id)).andExpect(status().isOk())
        .andExpect(jsonPath("$.facts").value(form.get("facts").asText()))
        .andExpect(jsonPath("$.place").value("浙江省 绍兴市 柯桥区"))
        .andExpect(jsonPath("$.author").doesNotExist())
        .andExpect(jsonPath("$.reviewer").doesNotExist());
    JsonNode page = publicList("province=330000&category=WATER&year=2025&batch=" + batch + "&q=" + token);
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);
    assertThat(page.get("items").get(0).get("excerpt").asText()).startsWith("2025年");
    assertThat(publicList("category=AIR&q=" + token).get("total").asLong()).isZero();
    assertThat(publicList("year=2024&q=" + token).get("total").asLong()).isZero();
    assertThat(publicList("province=510000&q=" + token).get("total").asLong()).isZero();
    JsonNode facets = json.readTree(mvc.perform(get("/api/v1/typical-cases/facets")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
    assertThat(facets.get("provinces").toString()).contains("330000");

    // the Atom feed: well-formed (the title's < and & escaped), a stable entry id, the link to the detail page
    String feed = feed();
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("feed");
    assertThat(feed).contains("<id>tag:greenwhistle.example,2026:typical-case/" + id + "</id>")
        .contains("&lt;A&amp;B").contains("/cases/" + id + "\"").contains("xmlns=\"http://www.w3.org/2005/Atom\"");

    // withdrawn: gone from the public pages and the feed, kept for the admins
    as(TestAccounts.ADMIN, post(ADMIN_API + "/" + id + "/withdraw").contentType(MediaType.APPLICATION_JSON)
        .content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
    as(TestAccounts.ADMIN, post(ADMIN_API + "/" + id + "/withdraw").contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\":\"企业提出异议，核实后再发布\"}")).andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/typical-cases/" + id)).andExpect(status().isNotFound());
    assertThat(publicList("q=" + token).get("total").asLong()).isZero();
    assertThat(feed()).doesNotContain(token);
    assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
    as(TestAccounts.ADMIN, get(ADMIN_API).param("status", "WITHDRAWN").param("q", token)).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(id));
    assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE chain_key = 'typical-cases' AND subject = ?",
        String.class, "case-" + id)).containsExactly("TYPICAL_CASE_CREATED", "TYPICAL_CASE_SUBMITTED",
        "TYPICAL_CASE_PUBLISHED", "TYPICAL_CASE_WITHDRAWN");

    // only ADMIN reaches the console
    mvc.perform(get(ADMIN_API)).andExpect(status().isUnauthorized());
    as(TestAccounts.LEADER, get(ADMIN_API)).andExpect(status().isForbidden());
    as(TestAccounts.LEADER, post(ADMIN_API + "/" + id + "/approve")).andExpect(status().isForbidden());
  }

  @Test
  void badInputIsRefusedWithTheFieldNamed() throws Exception {
    int batch = newBatch();
    ObjectNode form = fullForm(batch, "过长正文的案例");
    form.put("facts", "很".repeat(5001));
    createRefused(form, "facts", "publication.error.tooLong");
    form = fullForm(batch, "未知类别的案例");
    form.put("category", "BANANA");
    createRefused(form, "category", "publication.error.category");
    form = fullForm(batch, "年份不对的案例");
    form.put("caseYear", 1899);
    createRefused(form, "caseYear", "publication.error.year");
    form.put("caseYear", 2999);
    createRefused(form, "caseYear", "publication.error.year");
    form = fullForm(batch, "地点不对的案例");
    form.put("regionCode", "999999");
    createRefused(form, "regionCode", "publication.error.region");
    form = fullForm(99_999, "批次不存在的案例");
    createRefused(form, "batchNo", "publication.error.batch");
    form = fullForm(batch, "");
    createRefused(form, "title", "publication.error.length");
    as(TestAccounts.ADMIN, post(ADMIN_API).contentType(MediaType.APPLICATION_JSON).content("{\"caseYear\":\"abc\"}"))
        .andExpect(status().isBadRequest());

    // an incomplete draft cannot go to review
    long id = created(as(TestAccounts.ADMIN, post(ADMIN_API).contentType(MediaType.APPLICATION_JSON)
        .content("{\"title\":\"只有标题的草稿\"}")));
    as(TestAccounts.ADMIN, post(ADMIN_API + "/" + id + "/submit")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'facts')].code").value("publication.error.required"))
        .andExpect(jsonPath("$.errors[?(@.field == 'batchNo')]").exists());
    as(TestAccounts.ADMIN_2, post(ADMIN_API + "/" + id + "/approve")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("publication.error.notInReview"));

    // only a closed case can be written up; an unknown one is not found
    Receipt open = submit(SampleReports.anonymousJson("510311"));
    as(TestAccounts.ADMIN, post(ADMIN_API + "/from-case").contentType(MediaType.APPLICATION_JSON)
        .content("{\"trackingCode\":\"" + open.code() + "\"}")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("publication.error.notClosed"));
    as(TestAccounts.ADMIN, post(ADMIN_API + "/from-case").contentType(MediaType.APPLICATION_JSON)
        .content("{\"trackingCode\":\"GW-NOPE-0000\"}")).andExpect(status().isNotFound());

    // batches: numbered once
    as(TestAccounts.ADMIN, post(ADMIN_API + "/batches").contentType(MediaType.APPLICATION_JSON)
        .content("{\"batchNo\":" + batch + ",\"title\":\"重复的批次\"}")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("publication.error.batchExists"));

    // public filters
    mvc.perform(get("/api/v1/typical-cases").param("year", "abc")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
    mvc.perform(get("/api/v1/typical-cases/abc")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/typical-cases/" + id).header("Accept-Language", "en")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("No such typical case."));
  }

  // ---------------------------------------------------------------- helpers

  private ObjectNode fullForm(int batch, String title) {
    ObjectNode form = json.createObjectNode();
    form.put("title", title);
    form.put("batchNo", batch);
    form.put("regionCode", "330603");
    form.put("category", "WATER");
    form.put("caseYear", 2025);
    form.put("background", "浙江省生态环境违法行为举报奖励办法规定，按罚款金额的5%给予举报人奖励。");
    form.put("facts", "2025年5月，有群众举报某印染公司通过暗管偷排印染废水，执法人员夜间蹲守查实。");
    form.put("handling", "生态环境部门对某印染公司罚款20万元，并实施按日连续处罚。");
    form.put("reward", "给予举报人奖励1万元。");
    form.put("significance", "群众举报是发现暗管偷排的重要途径。");
    return form;
  }

  private ObjectNode formOf(JsonNode c) {
    ObjectNode form = json.createObjectNode();
    for (String field : List.of("title", "regionCode", "category", "background", "facts", "handling", "reward",
        "significance")) {
      if (c.hasNonNull(field)) {
        form.put(field, c.get(field).asText());
      }
    }
    form.put("caseYear", c.get("caseYear").asInt());
    return form;
  }

  private void createRefused(ObjectNode form, String field, String code) throws Exception {
    as(TestAccounts.ADMIN, post(ADMIN_API).contentType(MediaType.APPLICATION_JSON).content(form.toString()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].code").value(code));
  }

  private int newBatch() throws Exception {
    for (int attempt = 0; attempt < 50; attempt++) {
      int no = ThreadLocalRandom.current().nextInt(100, 1000);
      int status = as(TestAccounts.ADMIN, post(ADMIN_API + "/batches").contentType(MediaType.APPLICATION_JSON)
          .content("{\"batchNo\":" + no + ",\"title\":\"测试批次 " + no + "\"}")).andReturn().getResponse().getStatus();
      if (status == 201) {
        return no;
      }
    }
    throw new AssertionError("no free batch number");
  }

  private long created(ResultActions result) throws Exception {
    return json.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
        .get("id").asLong();
  }

  private ResultActions edit(String user, long id, ObjectNode form) throws Exception {
    return as(user, put(ADMIN_API + "/" + id).contentType(MediaType.APPLICATION_JSON).content(form.toString()));
  }

  private JsonNode detail(long id) throws Exception {
    return json.readTree(as(TestAccounts.ADMIN, get(ADMIN_API + "/" + id)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private List<JsonNode> publicationCheck(long id) throws Exception {
    JsonNode findings = json.readTree(as(TestAccounts.ADMIN, get(ADMIN_API + "/" + id + "/check"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    List<JsonNode> list = new ArrayList<>();
    findings.forEach(list::add);
    return list;
  }

  private String statusOf(long id) {
    return jdbc.queryForObject("SELECT status FROM typical_case WHERE id = ?", String.class, id);
  }

  private JsonNode publicList(String query) throws Exception {
    return json.readTree(mvc.perform(get("/api/v1/typical-cases?" + query)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private String feed() throws Exception {
    return mvc.perform(get("/api/v1/typical-cases/feed.atom")).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}
