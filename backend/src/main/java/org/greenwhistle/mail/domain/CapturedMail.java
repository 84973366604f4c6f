package org.greenwhistle.mail.domain;

import java.time.Instant;

/** A mail as the demo's capture view shows it, decrypted; a link that expired shows as removed. */
public record CapturedMail(long id, Instant createdAt, MailReason reason, String recipient, String subject,
                           String body, MailStatus status) {
}
