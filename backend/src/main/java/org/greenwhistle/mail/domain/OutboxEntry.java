package org.greenwhistle.mail.domain;

import java.time.Instant;

/** One line of the production outbox view: what operators need, no subject and no body. */
public record OutboxEntry(long id, Instant createdAt, MailReason reason, String maskedRecipient, MailStatus status,
                          int attempts, String lastError) {
}
