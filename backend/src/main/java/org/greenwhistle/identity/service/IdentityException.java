package org.greenwhistle.identity.service;

/** A refused identity operation; {@code messageKey} is translated for the user. */
public class IdentityException extends RuntimeException {
  private final String messageKey;

  public IdentityException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
