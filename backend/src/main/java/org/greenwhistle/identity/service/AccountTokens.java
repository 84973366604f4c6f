package org.greenwhistle.identity.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.greenwhistle.identity.persistence.AccountTokenMapper;
import org.springframework.stereotype.Component;

/** Single-use links for one account and purpose; only a hash of each token is stored. */
@Component
class AccountTokens {
  static final String VERIFY = "VERIFY";
  static final String RESET = "RESET";
  static final String SET_PASSWORD = "SETPW";

  private final AccountTokenMapper tokens;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  AccountTokens(AccountTokenMapper tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  record Issued(String token, Instant expiresAt) {
  }

  Issued issue(long userId, String purpose, Duration validity) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expiresAt = clock.instant().plus(validity);
    tokens.insert(hash(token), userId, purpose, expiresAt);
    return new Issued(token, expiresAt);
  }

  /** The account a valid, unused token is for, without using it up; null otherwise. */
  Long peek(String token, String purpose) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return null;
    }
    return tokens.findValid(hash(token), purpose, clock.instant());
  }

  /** Uses the token up; its account, or null when it was unknown, expired, used or for another purpose. */
  Long consume(String token, String purpose) {
    Long userId = peek(token, purpose);
    if (userId == null || tokens.markUsed(hash(token), clock.instant()) != 1) {
      return null;
    }
    return userId;
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
