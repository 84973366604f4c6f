package org.greenwhistle.mail.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code delivery}: SMTP sends through spring.mail.*; CAPTURE keeps mail in the outbox for ADMIN to read
 * (the demo profile). Failed sends are retried with growing delays up to {@code maxAttempts}.
 */
@ConfigurationProperties("greenwhistle.mail")
public record MailProperties(@DefaultValue("SMTP") Delivery delivery,
                             @DefaultValue("noreply@greenwhistle.example") String from,
                             @DefaultValue("8") int maxAttempts,
                             @DefaultValue("30s") Duration firstRetryDelay) {
  public enum Delivery { SMTP, CAPTURE }
}
