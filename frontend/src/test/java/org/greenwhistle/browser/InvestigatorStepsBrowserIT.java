package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.Scenarios.Fine;
import org.junit.jupiter.api.Test;

/**
 * The investigator's statutory steps in the browser only (cases reach their starting state through the services):
 * (a) an extension requested and approved, the decision shown to the investigator; (b) a penalty decision with two
 * violation items; (c) an arrest recorded after closure, which starts a supplementary reward review.
 */
class InvestigatorStepsBrowserIT extends BrowserTestBase {

  @Test
  void anExtensionRequestedByTheInvestigatorIsApprovedByTheLeader() {
    String code = scenarios.acceptedCase(ReportSpec.anonymous().target("某化工厂")).code();

    login("investigator", "investigator");
    openCase(code);
    waitForText("#extension-days", "最多可延期");
    type("#extension-days", "20");
    type("#extension-reason", "需等待第三方检测机构出具水样检测报告。");
    clickButton("#extension-request");
    waitForText("#extension-state", "等待领导审批");
    logout();

    login("leader", "leader");
    openCase(code);
    clickButton("#claim-extensionApproval");
    waitForText("#extension-requested", "申请延期 20 天，理由：需等待第三方检测机构出具水样检测报告。");
    chooseRadio("#form-outcome", "同意延期");
    clickButton("#complete-task");
    waitFor("#case-title");
    logout();

    login("investigator", "investigator");
    openCase(code);
    waitForText("#extension-state", "领导已批准延期 20 天");
    screenshot("staff-extension-approved");
    // once granted, no second request
    assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#extension-request"))).isEmpty();
    logout();
  }

  @Test
  void aPenaltyDecisionWithTwoViolationItemsReachesTheRewardReview() {
    String code = scenarios.acceptedCase(ReportSpec.realName().target("某电镀园区")).code();

    login("investigator", "investigator");
    openCase(code);
    clickButton("#claim-verification");
    chooseRadio("#form-outcome", "查证属实");
    type("#form-findings", "现场发现暗管直通河道，危险废物露天堆放。");
    clickButton("#complete-task");
    waitForText("#case-status", "依法处理中");
    clickButton("#claim-enforcementDecision");
    type("#form-decision-number", "自环罚〔2026〕99号");
    pickInCombo("#form-violation-type", "危险废物违法");
    clickCheckbox("#form-outcomes", "罚款");
    type("#form-fine", "50000");
    type("#form-max-fine", "1000000");
    clickButton("#form-add-item");
    pickInCombo("#form-violation-type-2", "暗管偷排");
    clickCheckbox("#form-outcomes-2", "罚款");
    type("#form-fine-2", "300000");
    type("#form-max-fine-2", "1000000");
    screenshot("staff-penalty-two-items");
    clickButton("#complete-task");
    waitForText("#case-status", "待办结审批");
    logout();

    login("leader", "leader");
    openCase(code);
    clickButton("#claim-closureApproval");
    chooseRadio("#form-outcome", "同意办结");
    clickButton("#complete-task");
    waitForText("#case-status", "已办结");
    clickButton("#open-reward-rewardReview");
    waitForText("#reward-facts", "危险废物违法");
    waitForText("#reward-facts", "暗管偷排");
    chooseRadio("#reward-grade", "一级");
    waitForText("#reward-quote-amount", "建议金额");
    logout();
  }

  @Test
  void anArrestRecordedAfterClosureStartsASupplementaryRewardReview() {
    Receipt receipt = scenarios.grantedReward(ReportSpec.realName().target("某制革厂"),
        Fine.of(150_000, 1_000_000)).receipt();
    String code = receipt.code();

    login("investigator", "investigator");
    openCase(code);
    waitForText("#case-status", "已办结");
    chooseRadio("#criminal-outcome", "犯罪嫌疑人已被逮捕");
    clickButton("#criminal-record");
    waitForText("#case-timeline", "犯罪嫌疑人已被逮捕");
    logout();

    login("leader", "leader");
    openCase(code);
    clickButton("#open-reward-rewardReview");
    waitForText("#reward-facts", "追加奖励");
    screenshot("reward-supplementary-review");
    logout();
  }

  private void openCase(String code) {
    open("/staff/case/" + code);
    waitFor("#case-title");
  }
}
