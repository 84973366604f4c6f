package org.greenwhistle.mail.domain;

/** Why a mail was sent: stored in plain text so that operators can follow the outbox without reading mail. */
public enum MailReason {
  /** Mail queued before reasons were recorded. */
  UNSPECIFIED,
  REPORT_RECEIVED,
  REPORT_PROGRESS,
  ACCOUNT_EXISTS,
  EMAIL_VERIFICATION,
  PASSWORD_RESET,
  SET_PASSWORD,
  TASK_ASSIGNED,
  TASK_DUE_SOON,
  TASK_OVERDUE,
  TASK_REASSIGNED,
  /** A handler's message or request for information to a reporter. */
  HANDLER_MESSAGE,
  /** "There is news on your report" to an anonymous reporter's contact address (no case content). */
  CONTACT_NEWS,
  /** A reporter's reply, new evidence or appeal, to the officer holding the task or the role holders in the region. */
  REPORTER_WROTE
}
