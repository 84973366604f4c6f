package org.greenwhistle.mail.service;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.mail.domain.MailStatus;
import org.greenwhistle.mail.domain.OutboxMail;
import org.greenwhistle.mail.persistence.OutboxMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued mail outside any business transaction. Each mail is claimed with a conditional
 * update, so several app nodes can run this together without sending twice. Links past their not-after time
 * are dropped on every round, whatever the mail's state.
 */
@Component
public class MailDispatcher {
  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
  private static final int BATCH = 20;

  private final OutboxMapper outbox;
  private final FieldCipher cipher;
  private final ObjectProvider<JavaMailSender> sender;
  private final MailProperties properties;
  private final Clock clock;

  MailDispatcher(OutboxMapper outbox, FieldCipher cipher, ObjectProvider<JavaMailSender> sender,
                 MailProperties properties, Clock clock) {
    this.outbox = outbox;
    this.cipher = cipher;
    this.sender = sender;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${greenwhistle.mail.poll-interval:5s}")
  public void dispatchDue() {
    Instant now = clock.instant();
    Instant staleBefore = now.minus(Duration.ofMinutes(10));
    for (Long id : outbox.findStale(staleBefore, BATCH)) {
      outbox.release(id, staleBefore);
    }
    for (Long id : outbox.findExpiredSecrets(now, BATCH)) {
      outbox.expireSecret(id, now);
    }
    for (Long id : outbox.findDue(now, BATCH)) {
      if (outbox.claim(id, now) == 1) {
        deliver(outbox.findById(id));
      }
    }
  }

  private void deliver(OutboxMail mail) {
    if (mail.notAfter() != null && (mail.secretEncrypted() == null || !clock.instant().isBefore(mail.notAfter()))) {
      // its link expired while delivery kept failing: a retry sends nothing
      outbox.markExpired(mail.id());
      return;
    }
    if (properties.delivery() == MailProperties.Delivery.CAPTURE) {
      // the capture view is the demo's mailbox: the link stays readable there until its not-after time
      outbox.markDone(mail.id(), MailStatus.CAPTURED, clock.instant(), false);
      return;
    }
    try {
      JavaMailSender mailSender = sender.getObject();
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(cipher.decrypt(mail.recipientEncrypted()));
      helper.setSubject(cipher.decrypt(mail.subject()));
      helper.setText(MailContent.body(cipher.decrypt(mail.body()), cipher.decrypt(mail.secretEncrypted())), false);
      mailSender.send(message);
      outbox.markDone(mail.id(), MailStatus.SENT, clock.instant(), true);
    } catch (Exception e) {
      Instant now = clock.instant();
      Instant next = now.plus(properties.retryDelay(mail.attempts()));
      Instant until = mail.retryUntil() != null ? mail.retryUntil() : mail.createdAt().plus(properties.retryFor());
      // FAILED only once the retry period is over: an outage of hours or a weekend delays mail, loses none
      boolean last = next.isAfter(until);
      // the exception text may quote the address; log only the mail id and the exception type
      log.warn("Mail {} not delivered (attempt {}): {}", mail.id(), mail.attempts(), e.getClass().getSimpleName());
      outbox.markRetry(mail.id(), last ? MailStatus.FAILED : MailStatus.PENDING, next, e.getClass().getSimpleName());
    }
  }
}
