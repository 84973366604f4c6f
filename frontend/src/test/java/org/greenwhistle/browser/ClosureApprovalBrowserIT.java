package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The closure approval as the demo officers use it, in the browser only: a leader returns a closure with a
 * reason, the case says it is back at verification and the investigator reads the reason on the case page and
 * in the verification form; after a second return the form lists both reasons; the closure is then approved with
 * a comment that the timeline keeps.
 */
class ClosureApprovalBrowserIT extends BrowserTestBase {
  private static final String REASON = "核查记录未写明采样点位，请补充后重新提交。";
  private static final String SECOND_REASON = "请附上采样检测报告编号。";
  private static final String APPROVAL = "核查充分，同意办结。";
  private static final String RETURNED_STEP = "办结审批退回，重新现场核查";

  @Test
  void aReturnedClosureTellsTheInvestigatorWhyAndAnApprovalKeepsItsComment() {
    String[] receipt = reportInTheBrowser();
    String code = receipt[0];

    login("intake", "intake");
    openCase(code);
    clickButton("#claim-intakeReview");
    chooseRadio("#form-outcome", "受理");
    clickButton("#complete-task");
    waitForText("#case-status", "已受理");
    logout();

    login("investigator", "investigator");
    verifyNotConfirmed(code);
    logout();

    login("leader", "leader");
    openCase(code);
    waitForText("#case-status", "待办结审批");
    clickButton("#claim-closureApproval");
    chooseRadio("#form-outcome", "退回重新核查");
    type("#form-comment", REASON);
    clickButton("#complete-task");
    // the case is where it really is: back at on-site verification, with the reason on its timeline
    waitForText("#case-status", "现场核查中");
    waitForText("#case-timeline", RETURNED_STEP + "：" + REASON);
    logout();

    login("investigator", "investigator");
    openCase(code);
    waitForText("#case-status", "现场核查中");
    waitForText("#case-timeline", RETURNED_STEP + "：" + REASON);
    clickButton("#claim-verification");
    waitForText("#form-closure-returns", REASON);
    // the form with the reasons (and the upload widget in Chinese) for the screenshot
    ((JavascriptExecutor) driver).executeScript(
        "document.querySelector('#form-closure-returns').scrollIntoView({block: 'start'})");
    screenshot("staff-closure-returned");
    chooseRadio("#form-outcome", "未查实");
    type("#form-findings", "补充核查：采样点位为厂区东侧排水口，未检出超标。");
    clickButton("#complete-task");
    waitForText("#case-status", "待办结审批");
    logout();

    // a second return: the investigator's form lists every reason given so far, oldest first
    login("leader", "leader");
    openCase(code);
    clickButton("#claim-closureApproval");
    chooseRadio("#form-outcome", "退回重新核查");
    type("#form-comment", SECOND_REASON);
    clickButton("#complete-task");
    waitForText("#case-status", "现场核查中");
    logout();

    login("investigator", "investigator");
    openCase(code);
    waitForText("#case-timeline", RETURNED_STEP + "：" + SECOND_REASON);
    clickButton("#claim-verification");
    waitForText("#form-closure-returns", SECOND_REASON);
    String reasons = waitFor("#form-closure-returns").getText();
    assertThat(reasons.indexOf(REASON)).isNotNegative().isLessThan(reasons.indexOf(SECOND_REASON));
    chooseRadio("#form-outcome", "未查实");
    type("#form-findings", "检测报告编号 ZG-2026-1188，采样点位未检出超标。");
    clickButton("#complete-task");
    waitForText("#case-status", "待办结审批");
    logout();

    login("leader", "leader");
    openCase(code);
    clickButton("#claim-closureApproval");
    chooseRadio("#form-outcome", "同意办结");
    type("#form-comment", APPROVAL);
    clickButton("#complete-task");
    waitForText("#case-status", "已办结");
    waitForText("#case-timeline", "领导同意办结：" + APPROVAL);
    String timeline = waitFor("#case-timeline").getText();
    assertThat(timeline.indexOf(RETURNED_STEP + "：" + REASON)).isLessThan(timeline.indexOf("领导同意办结：" + APPROVAL));
    logout();

    // the reporter sees that the closure was returned, not the leader's internal reasons
    open("/follow-up");
    type("#follow-up-code", code);
    type("#follow-up-key", receipt[1]);
    clickButton("#follow-up-open");
    waitForText("#follow-up-status", "已办结");
    String reporterTimeline = waitFor("#follow-up-timeline").getText();
    assertThat(reporterTimeline).contains(RETURNED_STEP, "已办结").doesNotContain(REASON, SECOND_REASON, APPROVAL);
  }

  private String[] reportInTheBrowser() {
    open("/report");
    waitFor("#report-heading");
    clickCheckbox("#categories", "水污染");
    type("#target", "某印染厂");
    type("#description", "印染厂夜间通过暗管向河道排放有色废水，河水发红。");
    pickInCombo("#region-province", "四川省");
    pickInCombo("#region-city", "自贡市");
    pickInCombo("#region-county", "沿滩区");
    type("#address", "沿滩区河边路 8 号");
    clickButton("#submit-report");
    String code = waitFor("#receipt-code").getText().replace("-", "");
    String key = waitFor("#receipt-key").getText();
    return new String[] {code, key};
  }

  private void openCase(String code) {
    open("/staff/case/" + code);
    waitFor("#case-title");
  }

  private void verifyNotConfirmed(String code) {
    openCase(code);
    clickButton("#claim-verification");
    chooseRadio("#form-outcome", "未查实");
    type("#form-findings", "现场未发现排污暗管，河道水色正常。");
    clickButton("#complete-task");
    waitForText("#case-status", "待办结审批");
  }
}
