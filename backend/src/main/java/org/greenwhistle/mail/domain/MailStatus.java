package org.greenwhistle.mail.domain;

/**
 * PENDING → SENDING → SENT; FAILED after the last retry; CAPTURED in the demo outbox instead of SMTP; EXPIRED when
 * the link a mail carries passed its not-after time before delivery (nothing is sent then).
 */
public enum MailStatus { PENDING, SENDING, SENT, FAILED, CAPTURED, EXPIRED }
