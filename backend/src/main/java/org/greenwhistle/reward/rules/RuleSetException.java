package org.greenwhistle.reward.rules;

/** A rule set that cannot be used: its DMN does not parse or does not have the agreed shape, or its registry
 * entry or examples are broken. The message says which rule set and what is wrong. */
public class RuleSetException extends RuntimeException {
  public RuleSetException(String message) {
    super(message);
  }

  public RuleSetException(String message, Throwable cause) {
    super(message, cause);
  }
}
