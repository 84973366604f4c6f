package org.greenwhistle.mail.domain;

import java.time.Instant;

/** A queued mail. {@code recipientEncrypted} is ciphertext: recipients may be reporters. */
public record OutboxMail(Long id, String recipientEncrypted, String subject, String body, Instant createdAt,
                         MailStatus status, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
