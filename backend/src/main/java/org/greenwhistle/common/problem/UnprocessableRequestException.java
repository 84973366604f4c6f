package org.greenwhistle.common.problem;

/**
 * A well-formed request that cannot be carried out as sent (HTTP 422), e.g. an Idempotency-Key already used for a
 * different request; {@code messageKey} explains it without echoing anything stored.
 */
public class UnprocessableRequestException extends RuntimeException {
  private final String messageKey;

  public UnprocessableRequestException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
