package org.greenwhistle.mail.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.mail.domain.CapturedMail;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.domain.MailStatus;
import org.greenwhistle.mail.domain.OutboxEntry;
import org.greenwhistle.mail.domain.OutboxMail;
import org.greenwhistle.mail.persistence.OutboxMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail in the caller's transaction; {@link MailDispatcher} delivers it afterwards. Recipient, subject and
 * body are stored encrypted; a link carrying a token is stored apart and dropped once delivered or expired.
 * ADMIN sees a status list (no content, masked recipients); only where mail is captured (the demo) the mail itself.
 */
@Service
public class MailOutbox {
  private final OutboxMapper outbox;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final MailProperties properties;
  private final Clock clock;

  MailOutbox(OutboxMapper outbox, FieldCipher cipher, AuditTrail audit, MailProperties properties, Clock clock) {
    this.outbox = outbox;
    this.cipher = cipher;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /** A mail without secrets; the subject must be neutral (it names no report, target or person). */
  @Transactional(propagation = Propagation.REQUIRED)
  public void enqueue(MailReason reason, String recipient, String subject, String body) {
    insert(reason, recipient, subject, body, null, null);
  }

  /**
   * A mail whose {@code body} contains {@code link}, which carries a token valid until {@code notAfter}: the link
   * is kept apart and dropped at delivery or at {@code notAfter}, whichever comes first; an expired link is never sent.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void enqueueWithLink(MailReason reason, String recipient, String subject, String body, String link,
                              Instant notAfter) {
    if (link == null || link.isBlank() || !body.contains(link) || notAfter == null) {
      throw new IllegalArgumentException("a link mail needs its link in the body and a not-after time");
    }
    insert(reason, recipient, subject, body.replace(link, OutboxMail.LINK), link, notAfter);
  }

  private void insert(MailReason reason, String recipient, String subject, String body, String link, Instant notAfter) {
    var now = clock.instant();
    outbox.insert(new OutboxMail(null, reason, cipher.encrypt(recipient), cipher.encrypt(subject),
        cipher.encrypt(body), cipher.encrypt(link), notAfter, now, MailStatus.PENDING, 0, now, null, null,
        now.plus(properties.retryFor())));
  }

  /** True where mail is captured instead of sent (the demo profile): only then may ADMIN read mail. */
  public boolean capturesMail() {
    return properties.delivery() == MailProperties.Delivery.CAPTURE;
  }

  /** Each opening of the outbox view is recorded in the audit trail. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void recordViewing() {
    audit.record(AuditEntry.SYSTEM_CHAIN, SecurityContextHolder.getContext().getAuthentication().getName(),
        "OUTBOX_VIEWED", "mail_outbox", capturesMail() ? "capture" : "status");
  }

  /** ADMIN's status list: time, reason, masked recipient, status, attempts, last error; never subject or body. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<OutboxEntry> statusPage(int offset, int limit) {
    return outbox.findPage(offset, Math.min(limit, 200)).stream()
        .map(m -> new OutboxEntry(m.id(), m.createdAt(), m.reason(), mask(cipher.decrypt(m.recipientEncrypted())),
            m.status(), m.attempts(), m.lastError()))
        .toList();
  }

  /** The demo's captured mail with its content; refused where mail is really sent. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<CapturedMail> capturedPage(int offset, int limit) {
    if (!capturesMail()) {
      throw new IllegalStateException("mail content is shown only where mail is captured (demo profile)");
    }
    return outbox.findPage(offset, Math.min(limit, 200)).stream()
        .map(m -> new CapturedMail(m.id(), m.createdAt(), m.reason(), cipher.decrypt(m.recipientEncrypted()),
            cipher.decrypt(m.subject()),
            MailContent.body(cipher.decrypt(m.body()), cipher.decrypt(m.secretEncrypted())), m.status()))
        .toList();
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public long count() {
    return outbox.count();
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public long countFailed() {
    return outbox.countFailed();
  }

  /**
   * ADMIN's retry of every FAILED mail (after a long outage): each is due at once and retried for a new period. Mails
   * whose link has expired stay unsent. Audited; returns how many mails were queued again.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public int retryFailed() {
    Instant now = clock.instant();
    int queued = outbox.retryFailed(now, now.plus(properties.retryFor()));
    audit.record(AuditEntry.SYSTEM_CHAIN, SecurityContextHolder.getContext().getAuthentication().getName(),
        "OUTBOX_FAILED_RETRIED", "mail_outbox", "mails=" + queued);
    return queued;
  }

  /** "r•••@example.org": enough to tell mails apart, not to learn who reported. */
  static String mask(String address) {
    if (address == null) {
      return "";
    }
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return "•••";
    }
    return address.charAt(0) + "•••" + address.substring(at);
  }
}
