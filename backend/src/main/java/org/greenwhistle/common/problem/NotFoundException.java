package org.greenwhistle.common.problem;

/** Nothing there for this caller; {@code messageKey} explains it. One answer for "absent" and "not yours". */
public class NotFoundException extends RuntimeException {
  private final String messageKey;

  public NotFoundException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
