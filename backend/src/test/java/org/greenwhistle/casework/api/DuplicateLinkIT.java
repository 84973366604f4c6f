package org.greenwhistle.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenwhistle.BackendIT;
import org.greenwhistle.casework.domain.DuplicateCandidate;
import org.greenwhistle.casework.service.DuplicateService;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.Scenarios.Fine;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Duplicates done right (#21 item 5): candidates by target or place, a link only to the earlier report (the same rule
 * in the REST form, the one-click link and the engine), the group's first report keeps the reward, and duplicates of
 * a withdrawn or rejected first report are handled on their own.
 */
@BackendIT
@AutoConfigureMockMvc
class DuplicateLinkIT extends ApiTestSupport {
  @Autowired DuplicateService duplicates;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aLaterReportLinksToTheEarlierOneAndNeverTheOtherWayRound() throws Exception {
    String target = "重复测试厂" + UUID.randomUUID().toString().substring(0, 8);
    Receipt earlier = scenarios.submittedReport(ReportSpec.anonymous().target(target));
    Receipt later = scenarios.submittedReport(ReportSpec.anonymous().target(target));

    List<DuplicateCandidate> ofLater = candidates(TestAccounts.INTAKE, later);
    assertThat(ofLater).extracting(DuplicateCandidate::trackingCode).containsExactly(earlier.code());
    assertThat(ofLater.get(0).earlier()).isTrue();
    assertThat(ofLater.get(0).sameTarget()).isTrue();
    assertThat(candidates(TestAccounts.INTAKE, earlier)).singleElement()
        .satisfies(c -> assertThat(c.earlier()).isFalse());

    // REST: the earlier report cannot be linked to the later one, with the reason and the later code in words
    String intakeOfEarlier = claimTask(TestAccounts.INTAKE, earlier.code(), "intakeReview");
    complete(TestAccounts.INTAKE, intakeOfEarlier, "{\"outcome\":\"LINK_DUPLICATE\",\"linkTo\":\"" + later.code() + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("linkTo"))
        .andExpect(jsonPath("$.errors[0].code").value("case.error.linkTargetLater"))
        .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
            ReceiptCodes.display(later.code()))));
    // the engine (Tasklist, /engine-rest) refuses it too
    identity.setAuthentication(TestAccounts.INTAKE, List.of("INTAKE"));
    try {
      assertThatThrownBy(() -> taskService.complete(intakeOfEarlier, Map.of("intakeOutcome", "LINK_DUPLICATE",
          "linkedTrackingCode", later.code()))).hasStackTraceContaining("case.error.linkTargetLater");
    } finally {
      identity.clearAuthentication();
    }
    // the one-click link refuses it the same way
    assertThatThrownBy(() -> scenarios.as(TestAccounts.INTAKE, () -> duplicates.link(earlier.code(), later.code())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
            .isEqualTo("case.error.linkTargetLater"));
    assertThat(statusOf(earlier)).isEqualTo("SUBMITTED");

    scenarios.as(TestAccounts.INTAKE, () -> duplicates.link(later.code(), earlier.code()));
    assertThat(statusOf(later)).isEqualTo("LINKED");
    assertThat(linkedTo(later)).isEqualTo(earlier.code());
    // the linked one is the earlier case's duplicate now, no longer a candidate
    assertThat(candidates(TestAccounts.INTAKE, earlier)).isEmpty();
  }

  @Test
  void aPlaceNearbyIsACandidateAndAFarOneIsNot() throws Exception {
    double lat = 29.0 + Math.random() / 10;
    Receipt first = submit(located("甲" + UUID.randomUUID(), lat, 104.5));
    Receipt near = submit(located("乙" + UUID.randomUUID(), lat + 0.002, 104.5)); // about 220 m north
    Receipt far = submit(located("丙" + UUID.randomUUID(), lat + 0.01, 104.5)); // about 1.1 km north
    List<DuplicateCandidate> found = candidates(TestAccounts.INTAKE, near);
    assertThat(found).extracting(DuplicateCandidate::trackingCode).contains(first.code()).doesNotContain(far.code());
    DuplicateCandidate c = found.stream().filter(d -> d.trackingCode().equals(first.code())).findFirst().orElseThrow();
    assertThat(c.sameTarget()).isFalse();
    assertThat(c.distanceMetres()).isBetween(200, 240);
    // another region's officer is offered nothing of this region
    assertThatThrownBy(() -> candidates(TestAccounts.CQ_INTAKE, near))
        .isInstanceOf(org.greenwhistle.common.problem.NotFoundException.class);
  }

  @Test
  void theFirstReportOfAGroupKeepsTheFirstReportersRights() throws Exception {
    String target = "首报测试厂" + UUID.randomUUID().toString().substring(0, 8);
    Receipt first = scenarios.submittedReport(ReportSpec.realName().target(target));
    Receipt second = scenarios.submittedReport(ReportSpec.realName().target(target));
    Receipt third = scenarios.submittedReport(ReportSpec.realName().target(target));
    scenarios.as(TestAccounts.INTAKE, () -> duplicates.link(third.code(), second.code()));
    scenarios.as(TestAccounts.INTAKE, () -> duplicates.link(second.code(), first.code()));
    // the group has one first report: the third follows the second to the first
    assertThat(linkedTo(second)).isEqualTo(first.code());
    assertThat(linkedTo(third)).isEqualTo(first.code());

    scenarios.close(first, Fine.of(80_000, 500_000));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("reward")
        .processInstanceBusinessKey(first.code()).count()).isEqualTo(1);
    for (Receipt duplicate : List.of(second, third)) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reward w JOIN report r ON r.id = w.report_id "
          + "WHERE r.tracking_code = ?", Integer.class, duplicate.code())).isZero();
    }
  }

  @Test
  void theDuplicatesOfARejectedFirstReportAreHandledOnTheirOwn() throws Exception {
    Receipt[] group = linkedPair("驳回测试厂");
    Receipt first = group[0];
    Receipt duplicate = group[1];
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, first.code(), "intakeReview"),
        "{\"outcome\":\"REJECT\",\"rejectReason\":\"INSUFFICIENT_INFORMATION\"}").andExpect(status().isNoContent());

    assertReleased(duplicate);
    // its own intake goes on: it can be accepted as the first report now
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, duplicate.code(), "intakeReview"),
        "{\"outcome\":\"ACCEPT\"}").andExpect(status().isNoContent());
    assertThat(statusOf(duplicate)).isEqualTo("ACCEPTED");
  }

  @Test
  void theDuplicatesOfAWithdrawnFirstReportAreHandledOnTheirOwn() throws Exception {
    Receipt[] group = linkedPair("撤回测试厂");
    Receipt first = group[0];
    Receipt duplicate = group[1];
    mvc.perform(post("/api/v1/reports/" + first.code() + "/withdraw").header("X-Access-Key", first.key()))
        .andExpect(status().isOk());
    assertReleased(duplicate);
  }

  /** A first report and a later one linked to it as its duplicate, about a target of their own. */
  private Receipt[] linkedPair(String targetPrefix) {
    String target = targetPrefix + UUID.randomUUID().toString().substring(0, 8);
    Receipt first = scenarios.submittedReport(ReportSpec.anonymous().target(target));
    Receipt duplicate = scenarios.submittedReport(ReportSpec.anonymous().target(target));
    scenarios.as(TestAccounts.INTAKE, () -> duplicates.link(duplicate.code(), first.code()));
    return new Receipt[] {first, duplicate};
  }

  private void assertReleased(Receipt duplicate) throws Exception {
    assertThat(statusOf(duplicate)).isEqualTo("SUBMITTED");
    assertThat(linkedTo(duplicate)).isNull();
    assertThat(scenarios.taskId(TestAccounts.INTAKE, duplicate.code(), "intakeReview")).isNotNull();
    assertThat(followUp(duplicate).toString()).contains("DUPLICATE_RELEASED");
  }

  private List<DuplicateCandidate> candidates(String user, Receipt receipt) {
    return scenarios.as(user, () -> duplicates.candidates(receipt.code()));
  }

  private String statusOf(Receipt r) {
    return jdbc.queryForObject("SELECT status FROM report WHERE tracking_code = ?", String.class, r.code());
  }

  private String linkedTo(Receipt r) {
    return jdbc.queryForObject("SELECT e.tracking_code FROM report r LEFT JOIN report e ON e.id = r.linked_to_report_id "
        + "WHERE r.tracking_code = ?", String.class, r.code());
  }

  private static String located(String target, double lat, double lon) {
    return """
        {"categories":["AIR"],"targetName":"%s","regionCode":"510311","address":"沿滩区工业园 5 号",
         "latitude":%.6f,"longitude":%.6f,"observedAt":"2026-11-20T08:30:00+08:00","ongoing":true,
         "description":"夜间排放刺鼻气体，河道有黑色污水流出。","anonymous":true,"wantsReward":false}
        """.formatted(target, lat, lon);
  }
}
