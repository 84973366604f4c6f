package org.greenwhistle.common.problem;

/** Over an abuse limit; {@code messageKey} explains it to the user. */
public class TooManyRequestsException extends RuntimeException {
  private final String messageKey;

  public TooManyRequestsException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
