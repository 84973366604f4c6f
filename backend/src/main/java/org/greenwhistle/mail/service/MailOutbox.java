package org.greenwhistle.mail.service;

import java.time.Clock;
import java.util.List;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.mail.domain.MailStatus;
import org.greenwhistle.mail.domain.OutboxMail;
import org.greenwhistle.mail.persistence.OutboxMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues mail in the caller's transaction; {@link MailDispatcher} delivers it afterwards. */
@Service
public class MailOutbox {
  private final OutboxMapper outbox;
  private final FieldCipher cipher;
  private final Clock clock;

  MailOutbox(OutboxMapper outbox, FieldCipher cipher, Clock clock) {
    this.outbox = outbox;
    this.cipher = cipher;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void enqueue(String recipient, String subject, String body) {
    var now = clock.instant();
    outbox.insert(new OutboxMail(null, cipher.encrypt(recipient), subject, body, now, MailStatus.PENDING, 0, now,
        null, null));
  }

  /** ADMIN's view of the outbox (the demo profile captures all mail here). */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<OutboxMail> page(int offset, int limit) {
    return outbox.findPage(offset, Math.min(limit, 200));
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public long count() {
    return outbox.count();
  }

  @PreAuthorize("hasRole('ADMIN')")
  public String recipientOf(OutboxMail mail) {
    return cipher.decrypt(mail.recipientEncrypted());
  }
}
