package org.greenwhistle.mail.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.greenwhistle.BackendIT;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.mail.StoredMails;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.persistence.OutboxMapper;
import org.greenwhistle.scenario.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing lost to an outage (issue 22), on a simulated clock: the outbox and dispatcher run on a clock set years
 * ahead, so the application's own dispatcher (on the real clock) never finds these mails due, and on an SMTP server
 * of their own (a free port: down, then GreenMail on it: up).
 */
@BackendIT
class MailOutageIT {
  private static final Instant T0 = Instant.parse("2031-03-01T00:00:00Z");
  private static final MailProperties RETRY = new MailProperties(MailProperties.Delivery.SMTP,
      "noreply@greenwhistle.example", Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(3));

  @Autowired OutboxMapper mapper;
  @Autowired FieldCipher cipher;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  private final MutableClock clock = new MutableClock(T0);
  private TestMailServer smtp;

  @AfterEach
  void stop() {
    if (smtp != null) {
      smtp.close();
    }
    SecurityContextHolder.clearContext();
  }

  @Test
  void smtpDownForSixHoursThenUpEveryMailIsDeliveredOnce() throws Exception {
    int port = freePort();
    MailOutbox outbox = new MailOutbox(mapper, cipher, audit, RETRY, clock);
    MailDispatcher dispatcher = new MailDispatcher(mapper, cipher, senderOn(port), RETRY, clock);
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> recipients = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String to = "outage-" + run + "-" + i + "@example.net";
      recipients.add(to);
      tx.executeWithoutResult(s -> outbox.enqueue(MailReason.HANDLER_MESSAGE, to, "您的举报有新消息", "正文 " + to));
      clock.advance(Duration.ofMinutes(7));
    }

    // six hours without SMTP: attempts fail, nothing is given up
    Instant upAt = clock.instant().plus(Duration.ofHours(6));
    while (clock.instant().isBefore(upAt)) {
      dispatcher.dispatchDue();
      clock.advance(Duration.ofMinutes(1));
    }
    for (String to : recipients) {
      StoredMails.Row row = rowFor(to);
      assertThat(row.status()).as(to).isEqualTo("PENDING");
    }
    assertThat(attemptsOf(recipients.get(0))).isGreaterThan(5);

    // SMTP is back: within the longest wait (one hour) every mail goes out, once
    smtp = TestMailServer.start(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    Instant until = clock.instant().plus(Duration.ofHours(2));
    while (clock.instant().isBefore(until)) {
      dispatcher.dispatchDue();
      clock.advance(Duration.ofMinutes(1));
    }
    for (String to : recipients) {
      assertThat(smtp.to(to)).as(to).hasSize(1);
      assertThat(rowFor(to).status()).isEqualTo("SENT");
    }
  }

  @Test
  void failedOnlyAfterTheRetryPeriodThenAdminRetriesWithoutSeeingTheMail() throws Exception {
    int port = freePort();
    MailOutbox outbox = new MailOutbox(mapper, cipher, audit, RETRY, clock);
    MailDispatcher dispatcher = new MailDispatcher(mapper, cipher, senderOn(port), RETRY, clock);
    String to = "failed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    clock.advance(Duration.ofDays(30)); // apart from the other test's mails
    tx.executeWithoutResult(s -> outbox.enqueue(MailReason.REPORT_PROGRESS, to, "您的举报有新进展", "正文"));

    Instant almost = clock.instant().plus(Duration.ofDays(3)).minus(Duration.ofHours(2));
    while (clock.instant().isBefore(almost)) {
      dispatcher.dispatchDue();
      clock.advance(Duration.ofMinutes(30));
    }
    assertThat(rowFor(to).status()).isEqualTo("PENDING");
    Instant after = clock.instant().plus(Duration.ofHours(4));
    while (clock.instant().isBefore(after)) {
      dispatcher.dispatchDue();
      clock.advance(Duration.ofMinutes(30));
    }
    assertThat(rowFor(to).status()).isEqualTo("FAILED");

    smtp = TestMailServer.start(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("it-admin", null,
        AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    Integer queued = tx.execute(s -> outbox.retryFailed());
    assertThat(queued).isNotNull().isGreaterThanOrEqualTo(1);
    // the retry re-queues every failed mail of the shared test database, so this one may be past the first batch
    for (int round = 0; round < 100 && smtp.to(to).isEmpty(); round++) {
      dispatcher.dispatchDue();
    }
    assertThat(smtp.to(to)).hasSize(1);
    assertThat(rowFor(to).status()).isEqualTo("SENT");
  }

  private StoredMails.Row rowFor(String recipient) {
    return new StoredMails(jdbc, cipher).all().stream().filter(r -> recipient.equals(r.recipient())).findFirst()
        .orElseThrow();
  }

  private int attemptsOf(String recipient) {
    return jdbc.queryForObject("SELECT attempts FROM mail_outbox WHERE id = ?", Integer.class,
        rowFor(recipient).id());
  }

  private static ObjectProvider<JavaMailSender> senderOn(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
    return new ObjectProvider<>() {
      @Override
      public JavaMailSender getObject() {
        return sender;
      }

      @Override
      public JavaMailSender getObject(Object... args) {
        return sender;
      }

      @Override
      public JavaMailSender getIfAvailable() {
        return sender;
      }

      @Override
      public JavaMailSender getIfUnique() {
        return sender;
      }
    };
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A clock the test moves forward. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
