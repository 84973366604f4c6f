package org.greenwhistle.mail.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.greenwhistle.BackendIT;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.mail.StoredMails;
import org.greenwhistle.mail.domain.MailReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail goes out through real SMTP (GreenMail); an SMTP outage delays mail and loses nothing. */
@BackendIT
class MailDeliveryIT {
  @Autowired MailOutbox outbox;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @Autowired FieldCipher cipher;

  private GreenMail smtp;

  @AfterEach
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void queuedMailIsDeliveredBySmtp() throws Exception {
    smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    String subject = "Test " + UUID.randomUUID();
    tx.executeWithoutResult(s -> outbox.enqueue(MailReason.TASK_ASSIGNED, "officer@bureau.example", subject, "正文"));
    MimeMessage received = awaitReceived(subject);
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("officer@bureau.example");
    awaitStatus(subject, "SENT");
  }

  @Test
  void anSmtpOutageNeverRollsBackTheStepAndTheMailGoesOutWhenSmtpIsBack() throws Exception {
    String subject = "Outage " + UUID.randomUUID();
    // the business transaction commits although no SMTP server is reachable
    tx.executeWithoutResult(s -> outbox.enqueue(MailReason.REPORT_PROGRESS, "reporter@example.org", subject, "进展通知"));
    awaitFailedAttempt(subject);

    smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    assertThat(awaitReceived(subject)).isNotNull();
    awaitStatus(subject, "SENT");
  }

  @Test
  void aMailClaimedByANodeThatDiedIsReleasedAndDelivered() throws Exception {
    smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    String subject = "Orphaned claim " + UUID.randomUUID();
    tx.executeWithoutResult(s -> {
      outbox.enqueue(MailReason.TASK_ASSIGNED, "officer@bureau.example", subject, "正文");
      // as if another node had claimed it eleven minutes ago and crashed before sending
      jdbc.update("UPDATE mail_outbox SET status = 'SENDING', next_attempt_at = ? WHERE id = ?",
          java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(11))), idOf(subject));
    });
    assertThat(awaitReceived(subject)).isNotNull();
    awaitStatus(subject, "SENT");
  }

  /** Other tests' queued mail may arrive too; wait for this one. */
  private MimeMessage awaitReceived(String subject) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    MimeMessage found = find(subject);
    while (found == null && System.nanoTime() < end) {
      Thread.sleep(200);
      found = find(subject);
    }
    assertThat(found).as("mail " + subject).isNotNull();
    return found;
  }

  private MimeMessage find(String subject) throws Exception {
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (subject.equals(m.getSubject())) {
        return m;
      }
    }
    return null;
  }

  /** Subjects are stored encrypted: find the row by decrypting. */
  private long idOf(String subject) {
    return new StoredMails(jdbc, cipher).all().stream().filter(r -> subject.equals(r.subject())).findFirst()
        .orElseThrow().id();
  }

  private String statusOf(String subject) {
    return jdbc.queryForObject("SELECT status FROM mail_outbox WHERE id = ?", String.class, idOf(subject));
  }

  private void awaitStatus(String subject, String status) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!status.equals(statusOf(subject)) && System.nanoTime() < end) {
      Thread.sleep(200);
    }
    assertThat(statusOf(subject)).isEqualTo(status);
  }

  /** A delivery attempt failed and the mail waits, still pending, for its next try. */
  private void awaitFailedAttempt(String subject) throws InterruptedException {
    String sql = "SELECT COUNT(*) FROM mail_outbox WHERE id = ? AND attempts >= 1 AND status = 'PENDING' "
        + "AND last_error IS NOT NULL";
    long id = idOf(subject);
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (jdbc.queryForObject(sql, Integer.class, id) == 0 && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    assertThat(jdbc.queryForObject(sql, Integer.class, id)).isEqualTo(1);
  }

}
