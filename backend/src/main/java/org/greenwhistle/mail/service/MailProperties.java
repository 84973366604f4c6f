package org.greenwhistle.mail.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code delivery}: SMTP sends through spring.mail.*; CAPTURE keeps mail in the outbox for ADMIN to read
 * (the demo profile). A failed send is retried after {@code firstRetryDelay}, doubling up to {@code maxRetryDelay},
 * for {@code retryFor} after the mail was queued (days, so that a weekend's SMTP outage loses nothing); only then is
 * it FAILED, and ADMIN may start a new period.
 */
@ConfigurationProperties("greenwhistle.mail")
public record MailProperties(@DefaultValue("SMTP") Delivery delivery,
                             @DefaultValue("noreply@greenwhistle.example") String from,
                             @DefaultValue("30s") Duration firstRetryDelay,
                             @DefaultValue("1h") Duration maxRetryDelay,
                             @DefaultValue("3d") Duration retryFor) {
  public enum Delivery { SMTP, CAPTURE }

  /** The wait after the given number of failed attempts (1, 2, ...). */
  Duration retryDelay(int failedAttempts) {
    Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
