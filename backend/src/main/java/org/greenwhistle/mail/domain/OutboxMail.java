package org.greenwhistle.mail.domain;

import java.time.Instant;

/**
 * A queued mail as stored: recipient, subject and body are ciphertext. A mail carrying a link token keeps the link
 * in {@code secretEncrypted} (the body holds {@link #LINK} in its place) until delivery or {@code notAfter}. Failed
 * deliveries are retried until {@code retryUntil}.
 */
public record OutboxMail(Long id, MailReason reason, String recipientEncrypted, String subject, String body,
                         String secretEncrypted, Instant notAfter, Instant createdAt, MailStatus status, int attempts,
                         Instant nextAttemptAt, Instant sentAt, String lastError, Instant retryUntil) {
  /** Where the link stands in a stored body. */
  public static final String LINK = "[[link]]";
}
