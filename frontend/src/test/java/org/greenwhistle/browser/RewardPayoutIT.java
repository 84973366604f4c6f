package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.Scenarios.Fine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reward from review to payment as the demo roles do it: leader reviews, finance approves, the reporter claims
 * on the follow-up page, finance2 records the payment; finance sees the reporter's name only on that payout.
 */
class RewardPayoutIT extends BrowserTestBase {
  private static final String REPORTER = "奖励测试人";
  private static final String ID_NUMBER = "51030219880505001X";

  @Test
  void leaderReviewsFinanceApprovesTheCitizenClaimsAndFinance2RecordsThePayment() throws Exception {
    // the case work before the reward through the services (the staff workflow test covers its UI)
    Receipt receipt = scenarios.closedCase(ReportSpec.realName().reporter(REPORTER, ID_NUMBER, "13800002222")
        .target("某电镀厂").address("沿滩区某工业园 3 号").description("夜间用槽罐车向河沟倾倒含铬废液。"),
        Fine.of(300_000, 1_000_000).forViolation("HIDDEN_PIPE"));
    String code = receipt.code();
    // the finance grid shows the code as receipts print it (hyphenated); the search accepts either form
    String shown = org.greenwhistle.report.service.ReceiptCodes.display(code);

    login("leader", "leader");
    open("/staff/case/" + code);
    clickButton("#open-reward-rewardReview");
    waitFor("#reward-facts");
    chooseRadio("#reward-grade", "一级");
    waitForText("#reward-quote-amount", "建议金额");
    waitForText("#reward-basis", "四川");
    screenshot("reward-review");
    clickButton("#complete-task");
    waitFor("#staff-home");
    logout();

    login("finance", "finance");
    waitFor("#finance-home");
    type("#finance-search", code);
    waitForCell("#payout-queue", shown);
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(REPORTER);
    clickCell("#payout-queue", shown);
    waitForText("#payout-reporter", REPORTER);
    screenshot("finance-payout");
    clickButton("#payout-approve");
    wait.until(d -> d.findElements(By.cssSelector("#payout-dialog")).isEmpty());
    // the dialog's overlay can outlive its element for the closing animation; the name must go with it
    wait.until(d -> !d.findElement(By.tagName("body")).getText().contains(REPORTER));
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(REPORTER);
    logout();

    open("/follow-up");
    type("#follow-up-code", code);
    type("#follow-up-key", receipt.key());
    clickButton("#follow-up-open");
    waitForText("#follow-up-timeline", "奖励已批准");
    clickButton("#follow-up-rewards");
    waitForText("#claim-status", "待申领");
    type("#claim-name", REPORTER);
    type("#claim-id-number", ID_NUMBER);
    type("#claim-bank", "中国农业银行自贡分行");
    type("#claim-account", "6228480402564890018");
    screenshot("reward-claim");
    clickButton("#claim-submit");
    waitForText("#claim-status", "已申领待发放");

    login("finance2", "finance2");
    waitFor("#finance-home");
    // the bank batch first (finance2 did not approve it), then the payment
    clickButton("#finance-export");
    waitFor("#batch-download");
    type("#finance-search", code);
    clickCell("#payout-queue", shown);
    waitForText("#payout-bank", "6228480402564890018");
    type("#payout-reference", "ABC-2026-11-0042");
    clickButton("#payout-record");
    wait.until(d -> d.findElements(By.cssSelector("#payout-dialog")).isEmpty());
    waitForCell("#payout-queue", "已发放");
    logout();

    open("/follow-up");
    type("#follow-up-code", code);
    type("#follow-up-key", receipt.key());
    clickButton("#follow-up-open");
    waitForText("#follow-up-timeline", "奖励已发放");
  }

  /** A grid cell with the text (cells live in the grid's light DOM as vaadin-grid-cell-content). */
  private WebElement waitForCell(String gridCss, String text) {
    return wait.until(d -> d.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content")).stream()
        .filter(c -> c.getText().contains(text)).findFirst().orElse(null));
  }
}
