package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 22 end to end, with mail really sent (SMTP to GreenMail instead of the demo's captured outbox): the handler
 * asks a question on the case page; the reporter, who reported in English, gets it by mail in English with a link to
 * the follow-up page; the reporter replies there; the handler's inbox shows the mark and the officer gets a mail.
 */
@TestPropertySource(properties = {"greenwhistle.mail.delivery=SMTP", "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025"})
class ConversationBrowserIT extends BrowserTestBase {
  @Autowired ReportSubmissionService submissions;

  @RegisterExtension final TestMailServer.PerTest mail = new TestMailServer.PerTest();

  @Test
  void aQuestionReachesTheReporterByMailAndTheReplyReachesTheHandler() {
    String reporter = "reporter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    ReportDraft draft = ReportSpec.realName().categories(Category.WATER).target("Riverside dye works")
        .reporterEmail(reporter).draft();
    var receipt = submissions.submit(draft, List.of(), null, "198.18.22.9", Locale.ENGLISH).receipt();
    String code = receipt.trackingCode();

    // the first page of a fresh context can take longer than the base's wait on a busy machine
    open("/login");
    new WebDriverWait(driver, Duration.ofMinutes(3)).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form")));
    // the handler asks a question on the case page
    login("intake", "intake");
    open("/staff/case/" + code);
    waitFor("#case-title");
    type("#case-message-text", "Where exactly is the outlet pipe? A photo would help.");
    clickButton("#case-message-send");
    waitForText("#case-messages", "Where exactly is the outlet pipe?");
    // leave as the reporter would arrive: without the officer's session
    driver.manage().deleteAllCookies();

    // the reporter gets it by mail, in English, with the follow-up page's link and never the access key
    MimeMessage question = mail.server().awaitContaining(reporter, "Where exactly is the outlet pipe?");
    assertThat(TestMailServer.subject(question)).isEqualTo("A new message on your report");
    assertThat(TestMailServer.body(question)).contains(ReceiptCodes.display(code)).contains("/follow-up")
        .doesNotContain(receipt.accessKey());

    // and replies on the follow-up page
    open("/follow-up");
    type("#follow-up-code", code);
    type("#follow-up-key", receipt.accessKey());
    clickButton("#follow-up-open");
    waitFor("#follow-up-status");
    type("#follow-up-reply", "Behind the warehouse, at the river bank. I will send a photo.");
    clickButton("#follow-up-send");
    waitForText("#follow-up-messages", "Behind the warehouse");

    // the officer is told by mail (intake holds the role in Sichuan; the task is unclaimed)
    MimeMessage told = mail.server().awaitContaining("intake@staff.greenwhistle.example", ReceiptCodes.display(code));
    assertThat(TestMailServer.body(told)).contains("回复了留言");

    // and the inbox shows the mark, the case first
    login("intake", "intake");
    open("/staff");
    type("#inbox-search", code);
    // the grid keeps the components of rows it showed before the search (other cases' marks) hidden in its DOM:
    // count the marks on screen, in the one row left
    wait.until(d -> {
      try {
        return d.findElement(By.id("inbox-grid")).getText().contains(ReceiptCodes.display(code))
            && d.findElements(By.cssSelector("#inbox-grid .inbox-reporter-wrote")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).count() == 1;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return false;
      }
    });
    assertThat(driver.findElement(By.id("inbox-count")).getText()).contains("1");
    screenshot("inbox-reporter-wrote");
  }
}
