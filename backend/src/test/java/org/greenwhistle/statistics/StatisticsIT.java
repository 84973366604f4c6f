package org.greenwhistle.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;
import org.greenwhistle.BackendIT;
import org.greenwhistle.casework.domain.HistoricalDecision;
import org.greenwhistle.casework.service.HistoricalDecisions;
import org.greenwhistle.report.domain.HistoricalReport;
import org.greenwhistle.report.service.HistoricalReports;
import org.greenwhistle.reward.domain.HistoricalReward;
import org.greenwhistle.reward.service.HistoricalRewards;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public statistics on MariaDB, anonymously through the REST API, over cases of 2016 that only this test writes
 * (tracking codes SX…): the aggregates with China's month boundaries, the deadline rule with an extension, the
 * latest verification deciding "confirmed", small-cell suppression in JSON and CSV, and input validation.
 */
@BackendIT
@AutoConfigureMockMvc
class StatisticsIT {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String PERIOD_FROM = "2016-01";
  private static final String PERIOD_TO = "2016-06";
  private static boolean seeded;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired HistoricalReports reportHistory;
  @Autowired HistoricalDecisions decisionHistory;
  @Autowired HistoricalRewards rewardHistory;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void seed() {
    if (seeded) {
      return;
    }
    for (String table : List.of("reward", "report_event", "case_decision", "report_category")) {
      jdbc.update("DELETE FROM " + table + " WHERE report_id IN (SELECT id FROM report WHERE tracking_code LIKE 'SX%')");
    }
    jdbc.update("DELETE FROM report WHERE tracking_code LIKE 'SX%'");

    // Sichuan (Yantan, Zigong): 20 water reports in January, two also about air; the last one just before
    // midnight on 31 January (China time, 15:30 UTC)
    for (int i = 0; i < 20; i++) {
      LocalDateTime submitted = i == 19 ? at("2016-01-31T23:30") : at("2016-01-10T10:00").plusHours(i);
      long id = report("SXSC" + i, "510311", "/000000/510000/510300/510311/", submitted,
          i < 2 ? List.of("AIR", "WATER") : List.of("WATER"));
      if (i >= 16) {
        event(id, "2016-02-02T10:00", "REJECTED", "NO_CLEAR_TARGET");
        continue;
      }
      event(id, "2016-01-12T09:00", "ACCEPTED", null);
      // the latest verification counts: case 0 is confirmed on a second verification, case 10 no longer is
      if (i == 0 || i == 10) {
        decision(id, "verification", "2016-01-15T09:00", i == 0 ? "NOT_CONFIRMED" : "CONFIRMED");
      }
      decision(id, "verification", "2016-01-20T09:00", i < 10 ? "CONFIRMED" : "NOT_CONFIRMED");
      if (i < 9) {
        event(id, "2016-02-11T09:00", "CLOSED", null); // 30 days: on time
      } else if (i == 9) {
        event(id, "2016-03-01T09:00", "EXTENDED", null);
        event(id, "2016-03-25T09:00", "CLOSED", null); // 73 days with an extension: on time
      } else {
        event(id, "2016-03-22T10:00", "CLOSED", null); // 70 days: late
      }
      if (i < 6) {
        reward(id, "2016-04-15", "1000");
      } else if (i == 6) {
        reward(id, "2016-06-30", "2500");
      }
    }
    // Chongqing (Fengjie): 3 noise reports half an hour into 1 February, China time (still 31 January in UTC)
    for (int i = 0; i < 3; i++) {
      long id = report("SXCQ" + i, "500236", "/000000/500000/500236/", at("2016-02-01T00:30").plusMinutes(i),
          List.of("NOISE"));
      event(id, "2016-02-03T10:00", "REJECTED", "OUTSIDE_JURISDICTION");
    }
    // Zhejiang (West Lake): 8 soil reports in March, 5 accepted
    for (int i = 0; i < 8; i++) {
      long id = report("SXZJ" + i, "330106", "/000000/330000/330100/330106/", at("2016-03-05T10:00").plusHours(i),
          List.of("SOIL"));
      if (i < 5) {
        event(id, "2016-03-08T10:00", "ACCEPTED", null);
      }
    }
    seeded = true;
  }

  @Test
  void aggregatesByChinaMonthRegionAndCategoryForAnyone() throws Exception {
    JsonNode s = statistics(null);
    assertThat(s.get("minCell").asInt()).isEqualTo(5);
    assertThat(s.get("regionLevel").asText()).isEqualTo("PROVINCE");
    JsonNode total = s.get("total");
    assertThat(values(total, "received", "accepted", "confirmed", "closed", "closedOnTime", "rewardsPaid"))
        .containsExactly(31L, 21L, 10L, 16L, 10L, 7L);
    assertThat(total.get("onTimeShare").asDouble()).isEqualTo(0.625);
    assertThat(new BigDecimal(total.get("rewardAmount").asText())).isEqualByComparingTo("8500");

    JsonNode months = s.get("months");
    assertThat(StreamSupport.stream(months.spliterator(), false).map(m -> m.get("key").asText()))
        .containsExactly("2016-01", "2016-02", "2016-03", "2016-04", "2016-05", "2016-06");
    assertThat(value(months.get(0), "received")).isEqualTo(20L); // 23:30 on 31 January is January in China
    assertThat(value(months.get(3), "received")).isZero();
    assertThat(values(months.get(1), "closed", "accepted")).containsExactly(9L, 0L);
    assertThat(value(months.get(2), "closed")).isEqualTo(7L);

    JsonNode sichuan = row(s.get("regions"), "510000");
    assertThat(sichuan.get("label").asText()).isEqualTo("四川省");
    assertThat(values(sichuan, "received", "closed", "closedOnTime", "rewardsPaid")).containsExactly(20L, 16L, 10L, 7L);
    assertThat(sichuan.get("onTimeShare").asDouble()).isEqualTo(0.625);

    assertThat(s.get("categories")).hasSize(9);
    assertThat(value(row(s.get("categories"), "WATER"), "received")).isEqualTo(20L);
    assertThat(value(row(s.get("categories"), "SOIL"), "received")).isEqualTo(8L);
    assertThat(row(s.get("categories"), "WATER").get("label").asText()).isEqualTo("水污染");
    assertThat(value(row(s.get("categories"), "RADIATION"), "received")).isZero();

    // one province: the regions below it (one city here, so nothing small to hide)
    JsonNode one = statistics("510000");
    assertThat(one.get("regionLevel").asText()).isEqualTo("CITY");
    assertThat(one.get("regions")).hasSize(1);
    JsonNode zigong = one.get("regions").get(0);
    assertThat(zigong.get("key").asText()).isEqualTo("510300");
    assertThat(zigong.get("label").asText()).isEqualTo("自贡市");
    assertThat(values(zigong, "received", "accepted", "confirmed", "closed", "closedOnTime", "rewardsPaid"))
        .containsExactly(20L, 16L, 10L, 16L, 10L, 7L);
    assertThat(values(one.get("total"), "received", "accepted", "confirmed")).containsExactly(20L, 16L, 10L);
    assertThat(values(one.get("months").get(0), "received", "accepted", "confirmed")).containsExactly(20L, 16L, 10L);

    // labels in the caller's language
    String english = mvc.perform(get("/api/v1/statistics").param("from", PERIOD_FROM).param("to", PERIOD_TO)
        .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(row(json.readTree(english).get("categories"), "WATER").get("label").asText())
        .isEqualTo("Water pollution");
  }

  @Test
  void smallCellsAreSuppressedInJsonAndCsvAndCannotBeRecoveredFromTheTotal() throws Exception {
    JsonNode s = statistics(null);
    // Chongqing's 3 reports (February) are hidden, and so is the next smallest cell of each series
    JsonNode chongqing = row(s.get("regions"), "500000");
    assertThat(chongqing.get("received").get("suppressed").asBoolean()).isTrue();
    assertThat(chongqing.get("received").has("value")).isFalse();
    assertThat(row(s.get("regions"), "330000").get("received").get("suppressed").asBoolean()).isTrue();
    assertThat(value(row(s.get("regions"), "510000"), "received")).isEqualTo(20L);
    JsonNode february = s.get("months").get(1);
    assertThat(february.get("received").has("value")).isFalse();
    assertThat(february.get("received").get("reason").asText()).isEqualTo("SMALL");
    JsonNode march = s.get("months").get(2);
    assertThat(march.get("received").has("value")).isFalse();
    assertThat(march.get("received").get("reason").asText()).isEqualTo("COMPLEMENT");
    // a sub-count of a hidden cell would bound it: March's 5 accepted are hidden, and January's 16 with them
    assertThat(march.get("accepted").get("reason").asText()).isEqualTo("COMPLEMENT");
    assertThat(s.get("months").get(0).get("accepted").has("value")).isFalse();
    assertThat(row(s.get("categories"), "NOISE").get("received").has("value")).isFalse();
    assertThat(row(s.get("categories"), "AIR").get("received").has("value")).isFalse();
    // the single 2,500 yuan reward of June: count and amount hidden, April's 6 with it
    JsonNode june = s.get("months").get(5);
    assertThat(june.get("rewardsPaid").get("suppressed").asBoolean()).isTrue();
    assertThat(june.has("rewardAmount")).isFalse();
    assertThat(s.get("months").get(3).has("rewardAmount")).isFalse();
    // March: 1 of 7 closures on time (with the extension) would name a case: hidden with February's complement
    assertThat(s.get("months").get(2).get("closedOnTime").has("value")).isFalse();
    assertThat(s.get("months").get(2).has("onTimeShare")).isFalse();
    assertThat(s.toString()).doesNotContain("2500").doesNotContain("\"value\":3,").doesNotContain("\"value\":3}");

    byte[] bytes = mvc.perform(get("/api/v1/statistics/csv").param("from", PERIOD_FROM).param("to", PERIOD_TO)
            .header("Accept-Language", "zh-CN"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/csv;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(bytes[0] & 0xff).isEqualTo(0xEF); // BOM
    String csv = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFdimension,key,label,received,accepted,confirmed,closed");
    assertThat(lines).contains("total,total,合计,31,21,10,16,10,0.625,7,8500.00");
    assertThat(lines).anyMatch(l -> l.startsWith("province,500000,重庆市,<5,0,0,0,0,,0,"));
    assertThat(lines).anyMatch(l -> l.startsWith("month,2016-02,2016-02,<5,"));
    assertThat(lines).anyMatch(l -> l.startsWith("month,2016-03,2016-03,*,*,0,7,<5,*,0,0.00"));
    assertThat(lines).anyMatch(l -> l.startsWith("month,2016-06,2016-06,0,0,0,0,0,,<5,*"));
    assertThat(csv).doesNotContain("2500").doesNotContain(",3,");
  }

  @Test
  void badInputIsRefusedWithFieldErrors() throws Exception {
    refused("from", "2016-13", "from");
    refused("from", "last year", "from");
    refused("to", "2016-02-30", "to");
    mvc.perform(get("/api/v1/statistics").param("from", "2016-06").param("to", "2016-01"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"))
        .andExpect(jsonPath("$.errors[0].code").value("statistics.error.order"));
    mvc.perform(get("/api/v1/statistics").param("from", "2016-01").param("to", "2021-01"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("statistics.error.range"));
    mvc.perform(get("/api/v1/statistics").param("from", "2016-01").param("to", "2020-12"))
        .andExpect(status().isOk());
    refused("province", "510300", "province"); // a city, not a province
    refused("province", "51000X", "province");
    mvc.perform(get("/api/v1/statistics/csv").param("from", "2016-13").param("province", "000000")
            .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].message").value("Dates are YYYY-MM or YYYY-MM-DD."))
        .andExpect(jsonPath("$.errors[1].field").value("province"));
    // defaults: the last twelve months
    mvc.perform(get("/api/v1/statistics")).andExpect(status().isOk()).andExpect(jsonPath("$.months.length()").value(12));
  }

  /** The period's request with one parameter replaced. */
  private void refused(String param, String value, String field) throws Exception {
    java.util.Map<String, String> params = new java.util.HashMap<>(java.util.Map.of("from", PERIOD_FROM, "to", PERIOD_TO));
    params.put(param, value);
    var request = get("/api/v1/statistics");
    params.forEach(request::param);
    mvc.perform(request)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
  }

  private JsonNode statistics(String province) throws Exception {
    var request = get("/api/v1/statistics").param("from", PERIOD_FROM).param("to", PERIOD_TO)
        .header("Accept-Language", "zh-CN");
    if (province != null) {
      request.param("province", province);
    }
    String body = mvc.perform(request).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    return json.readTree(body);
  }

  private static JsonNode row(JsonNode rows, String key) {
    return StreamSupport.stream(rows.spliterator(), false).filter(r -> r.get("key").asText().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key + " in " + rows));
  }

  private static Long value(JsonNode row, String field) {
    JsonNode cell = row.get(field);
    assertThat(cell.get("suppressed").asBoolean()).as(field + " of " + row.get("key")).isFalse();
    return cell.get("value").asLong();
  }

  private static List<Long> values(JsonNode row, String... fields) {
    return java.util.Arrays.stream(fields).map(f -> value(row, f)).toList();
  }

  // ---------------------------------------------------------------- seeding

  private long report(String code, String county, String path, LocalDateTime submitted, List<String> categories) {
    Instant at = submitted.atZone(CHINA).toInstant();
    reportHistory.importReports(List.of(new HistoricalReport(code, "0".repeat(64), "CLOSED", String.join(",", categories), "某企业",
        county, path, "某处", at, false, "统计测试", true, at, at)));
    long id = reportHistory.idsWithPrefix(code).get(code);
    reportHistory.importCategories(categories.stream().map(c -> new HistoricalReport.Category(id, c, county, at))
        .toList());
    reportHistory.importEvents(List.of(new HistoricalReport.Event(id, at, "SUBMITTED", null)));
    return id;
  }

  private void event(long reportId, String chinaTime, String type, String note) {
    reportHistory.importEvents(List.of(new HistoricalReport.Event(reportId, instant(chinaTime), type, note)));
  }

  private void decision(long reportId, String taskKey, String chinaTime, String outcome) {
    decisionHistory.importDecisions(List.of(new HistoricalDecision(reportId, taskKey, "statistics-it",
        instant(chinaTime), outcome, null)));
  }

  private void reward(long reportId, String paymentDate, String amount) {
    Instant paid = LocalDate.parse(paymentDate).atTime(10, 0).atZone(CHINA).toInstant();
    rewardHistory.importPaid(List.of(new HistoricalReward(reportId, "statistics-it-" + reportId, "510000",
        "/000000/510000/510300/510311/", "sichuan-2023 v1", new BigDecimal(amount), "statistics-it", paid, paid, paid,
        paid, LocalDate.parse(paymentDate), "SX-" + reportId)));
  }

  private static LocalDateTime at(String chinaTime) {
    return LocalDateTime.parse(chinaTime);
  }

  private static Instant instant(String chinaTime) {
    return at(chinaTime).atZone(CHINA).toInstant();
  }
}
