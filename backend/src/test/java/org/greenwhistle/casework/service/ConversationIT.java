package org.greenwhistle.casework.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.greenwhistle.BackendIT;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.mail.StoredMails;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.service.FollowUpService;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.Scenarios;
import org.greenwhistle.scenario.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 22 through real SMTP (GreenMail): the handler's message reaches a real-name reporter in the report's
 * language; the reporter's reply marks the case in the inbox and mails the handlers; an anonymous reporter's contact
 * address gets only "there is news", is stored encrypted and, once removed, gets nothing more.
 */
@BackendIT
class ConversationIT {
  @Autowired Scenarios scenarios;
  @Autowired ReportSubmissionService submissions;
  @Autowired FollowUpService followUps;
  @Autowired CaseworkService casework;
  @Autowired ReporterActivity activity;
  @Autowired JdbcTemplate jdbc;
  @Autowired FieldCipher cipher;

  @RegisterExtension final TestMailServer.PerTest mail = new TestMailServer.PerTest();

  @Test
  void aHandlersQuestionReachesAnEnglishReporterAndTheReplyMarksTheCaseAndMailsTheHandlers() throws Exception {
    String reporter = "en-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    ReportDraft draft = ReportSpec.realName().reporterEmail(reporter).draft();
    var receipt = submissions.submit(draft, List.of(), null, "198.18.22.1", Locale.ENGLISH).receipt();
    String code = receipt.trackingCode();
    mail.server().await(reporter, 1); // "Your report has been received"

    scenarios.as(TestAccounts.INTAKE, () -> casework.messageReporter(code, "Where exactly is the outlet pipe?"));
    MimeMessage question = mail.server().awaitContaining(reporter, "Where exactly is the outlet pipe?");
    String body = TestMailServer.body(question);
    assertThat(TestMailServer.subject(question)).isEqualTo("A new message on your report");
    assertThat(body).contains("the staff handling your report " + ReceiptCodes.display(code))
        .contains("http://localhost:8080/follow-up").doesNotContain(receipt.accessKey());

    followUps.reply(code, receipt.accessKey(), "Behind the warehouse, next to the river.");
    CaseTask intake = scenarios.openTasks(TestAccounts.INTAKE, code).get(0);
    assertThat(intake.reporterWrote()).isTrue();
    assertThat(scenarios.as(TestAccounts.INTAKE, () -> casework.inbox(null, null, code, 0, 10)))
        .extracting(CaseTask::reporterWrote).containsExactly(true);
    // marked tasks come first in the inbox
    List<CaseTask> page = scenarios.as(TestAccounts.INTAKE, () -> casework.inbox(null, null, null, 0, 50));
    assertThat(page.get(0).reporterWrote()).isTrue();
    assertThat(page).extracting(CaseTask::reporterWrote).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
    // unclaimed: the intake officers of the region are told, in Chinese (staff language), with the code
    String officer = TestAccounts.emailOf(TestAccounts.INTAKE);
    MimeMessage told = mail.server().awaitContaining(officer, ReceiptCodes.display(code));
    assertThat(TestMailServer.subject(told)).isEqualTo("举报人有新的回复或材料");
    assertThat(TestMailServer.body(told)).contains("回复了留言").doesNotContain("warehouse");

    // the handler opens the case: the mark goes
    scenarios.as(TestAccounts.INTAKE, () -> activity.caseOpened(code));
    assertThat(scenarios.openTasks(TestAccounts.INTAKE, code).get(0).reporterWrote()).isFalse();
  }

  @Test
  void anAnonymousReportersContactGetsOnlyNewsIsStoredEncryptedAndOnceRemovedGetsNothing() {
    Receipt r = scenarios.submittedReport(ReportSpec.anonymous().target("某化工厂").description("夜间偷排黄色废水，气味刺鼻。"));
    String contact = "anon-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    assertThat(followUps.contact(r.code(), r.key())).isEqualTo(FollowUpService.Contact.NONE);
    followUps.setContact(r.code(), r.key(), contact);
    assertThat(followUps.contact(r.code(), r.key())).isEqualTo(FollowUpService.Contact.SET);

    String stored = jdbc.queryForObject("SELECT contact_email_enc FROM report WHERE tracking_code = ?", String.class,
        r.code());
    assertThat(stored).doesNotContain(contact).doesNotContain("example.net");
    assertThat(cipher.decrypt(stored)).isEqualTo(contact);
    // never shown to staff
    assertThat(scenarios.as(TestAccounts.INTAKE, () -> casework.caseDetail(r.code())).toString())
        .doesNotContain(contact);

    scenarios.as(TestAccounts.INTAKE, () -> casework.messageReporter(r.code(), "请补充排污口的照片。"));
    MimeMessage news = mail.server().await(contact, 1).get(0);
    String body = TestMailServer.body(news);
    assertThat(TestMailServer.subject(news)).isEqualTo("您的举报有新消息");
    assertThat(body).contains("您的举报有新消息").contains("http://localhost:8080/follow-up")
        .doesNotContain(r.code()).doesNotContain(ReceiptCodes.display(r.code())).doesNotContain("照片")
        .doesNotContain("化工厂").doesNotContain("废水").doesNotContain("沿滩").doesNotContain(r.key());

    followUps.removeContact(r.code(), r.key());
    assertThat(jdbc.queryForObject("SELECT contact_email_enc FROM report WHERE tracking_code = ?", String.class,
        r.code())).isNull();
    scenarios.as(TestAccounts.INTAKE, () -> casework.messageReporter(r.code(), "请再补充一张照片。"));
    // the second message queued no mail for the removed address (mail is queued in the step's transaction)
    assertThat(new StoredMails(jdbc, cipher).all()).filteredOn(m -> contact.equals(m.recipient())).hasSize(1);
    assertThat(mail.server().to(contact)).hasSize(1);
  }

  @Test
  void aReplyOnAClaimedTaskMailsTheOfficerHoldingIt() {
    Receipt r = scenarios.submittedReport(ReportSpec.anonymous());
    String taskId = scenarios.taskId(TestAccounts.INTAKE, r.code(), "intakeReview");
    scenarios.as(TestAccounts.INTAKE, () -> casework.claim(taskId));
    followUps.reply(r.code(), r.key(), "补充：排放时间一般在凌晨两点左右。");
    String officer = TestAccounts.emailOf(TestAccounts.INTAKE);
    assertThat(TestMailServer.body(mail.server().awaitContaining(officer, ReceiptCodes.display(r.code()))))
        .contains("回复了留言");
    assertThat(scenarios.openTasks(TestAccounts.INTAKE, r.code()).get(0).reporterWrote()).isTrue();
  }
}
