package org.greenwhistle.report.service;

import java.util.Locale;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.service.MailOutbox;
import org.greenwhistle.report.domain.ReportRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mail to a reporter, queued in the caller's transaction: to a real-name reporter's address the news itself, in the
 * language of the report, with a link to the follow-up page (never the access key); to an anonymous reporter's
 * contact address only "there is news on your report", with no tracking code and no case content.
 */
@Component
public class ReporterMail {
  private final MailOutbox mail;
  private final FieldCipher cipher;
  private final MessageSource messages;
  private final String publicUrl;

  ReporterMail(MailOutbox mail, FieldCipher cipher, MessageSource messages,
               @Value("${greenwhistle.public-url:http://localhost:8080}") String publicUrl) {
    this.mail = mail;
    this.cipher = cipher;
    this.messages = messages;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /** The stored language of a report from the locale it was submitted in: "en" or "zh". */
  public static String languageOf(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh";
  }

  static Locale localeOf(ReportRecord report) {
    return "en".equals(report.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  /** A step of the case ({@code timelineType}) to the reporter. */
  void progress(ReportRecord report, String timelineType) {
    Locale l = localeOf(report);
    String step = messages.getMessage("timeline." + timelineType, null, timelineType, l);
    send(report, MailReason.REPORT_PROGRESS, "mail.progress.subject", "mail.reporter.progress.body", step);
  }

  /** A handler's message (a question, a request for information, feedback) to the reporter. */
  void handlerMessage(ReportRecord report, String text) {
    send(report, MailReason.HANDLER_MESSAGE, "mail.reporter.message.subject", "mail.reporter.message.body", text);
  }

  private void send(ReportRecord report, MailReason reason, String subjectKey, String bodyKey, Object detail) {
    Locale l = localeOf(report);
    String link = publicUrl + "/follow-up";
    if (report.getReporterEmailEnc() != null) {
      String code = ReceiptCodes.display(report.getTrackingCode());
      mail.enqueue(reason, cipher.decrypt(report.getReporterEmailEnc()), messages.getMessage(subjectKey, null, l),
          messages.getMessage(bodyKey, new Object[] {code, detail, link}, l));
    } else if (report.getContactEmailEnc() != null) {
      mail.enqueue(MailReason.CONTACT_NEWS, cipher.decrypt(report.getContactEmailEnc()),
          messages.getMessage("mail.contact.subject", null, l),
          messages.getMessage("mail.contact.body", new Object[] {link}, l));
    }
  }
}
