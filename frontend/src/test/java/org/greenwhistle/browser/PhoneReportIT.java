package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.greenwhistle.report.SampleReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * The report form on a 390 × 844 phone: it fits, errors are listed above the form and go once fixed, the receipt
 * image is saved and its QR code opens the follow-up page; a session that ends mid-form loses nothing but identity.
 */
class PhoneReportIT extends BrowserTestBase {
  @Value("${greenwhistle.public-url}")
  private String publicUrl;

  @Autowired
  private ServletWebServerApplicationContext web;

  @BeforeEach
  void phone() {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    // each test starts without an earlier test's copy of the form
    js("localStorage.clear()");
  }

  @AfterEach
  void desktop() {
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void theFormFitsAndItsErrorsGoOnceFixedWithoutANotification() {
    open("/report");
    waitFor("#report-heading");
    // the header keeps "登录" on one line, nothing is wider than the screen (the date-time picker included)
    assertThat(js("return document.querySelector('#login-link').getClientRects().length")).isEqualTo(1L);
    assertThat((Boolean) js("const r = document.querySelector('vaadin-date-time-picker').getBoundingClientRect();"
        + " return r.right <= window.innerWidth && document.documentElement.scrollWidth <= window.innerWidth"))
        .as("date-time picker within the 390 px screen").isTrue();
    // the citizens' frame: plain links (no drawer to sync), the current page marked for screen readers
    assertThat(js("return document.querySelector('#portal-nav a[aria-current=page]').textContent")).isEqualTo("我要举报");
    screenshot("report-top-phone");
    // the intro speaks of * marks, and the required fields carry them
    assertThat(waitFor("vaadin-vertical-layout > p").getText()).contains("*");
    for (String id : new String[] {"categories", "target", "description", "region", "address"}) {
      assertThat(driver.findElement(By.id(id)).getDomAttribute("required")).as(id + " marked").isNotNull();
    }

    clickButton("#submit-report");
    waitForText("#report-errors", "情况描述需要 10 到 5000 个字");
    assertThat(driver.findElements(By.cssSelector("vaadin-notification-card"))).isEmpty();
    // focus went to the first field in error: the first category box
    wait.until(d -> Boolean.TRUE.equals(js("return document.querySelector('#categories').contains(document.activeElement)")));
    assertThat(driver.findElement(By.id("description")).getDomAttribute("invalid")).isNotNull();

    type("#description", "太短");
    waitFor("#target");
    type("#target", "某化工厂");
    wait.until(d -> d.findElement(By.id("target")).getDomAttribute("invalid") == null);
    assertThat(driver.findElement(By.id("description")).getDomAttribute("invalid")).as("still too short").isNotNull();
    type("#description", "烟囱整夜冒黄烟，附近居民闻到刺鼻气味。");
    wait.until(d -> d.findElement(By.id("description")).getDomAttribute("invalid") == null);
    clickCheckbox("#categories", "大气污染");
    wait.until(d -> d.findElement(By.id("categories")).getDomAttribute("invalid") == null);
    screenshot("report-errors-phone");
    js("localStorage.clear()");
  }

  @Test
  void theReceiptImageIsSavedAndItsQrCodeOpensTheFollowUpPage() throws Exception {
    open("/report");
    CitizenReportIT.fillTheReport(this);
    clickButton("#submit-report");
    String code = waitFor("#receipt-code").getText();
    String key = waitFor("#receipt-key").getText();
    // focus moves to the receipt
    wait.until(d -> "receipt-heading".equals(js("return document.activeElement && document.activeElement.id")));
    WebElement save = waitFor("#receipt-save-image");
    assertThat(save.getDomAttribute("download")).isNotNull();

    Map<String, Object> saved = fetch(save.getDomProperty("href"));
    assertThat(saved.get("cache")).isEqualTo("no-store");
    assertThat(saved.get("type")).isEqualTo("image/png");
    assertThat((String) saved.get("disposition")).startsWith("attachment");
    Map<String, Object> shown = fetch(waitFor("#receipt-image").getDomProperty("src"));
    assertThat(shown.get("cache")).isEqualTo("no-store");
    screenshot("receipt-image-phone");

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) saved.get("data"))));
    String link = decodeQr(image);
    assertThat(link).isEqualTo(publicUrl.replaceAll("/+$", "") + "/follow-up?code=" + code);
    assertThat(link.replace("-", "")).doesNotContain(key.replace("-", ""));

    // the configured public address is this server in production; here the test server stands in for it
    URI target = URI.create(link);
    open(target.getRawPath() + "?" + target.getRawQuery());
    wait.until(d -> code.equals(js("const f = document.querySelector('#follow-up-code'); return f && f.value")));
    type("#follow-up-key", key);
    clickButton("#follow-up-open");
    waitForText("#follow-up-status", "待受理");
  }

  @Test
  void aSessionThatEndsMidFormLosesNothingButIdentityAndTheFormSubmits() throws Exception {
    open("/report");
    CitizenReportIT.fillTheReport(this);
    File photo = CitizenReportIT.photo("烟囱.jpg", Color.GRAY);
    WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-upload")));
    upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(photo.getAbsolutePath());
    wait.until(d -> Boolean.TRUE.equals(js("const u = document.querySelector('#evidence-upload');"
        + " return u.files.length === 1 && u.files.every(f => f.complete);")));
    chooseRadio("#anonymous", "实名举报");
    type("#reporter-name", SampleReports.NAME);
    type("#reporter-id", SampleReports.ID_NUMBER);
    type("#reporter-phone", SampleReports.PHONE);
    // the citizen goes back up to the address (the phone number's change reaches the server) and the phone sleeps
    js("document.querySelector('#address').scrollIntoView({block: 'center'})");
    WebElement address = waitFor("#address input");
    address.click();
    waitUntilTheClientIsIdle();

    expireAllSessions();
    // it wakes up and the citizen types on: the field's request meets the ended session, Vaadin reloads the page
    // (LocaleSetup: no notice to click) and the form restores itself from the browser's copy
    address.sendKeys(Keys.chord(Keys.CONTROL, "a"), "沿滩区工业园 5 号东门");
    waitFor("#report-restored");
    assertThat(js("return performance.getEntriesByType('navigation')[0].type")).as("the page was reloaded")
        .isEqualTo("reload");

    assertThat(js("return document.querySelector('#target').value")).isEqualTo("某化工厂");
    assertThat((String) js("return document.querySelector('#description').value")).startsWith("烟囱整夜冒黄烟");
    assertThat(js("return document.querySelector('#address').value")).isEqualTo("沿滩区工业园 5 号东门");
    wait.until(d -> "沿滩区".equals(js("return document.querySelector('#region-county').inputElement.value")));
    assertThat((Boolean) js("return [...document.querySelectorAll('#categories vaadin-checkbox')]"
        + ".some(b => b.checked && b.textContent.includes('大气污染'))")).isTrue();
    for (String id : new String[] {"reporter-name", "reporter-id", "reporter-phone"}) {
      assertThat(js("return document.querySelector('#" + id + "').value")).as(id).isEqualTo("");
    }
    String stored = (String) js("return JSON.stringify(localStorage)");
    assertThat(stored).contains("某化工厂").doesNotContain(SampleReports.NAME, SampleReports.ID_NUMBER, SampleReports.PHONE);
    waitForText("#report-restored-files", "烟囱.jpg");
    screenshot("report-restored-phone");

    // the session ends once more before the photo is added again: the form still names it
    js("window.gwBeforeSecondExpiry = true; document.querySelector('#address').scrollIntoView({block: 'center'})");
    WebElement addressAgain = waitFor("#address input");
    addressAgain.click();
    waitUntilTheClientIsIdle();
    expireAllSessions();
    addressAgain.sendKeys(Keys.chord(Keys.CONTROL, "a"), "沿滩区工业园 5 号北门");
    wait.until(d -> js("return window.gwBeforeSecondExpiry === undefined && !!document.querySelector('#report-restored')"));
    waitForText("#report-restored-files", "烟囱.jpg");
    assertThat(js("return document.querySelector('#address').value")).isEqualTo("沿滩区工业园 5 号北门");

    type("#reporter-name", SampleReports.NAME);
    type("#reporter-id", SampleReports.ID_NUMBER);
    type("#reporter-phone", SampleReports.PHONE);
    clickButton("#submit-report");
    assertThat(waitFor("#receipt-code").getText()).matches("GW-[0-9A-Z]{5}-[0-9A-Z]{5}");
    assertThat(js("return localStorage.getItem('greenwhistle.report.draft')")).isNull();
  }

  /** Vaadin's client has no request in flight nor queued work (as TestBench waits for it). */
  private void waitUntilTheClientIsIdle() {
    wait.until(d -> Boolean.TRUE.equals(js("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
  }

  /** The test hook: every server session ends, as after the 30-minute timeout. */
  private void expireAllSessions() {
    var tomcat = ((TomcatWebServer) web.getWebServer()).getTomcat();
    for (Container container : tomcat.getHost().findChildren()) {
      for (Session session : ((Context) container).getManager().findSessions()) {
        session.expire();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> fetch(String url) {
    Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {"
            + "  let bin = ''; new Uint8Array(b).forEach(x => bin += String.fromCharCode(x));"
            + "  done({cache: r.headers.get('Cache-Control'), type: r.headers.get('Content-Type'),"
            + "        disposition: r.headers.get('Content-Disposition') || '', data: btoa(bin)});"
            + "})).catch(e => done({error: String(e)}));", url);
    assertThat(result).doesNotContainKey("error");
    return result;
  }

  private static String decodeQr(BufferedImage image) throws Exception {
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, true))
        .getText();
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }
}
