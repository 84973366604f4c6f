package org.greenwhistle.mail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.greenwhistle.common.crypto.CryptoProperties;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.domain.MailStatus;
import org.greenwhistle.mail.domain.OutboxMail;
import org.greenwhistle.mail.persistence.OutboxMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

/** The dispatcher's rules for links, without a database: an expired link is never sent, a sent one is dropped. */
class MailDispatcherTest {
  private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
  private final FieldCipher cipher = new FieldCipher(new CryptoProperties(
      Map.of("k1", "I2N52DDdCSWnzqkQ49qTdoXFq3eJ6jYU+WmSeVxueE0="), "k1"));
  private final OutboxMapper outbox = mock(OutboxMapper.class);
  @SuppressWarnings("unchecked")
  private final ObjectProvider<JavaMailSender> sender = mock(ObjectProvider.class);

  private MailDispatcher dispatcher(MailProperties.Delivery delivery) {
    return new MailDispatcher(outbox, cipher, sender,
        new MailProperties(delivery, "noreply@example.org", Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(3)),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private void due(Instant notAfter) {
    OutboxMail mail = new OutboxMail(7L, MailReason.PASSWORD_RESET, cipher.encrypt("a@example.org"),
        cipher.encrypt("重置绿哨账号密码"), cipher.encrypt("打开 " + OutboxMail.LINK),
        cipher.encrypt("http://localhost/reset-password?token=abc"), notAfter, NOW.minusSeconds(3600),
        MailStatus.PENDING, 1, NOW, null, null, null);
    when(outbox.findStale(any(), anyInt())).thenReturn(List.of());
    when(outbox.findExpiredSecrets(any(), anyInt())).thenReturn(List.of());
    when(outbox.findDue(any(), anyInt())).thenReturn(List.of(7L));
    when(outbox.claim(7L, NOW)).thenReturn(1);
    when(outbox.findById(7L)).thenReturn(mail);
  }

  @Test
  void aRetryAfterTheLinksNotAfterTimeSendsNothing() {
    due(NOW);
    dispatcher(MailProperties.Delivery.SMTP).dispatchDue();
    verify(outbox).markExpired(7L);
    verify(sender, never()).getObject();
  }

  @Test
  void aCapturedLinkStaysUntilItsNotAfterTime() {
    due(NOW.plusSeconds(60));
    dispatcher(MailProperties.Delivery.CAPTURE).dispatchDue();
    verify(outbox).markDone(7L, MailStatus.CAPTURED, NOW, false);
  }

  @Test
  void recipientsAreMaskedAndRemovedLinksSaySo() {
    assertThat(MailOutbox.mask("reporter@example.org")).isEqualTo("r•••@example.org");
    assertThat(MailOutbox.mask("x")).isEqualTo("•••");
    assertThat(MailContent.body("打开 " + OutboxMail.LINK, null)).isEqualTo("打开 " + MailContent.REMOVED);
    assertThat(MailContent.body("打开 " + OutboxMail.LINK, "http://l")).isEqualTo("打开 http://l");
  }
}
