package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * #21 items 4 and 5 in the browser only (no REST call): a leader finds a closed case by its target on the search
 * page and exports the list (masked, in words), which an officer of another region neither finds nor exports; an
 * intake officer links a later report to an earlier one from the case page's proposed candidates, and the link the
 * other way round is refused with the reason.
 */
class CaseSearchBrowserIT extends BrowserTestBase {

  @Test
  void aLeaderFindsAClosedCaseByItsTargetAndExportsTheListMaskedAndInWords() {
    String target = "自贡某电镀厂" + UUID.randomUUID().toString().substring(0, 6);
    Receipt closed = scenarios.closedCase(ReportSpec.realName().target(target));
    String code = ReceiptCodes.display(closed.code());

    login("leader", "leader");
    open("/staff/search");
    waitFor("#case-search-heading");
    type("#case-search-text", target.substring(2));
    waitForText("#case-search-count", "共 1 件");
    waitForText("#case-search-grid", code);
    waitForText("#case-search-grid", "已办结");
    waitForText("#case-search-grid", target);
    screenshot("staff-case-search");

    Map<String, Object> csv = download("#case-search-export");
    assertThat(csv.get("bom")).isEqualTo(true);
    String text = (String) csv.get("text");
    assertThat(text.lines().toList()).hasSize(2);
    assertThat(text).contains("\"举报编号\",\"提交时间\",\"状态\",\"类别\"", "\"" + code + "\"", "\"已办结\"",
        "\"危险废物\"", "\"" + target + "\"", "四川省")
        .doesNotContain(org.greenwhistle.report.SampleReports.NAME, org.greenwhistle.report.SampleReports.PHONE,
            org.greenwhistle.report.SampleReports.ID_NUMBER, "CLOSED", "HAZARDOUS_WASTE");

    // the tracking code in its plain form finds it too
    type("#case-search-text", "不存在的对象" + UUID.randomUUID());
    waitForText("#case-search-count", "共 0 件");
    type("#case-search-text", closed.code().toLowerCase());
    waitForText("#case-search-count", "共 1 件");
    waitForText("#case-search-grid", code);
    logout();

    // Chongqing's intake officer: nothing found, nothing exported
    login("cq-intake", "cq-intake");
    open("/staff/search");
    type("#case-search-text", target);
    waitForText("#case-search-count", "共 0 件");
    Map<String, Object> none = download("#case-search-export");
    assertThat(((String) none.get("text")).lines().toList()).hasSize(1);
    assertThat((String) none.get("text")).doesNotContain(target, code);
  }

  @Test
  void aLaterReportIsLinkedToTheEarlierCandidateAndNeverTheOtherWayRound() {
    String target = "沿滩某砖厂" + UUID.randomUUID().toString().substring(0, 6);
    Receipt earlier = scenarios.submittedReport(ReportSpec.anonymous().target(target));
    Receipt later = scenarios.submittedReport(ReportSpec.anonymous().target(target));

    login("intake", "intake");
    // on the earlier report, the later one is proposed, but linking to it is refused with the reason
    open("/staff/case/" + earlier.code());
    waitFor("#case-title");
    waitForText("#case-duplicate-candidates", ReceiptCodes.display(later.code()));
    waitForText("#case-duplicate-candidates", "较晚提交");
    clickButton("#link-duplicate-" + later.code());
    waitForText("vaadin-notification-card", "只能关联到更早提交的举报");
    waitForText("vaadin-notification-card", ReceiptCodes.display(later.code()));
    // nothing changed: still in intake, nobody holds its review
    open("/staff/case/" + earlier.code());
    waitForText("#case-status", "已提交，待受理");
    waitFor("#claim-intakeReview");

    // on the later report, the earlier one is proposed as "submitted earlier": one click links it
    open("/staff/case/" + later.code());
    waitForText("#case-duplicate-candidates", ReceiptCodes.display(earlier.code()));
    waitForText("#case-duplicate-candidates", "同一被举报对象");
    waitForText("#case-duplicate-candidates", "较早提交");
    ((JavascriptExecutor) driver).executeScript(
        "document.querySelector('#case-duplicate-candidates').scrollIntoView({block: 'center'})");
    screenshot("staff-duplicate-candidates");
    clickButton("#link-duplicate-" + earlier.code());
    waitForText("#case-status", "已并案办理");
    waitForText("#case-timeline", "已与同一问题的举报合并办理");

    // the earlier case lists it among its duplicates
    open("/staff/case/" + earlier.code());
    waitForText("#case-duplicates", ReceiptCodes.display(later.code()));
  }

  /** Downloads the link's file in the browser's own session; {@code bom}: whether it starts with UTF-8's BOM. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> download(String anchorCss) {
    waitFor(anchorCss);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(document.querySelector(arguments[0]).href, {credentials: 'same-origin'})
          .then(r => r.arrayBuffer())
          .then(b => { const u = new Uint8Array(b);
                       done({bom: u[0] === 0xEF && u[1] === 0xBB && u[2] === 0xBF,
                             text: new TextDecoder('utf-8').decode(b)}); })
          .catch(e => done({error: String(e)}));
        """, anchorCss);
    assertThat(result).doesNotContainKey("error");
    return result;
  }
}
