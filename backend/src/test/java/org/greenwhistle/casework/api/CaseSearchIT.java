package org.greenwhistle.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.greenwhistle.BackendIT;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.casework.domain.CaseListItem;
import org.greenwhistle.casework.domain.CaseSearch;
import org.greenwhistle.casework.service.CaseSearchService;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;

/**
 * The staff case search and its CSV export (#21 item 4): one query for the view and the REST list, scoped to the
 * caller's region; the export streams words, not codes, and nothing of the reporter.
 */
@BackendIT
@AutoConfigureMockMvc
class CaseSearchIT extends ApiTestSupport {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Autowired CaseSearchService search;
  @Autowired AuditTrail audit;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void aClosedCaseIsFoundByTargetByEitherFormOfItsCodeAndByTheOtherFilters() {
    String target = "检索测试化工厂" + UUID.randomUUID().toString().substring(0, 8);
    Receipt closed = scenarios.closedCase(ReportSpec.anonymous().target(target));
    LocalDate today = LocalDate.now(CHINA);

    assertThat(codes(TestAccounts.LEADER, new CaseSearch(target.substring(2), null, ReportStatus.CLOSED, null, null,
        false))).containsExactly(closed.code());
    String display = ReceiptCodes.display(closed.code());
    for (String form : List.of(display, closed.code(), display.toLowerCase(Locale.ROOT), " " + closed.code() + " ",
        closed.code().substring(2))) {
      assertThat(codes(TestAccounts.INVESTIGATOR, new CaseSearch(form, null, null, null, null, false)))
          .as(form).containsExactly(closed.code());
    }
    assertThat(codes(TestAccounts.INTAKE, new CaseSearch(target, Category.HAZARDOUS_WASTE, null, today, today, false)))
        .containsExactly(closed.code());
    assertThat(codes(TestAccounts.INTAKE, new CaseSearch(target, Category.NOISE, null, null, null, false))).isEmpty();
    assertThat(codes(TestAccounts.INTAKE, new CaseSearch(target, null, ReportStatus.SUBMITTED, null, null, false)))
        .isEmpty();
    assertThat(codes(TestAccounts.INTAKE, new CaseSearch(target, null, null, today.plusDays(1), null, false)))
        .isEmpty();
    assertThat(codes(TestAccounts.INTAKE, new CaseSearch(target, null, null, null, today.minusDays(1), false)))
        .isEmpty();
    // closed: nothing open, so nothing overdue
    assertThat(codes(TestAccounts.INTAKE, new CaseSearch(target, null, null, null, null, true))).isEmpty();
    assertThat(scenarios.as(TestAccounts.LEADER, () -> search.count(new CaseSearch(target, null, null, null, null,
        false)))).isEqualTo(1);
  }

  @Test
  void theOverdueFilterFindsACaseWhoseIntakeDeadlinePassed() {
    String target = "逾期测试厂" + UUID.randomUUID().toString().substring(0, 8);
    Receipt late = scenarios.submittedReport(ReportSpec.anonymous().target(target));
    Receipt onTime = scenarios.submittedReport(ReportSpec.anonymous().target(target));
    assertThat(codes(TestAccounts.INTAKE, new CaseSearch(target, null, null, null, null, true))).isEmpty();
    // the intake deadline's timer fires (as it would after 15 days): the escalation marks the case overdue
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(late.code()).singleResult().getId();
    management.executeJob(management.createJobQuery().timers().activityId("intakeOverdue")
        .processInstanceId(instance).singleResult().getId());
    List<CaseListItem> overdue = scenarios.as(TestAccounts.INTAKE, () -> search.search(
        new CaseSearch(target, null, null, null, null, true), 0, 50));
    assertThat(overdue).extracting(CaseListItem::trackingCode).containsExactly(late.code());
    assertThat(overdue.get(0).overdue()).isTrue();
    assertThat(codes(TestAccounts.INTAKE, new CaseSearch(target, null, null, null, null, false)))
        .containsExactlyInAnyOrder(late.code(), onTime.code());
  }

  @Test
  void theExportIsUtf8CsvWithABomInWordsAndWithoutTheReporter() {
    String target = "导出测试厂" + UUID.randomUUID().toString().substring(0, 8);
    Receipt closed = scenarios.closedCase(ReportSpec.realName().target(target));
    Receipt open = scenarios.submittedReport(ReportSpec.realName().target("=HYPERLINK(\"x\")" + target));
    long before = scenarios.as(TestAccounts.ADMIN, () -> audit.count(CaseSearchService.EXPORT_CHAIN));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long rows = scenarios.as(TestAccounts.LEADER, () -> search.exportCsv(new CaseSearch(target, null, null, null, null,
        false), Locale.SIMPLIFIED_CHINESE, out));
    byte[] bytes = out.toByteArray();
    assertThat(rows).isEqualTo(2);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String csv = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = csv.substring(1).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("\"举报编号\",\"提交时间\",\"状态\",\"类别\",\"被举报对象\",\"所在地区\",\"办理期限\",\"是否逾期\"");
    // newest first; a formula in a citizen's text is defused
    assertThat(lines.get(1)).startsWith("\"" + ReceiptCodes.display(open.code()) + "\"")
        .contains("\"已提交，待受理\"", "\"危险废物\"", "\"'=HYPERLINK(\"\"x\"\")" + target + "\"", "四川省", "\"否\"");
    assertThat(lines.get(2)).startsWith("\"" + ReceiptCodes.display(closed.code()) + "\"")
        .contains("\"已办结\"", "\"危险废物\"", "\"" + target + "\"", "沿滩区");
    assertThat(csv).doesNotContain(SampleReports.NAME, SampleReports.PHONE, SampleReports.ID_NUMBER,
        SampleReports.EMAIL, "CLOSED", "HAZARDOUS_WASTE", "SUBMITTED");
    assertThat(scenarios.as(TestAccounts.ADMIN, () -> audit.count(CaseSearchService.EXPORT_CHAIN))).isEqualTo(before + 1);

    ByteArrayOutputStream english = new ByteArrayOutputStream();
    scenarios.as(TestAccounts.LEADER, () -> search.exportCsv(new CaseSearch(closed.code(), null, null, null, null, false),
        Locale.ENGLISH, english));
    assertThat(english.toString(StandardCharsets.UTF_8)).contains("\"Tracking code\"", "Closed", "Hazardous waste");
  }

  @Test
  void anOfficerOfAnotherRegionFindsNothingAndExportsNothing() throws Exception {
    String target = "辖区测试厂" + UUID.randomUUID().toString().substring(0, 8);
    Receipt closed = scenarios.closedCase(ReportSpec.anonymous().target(target));

    assertThat(codes(TestAccounts.CQ_INTAKE, new CaseSearch(target, null, null, null, null, false))).isEmpty();
    assertThat(codes(TestAccounts.CQ_INTAKE, new CaseSearch(closed.code(), null, null, null, null, false))).isEmpty();
    assertThat(codes(TestAccounts.INVESTIGATOR_2, new CaseSearch(target, null, null, null, null, false))).isEmpty();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long rows = scenarios.as(TestAccounts.CQ_INTAKE, () -> search.exportCsv(new CaseSearch(target, null, null, null,
        null, false), Locale.SIMPLIFIED_CHINESE, out));
    assertThat(rows).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(target, ReceiptCodes.display(closed.code()))
        .hasLineCount(1);
    as(TestAccounts.CQ_INTAKE, get("/api/v1/cases").param("q", target)).andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    as(TestAccounts.LEADER, get("/api/v1/cases").param("q", target).param("status", "CLOSED"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].trackingCode").value(closed.code()));
    // FINANCE holds no case role: refused before any query
    assertThatThrownBy(() -> scenarios.as(TestAccounts.FINANCE, () -> search.count(new CaseSearch(target, null, null,
        null, null, false)))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aDateRangeEndingBeforeItStartsIsRefusedInWords() throws Exception {
    LocalDate today = LocalDate.now(CHINA);
    assertThatThrownBy(() -> scenarios.as(TestAccounts.INTAKE, () -> search.count(new CaseSearch(null, null, null,
        today, today.minusDays(1), false))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
            .isEqualTo("caseSearch.error.dateRange"));
    as(TestAccounts.INTAKE, get("/api/v1/cases").param("from", today.toString())
        .param("to", today.minusDays(1).toString()).header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("The end date cannot be before the start date."));
  }

  private List<String> codes(String user, CaseSearch q) {
    return scenarios.as(user, () -> search.search(q, 0, 50)).stream().map(CaseListItem::trackingCode).toList();
  }
}
