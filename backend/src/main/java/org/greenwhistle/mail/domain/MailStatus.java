package org.greenwhistle.mail.domain;

/** PENDING → SENDING → SENT; FAILED after the last retry; CAPTURED in the demo outbox instead of SMTP. */
public enum MailStatus { PENDING, SENDING, SENT, FAILED, CAPTURED }
