package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The staff workspace as each demo role uses it: intake accepts, the investigator fines, the leader closes. */
class StaffWorkflowIT extends BrowserTestBase {
  private Receipt submit() {
    return scenarios.submittedReport(ReportSpec.anonymous().target("某金属表面处理厂").address("沿滩区某工业园 12 号")
        .description("厂区后墙外堆放几十桶废酸液，部分已经泄漏流进水沟。"));
  }

  private void openCase(String code) {
    open("/staff/case/" + code);
    waitFor("#case-title");
  }

  @Test
  void intakeAcceptsTheInvestigatorFinesWithAPhotoAndTheLeaderClosesWhileTheCitizenFollows() throws Exception {
    Receipt receipt = submit();
    String code = receipt.code();
    String shown = "GW-" + code.substring(2, 7) + "-" + code.substring(7);

    login("intake", "intake");
    waitFor("#staff-home");
    type("#inbox-search", code);
    waitForText("#inbox-grid", shown);
    screenshot("staff-inbox");
    openCase(code);
    clickButton("#claim-intakeReview");
    chooseRadio("#form-outcome", "受理");
    clickButton("#complete-task");
    waitForText("#case-status", "已受理");
    logout();

    login("investigator", "investigator");
    openCase(code);
    clickButton("#claim-verification");
    chooseRadio("#form-outcome", "查证属实");
    type("#form-findings", "现场发现约 30 桶废酸液露天堆放，地面有明显泄漏痕迹。");
    File photo = photo();
    driver.findElement(By.cssSelector("#form-photos")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
        .sendKeys(photo.getAbsolutePath());
    waitForText("vaadin-notification-card", "已保存");
    clickButton("#complete-task");
    waitForText("#case-status", "依法处理中");
    clickButton("#claim-enforcementDecision");
    type("#form-decision-number", "自环罚〔2026〕88号");
    pickInCombo("#form-violation-type", "危险废物违法");
    clickCheckbox("#form-outcomes", "罚款");
    type("#form-fine", "150000");
    type("#form-max-fine", "1000000");
    clickButton("#complete-task");
    waitForText("#case-status", "待办结审批");
    waitForText("#case-evidence", "办理人员提供");
    logout();

    login("leader", "leader");
    openCase(code);
    // the site photo is shown inline (served only to staff of the region, each download audited)
    wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
        "const i = document.querySelector('#case-evidence img'); return i != null && i.complete && i.naturalWidth > 0;")));
    clickButton("#claim-closureApproval");
    chooseRadio("#form-outcome", "同意办结");
    screenshot("staff-case-page");
    clickButton("#complete-task");
    waitForText("#case-status", "已办结");
    logout();

    open("/follow-up");
    type("#follow-up-code", code);
    type("#follow-up-key", receipt.key());
    clickButton("#follow-up-open");
    waitForText("#follow-up-status", "已办结");
    String timeline = waitFor("#follow-up-timeline").getText();
    assertThat(timeline).contains("举报已提交", "已受理", "现场核查完成", "已作出处理决定", "已办结");
  }

  @Test
  void anInvestigatorOfAnotherCountyCannotOpenTheCaseByUrl() throws Exception {
    String code = submit().code();
    login("investigator2", "investigator2");
    open("/staff/case/" + code);
    waitFor("#case-not-found");
    assertThat(driver.findElements(By.cssSelector("#case-title"))).isEmpty();
  }

  @Test
  void intakeSeesTheReporterMaskedAndUnmaskingIsAudited() throws Exception {
    String code = scenarios.submittedReport(ReportSpec.realName().wantsReward(false)
        .reporter("浏览器测试人", "510302199001011239", "13800001111").categories(Category.WATER).target("某造纸厂")
        .address("沿滩区某路").description("排污口流出大量白色泡沫污水。")).code();

    login("intake", "intake");
    openCase(code);
    waitForText("#reporter-phone", "138****1111");
    assertThat(driver.findElement(By.id("reporter-idNumber")).getText()).isEqualTo("510302********1239");
    clickButton("#unmask-phone");
    type("#unmask-reason", "需要电话联系核实地点");
    clickButton("#unmask-confirm");
    waitForText("#reporter-phone", "13800001111");
    logout();

    login("investigator", "investigator");
    openCase(code);
    waitFor("#reporter-hidden");
    assertThat(driver.findElements(By.id("reporter-name"))).isEmpty();
    logout();

    login("admin", "admin");
    openCase(code);
    waitForText("#reporter-name", "浏*****");
    waitForText("#case-timeline", "举报已提交");
  }

  private static File photo() throws Exception {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(90, 110, 80));
    g.fillRect(0, 0, 320, 240);
    g.dispose();
    File file = Files.createTempDirectory("gw-site").resolve("现场核查.jpg").toFile();
    ImageIO.write(image, "jpg", file);
    file.deleteOnExit();
    return file;
  }
}
