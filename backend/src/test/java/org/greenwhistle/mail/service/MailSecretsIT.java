package org.greenwhistle.mail.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.greenwhistle.BackendIT;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.identity.service.CitizenAccountService;
import org.greenwhistle.mail.StoredMails;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.persistence.OutboxMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** Secrets expire with the mail: a reset link is gone from the outbox once sent, or once its token expired unsent. */
@BackendIT
class MailSecretsIT {
  @Autowired CitizenAccountService accounts;
  @Autowired OutboxMapper outbox;
  @Autowired FieldCipher cipher;
  @Autowired ObjectProvider<JavaMailSender> sender;
  @Autowired MailProperties properties;
  @Autowired JdbcTemplate jdbc;

  private GreenMail smtp;

  @AfterEach
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  private StoredMails.Row resetMailTo(String email) {
    accounts.register(email, "first-Pass-2026", Locale.SIMPLIFIED_CHINESE);
    accounts.requestPasswordReset(email, Locale.SIMPLIFIED_CHINESE);
    return new StoredMails(jdbc, cipher).newest(MailReason.PASSWORD_RESET, email);
  }

  @Test
  void aSentResetMailKeepsNoUsableTokenAndItsNotAfterIsTheTokensExpiry() throws Exception {
    smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    String email = "sent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    StoredMails.Row queued = resetMailTo(email);
    String link = queued.link();
    assertThat(link).contains("/reset-password?token=");
    assertThat(queued.body()).doesNotContain(link);
    assertThat(queued.notAfter()).isEqualTo(jdbc.queryForObject("SELECT t.expires_at FROM account_token t "
        + "JOIN app_user u ON u.id = t.user_id WHERE u.username = ? AND t.purpose = 'RESET'", Timestamp.class, email)
        .toInstant());

    MimeMessage received = awaitReceived(email, "/reset-password?token=");
    assertThat(text(received)).contains(token(link));
    awaitStatus(queued.id(), "SENT");

    StoredMails.Row sent = new StoredMails(jdbc, cipher).byId(queued.id());
    assertThat(sent.link()).isNull();
    assertThat(sent.deliveredBody()).doesNotContain(token(link)).contains("[[link]]");
    assertThat(rawRow(queued.id())).doesNotContain(token(link));
  }

  @Test
  void aResetMailThatKeptFailingLosesItsTokenAtItsNotAfterTimeAndARetryThenSendsNothing() throws Exception {
    String email = "down-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    StoredMails.Row queued = resetMailTo(email);
    String token = token(queued.link());
    awaitFailedAttempt(queued.id());

    // the clock moves past the link's one hour while SMTP is still down
    MailDispatcher later = new MailDispatcher(outbox, cipher, sender, properties,
        Clock.offset(Clock.systemUTC(), Duration.ofMinutes(61)));
    later.dispatchDue();
    StoredMails.Row expired = new StoredMails(jdbc, cipher).byId(queued.id());
    assertThat(expired.status()).isEqualTo("EXPIRED");
    assertThat(expired.link()).isNull();
    assertThat(expired.deliveredBody()).doesNotContain(token);
    assertThat(rawRow(queued.id())).doesNotContain(token);

    // SMTP is back and the mail is due again: still nothing goes out
    smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    jdbc.update("UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minusSeconds(1)), queued.id());
    later.dispatchDue();
    assertThat(new StoredMails(jdbc, cipher).byId(queued.id()).status()).isEqualTo("EXPIRED");
    assertThat(smtp.getReceivedMessages()).noneMatch(m -> recipientIs(m, email));
  }

  private static String token(String link) {
    return link.substring(link.indexOf("token=") + "token=".length());
  }

  private String rawRow(long id) {
    return jdbc.queryForMap("SELECT * FROM mail_outbox WHERE id = ?", id).toString();
  }

  private static boolean recipientIs(MimeMessage m, String email) {
    try {
      return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private MimeMessage awaitReceived(String email, String bodyPart) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (recipientIs(m, email) && text(m).contains(bodyPart)) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no mail with " + bodyPart + " arrived");
  }

  private void awaitStatus(long id, String status) throws InterruptedException {
    String sql = "SELECT status FROM mail_outbox WHERE id = ?";
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!status.equals(jdbc.queryForObject(sql, String.class, id)) && System.nanoTime() < end) {
      Thread.sleep(200);
    }
    assertThat(jdbc.queryForObject(sql, String.class, id)).isEqualTo(status);
  }

  private void awaitFailedAttempt(long id) throws InterruptedException {
    String sql = "SELECT COUNT(*) FROM mail_outbox WHERE id = ? AND attempts >= 1 AND last_error IS NOT NULL";
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (jdbc.queryForObject(sql, Integer.class, id) == 0 && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    assertThat(jdbc.queryForObject(sql, Integer.class, id)).isEqualTo(1);
  }
}
