package org.greenwhistle.mail.service;

import org.greenwhistle.mail.domain.OutboxMail;

/** Puts a mail's link back into its stored body, or says the link was removed. */
final class MailContent {
  static final String REMOVED = "[链接已删除 / link removed]";

  private MailContent() {
  }

  static String body(String storedBody, String link) {
    return storedBody.replace(OutboxMail.LINK, link == null ? REMOVED : link);
  }
}
