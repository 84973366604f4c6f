package org.greenwhistle.identity.service;

/** Minimum rules for a chosen password; message keys are resolved by the UI / REST layer. */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;

  private PasswordPolicy() {
  }

  /** Returns a message key describing the first broken rule, or null when the password is acceptable. */
  public static String violation(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "password.tooShort";
    }
    if (password.length() > 128) {
      return "password.tooLong";
    }
    if (password.equalsIgnoreCase(username)) {
      return "password.equalsUsername";
    }
    if (password.chars().allMatch(Character::isLetter) || password.chars().allMatch(Character::isDigit)) {
      return "password.tooSimple";
    }
    return null;
  }
}
