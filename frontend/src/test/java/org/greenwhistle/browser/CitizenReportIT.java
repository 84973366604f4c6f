package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** An anonymous citizen on a 390 × 844 phone screen reports with two photos and follows the report. */
class CitizenReportIT extends BrowserTestBase {

  @Test
  void anAnonymousCitizenReportsWithTwoPhotosAndFollowsTheReport() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      open("/");
      clickButton("#portal-report");
      fillTheReport(this);

      File first = photo("烟囱.jpg", Color.GRAY);
      File second = photo("river.jpg", Color.DARK_GRAY);
      WebElement upload = waitFor("#evidence-upload");
      WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
      input.sendKeys(first.getAbsolutePath() + "\n" + second.getAbsolutePath());
      wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
          "const u = document.querySelector('#evidence-upload');"
              + "return u.files.length === 2 && u.files.every(f => f.complete);")));
      screenshot("report-form-phone");

      clickButton("#submit-report");
      String code = waitFor("#receipt-code").getText();
      String key = waitFor("#receipt-key").getText();
      assertThat(code).matches("GW-[0-9A-Z]{5}-[0-9A-Z]{5}");
      assertThat(key.replace("-", "")).hasSize(26);
      waitForText("#receipt-warning", "只显示这一次");
      screenshot("receipt-phone");

      open("/follow-up");
      type("#follow-up-code", code);
      type("#follow-up-key", key);
      clickButton("#follow-up-open");
      waitForText("#follow-up-timeline", "举报已提交");
      waitForText("#follow-up-evidence", "2");
      waitForText("#follow-up-status", "待受理");
      screenshot("follow-up-phone");

      String wrongKey = notFoundText(code, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-A");
      String unknownCode = notFoundText("GW-00000-00000", key);
      assertThat(wrongKey).isNotBlank().isEqualTo(unknownCode).contains("未找到该举报");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void theFormExplainsWhatIsMissing() {
    open("/report");
    waitFor("#report-heading");
    clickButton("#submit-report");
    waitForText("#report-errors", "情况描述需要 10 到 5000 个字");
    wait.until(d -> d.findElement(By.cssSelector("#description")).getAttribute("invalid") != null);
    assertThat(driver.findElement(By.cssSelector("#categories")).getAttribute("invalid")).isNotNull();
    assertThat(driver.findElement(By.cssSelector("#region")).getAttribute("invalid")).isNotNull();
  }

  /** An air-pollution report from 沿滩区, Zigong: everything the form needs but evidence and identity. */
  static void fillTheReport(BrowserTestBase test) {
    test.waitFor("#report-heading");
    test.clickCheckbox("#categories", "大气污染");
    test.type("#target", "某化工厂");
    test.type("#description", "烟囱整夜冒黄烟，附近居民闻到刺鼻气味。");
    test.pickInCombo("#region-province", "四川省");
    test.pickInCombo("#region-city", "自贡市");
    test.pickInCombo("#region-county", "沿滩区");
    test.type("#address", "沿滩区工业园 5 号");
  }

  private String notFoundText(String code, String key) {
    open("/follow-up");
    type("#follow-up-code", code);
    type("#follow-up-key", key);
    clickButton("#follow-up-open");
    wait.until(d -> !d.findElement(By.id("follow-up-error")).getText().isBlank());
    return driver.findElement(By.id("follow-up-error")).getText();
  }

  static File photo(String name, Color color) throws Exception {
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 400, 300);
    g.dispose();
    Path dir = Files.createTempDirectory("gw-photos");
    File file = dir.resolve(name).toFile();
    ImageIO.write(image, "jpg", file);
    file.deleteOnExit();
    return file;
  }
}
