package org.greenwhistle.identity.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.AccountTokenMapper;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.greenwhistle.mail.service.MailOutbox;
import org.greenwhistle.region.domain.Region;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' own accounts: register with an e-mail address verified by a link, reset a lost password by
 * mail. Answers never reveal whether an address is registered. Links are single-use; only their hash is kept.
 */
@Service
@Transactional
public class CitizenAccountService {
  static final String VERIFY = "VERIFY";
  static final String RESET = "RESET";
  private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,185}\\.[^@\\s.]{2,}";

  private final UserAccountMapper accounts;
  private final AccountTokenMapper tokens;
  private final PasswordEncoder passwordEncoder;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final AuditTrail audit;
  private final Clock clock;
  private final String publicUrl;
  private final SecureRandom random = new SecureRandom();

  CitizenAccountService(UserAccountMapper accounts, AccountTokenMapper tokens, PasswordEncoder passwordEncoder,
                        MailOutbox mail, MessageSource messages, AuditTrail audit, Clock clock,
                        @Value("${greenwhistle.public-url}") String publicUrl) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.passwordEncoder = passwordEncoder;
    this.mail = mail;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /** Registers (or, for a known address, tells its owner by mail); the caller always gets the same answer. */
  public void register(String email, String password, Locale locale) {
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (!address.matches(EMAIL) || address.length() > 254) {
      throw new IdentityException("account.error.email");
    }
    String violation = PasswordPolicy.violation(address, password);
    if (violation != null) {
      throw new IdentityException(violation);
    }
    Locale l = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    UserAccount existing = accounts.findByUsername(address);
    if (existing != null) {
      mail.enqueue(address, text("mail.account.exists.subject", l), text("mail.account.exists.body", l, publicUrl + "/forgot-password"));
      return;
    }
    UserAccount account = new UserAccount();
    account.setUsername(address);
    account.setEmail(address);
    account.setDisplayName(address.substring(0, address.indexOf('@')));
    account.setPasswordHash(passwordEncoder.encode(password));
    account.setRegionCode(Region.COUNTRY);
    account.setEnabled(false);
    account.setMustChangePassword(false);
    account.setCreatedAt(clock.instant());
    accounts.insert(account);
    accounts.insertRole(account.getId(), Role.CITIZEN);
    String token = issue(account.getId(), VERIFY, Duration.ofHours(48));
    mail.enqueue(address, text("mail.account.verify.subject", l), text("mail.account.verify.body", l,
        publicUrl + "/verify-email?token=" + token));
    audit.record(AuditEntry.SYSTEM_CHAIN, "citizen", "CITIZEN_REGISTERED", "user:" + account.getId(), null);
  }

  /** Confirms the address behind a verification link; true when the link was valid. */
  public boolean verify(String token) {
    Long userId = consume(token, VERIFY);
    if (userId == null) {
      return false;
    }
    accounts.updateEnabled(userId, true);
    audit.record(AuditEntry.SYSTEM_CHAIN, "citizen", "CITIZEN_VERIFIED", "user:" + userId, null);
    return true;
  }

  /** Mails a reset link when a citizen account has this address; says nothing either way. */
  public void requestPasswordReset(String email, Locale locale) {
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    UserAccount account = address.isEmpty() ? null : accounts.findByUsername(address);
    if (account == null || !account.getRoles().contains(Role.CITIZEN)) {
      return;
    }
    Locale l = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    String token = issue(account.getId(), RESET, Duration.ofHours(1));
    mail.enqueue(address, text("mail.account.reset.subject", l), text("mail.account.reset.body", l,
        publicUrl + "/reset-password?token=" + token));
  }

  /** Sets a new password from a reset link (which also proves the address). */
  public void resetPassword(String token, String newPassword) {
    Long userId = token == null ? null : tokens.findValid(hash(token), RESET, clock.instant());
    if (userId == null) {
      throw new IdentityException("account.error.linkInvalid");
    }
    UserAccount account = accounts.findById(userId);
    String violation = PasswordPolicy.violation(account.getUsername(), newPassword);
    if (violation != null) {
      throw new IdentityException(violation);
    }
    if (consume(token, RESET) == null) {
      throw new IdentityException("account.error.linkInvalid");
    }
    accounts.updatePassword(userId, passwordEncoder.encode(newPassword), false);
    accounts.updateEnabled(userId, true);
    audit.record(AuditEntry.SYSTEM_CHAIN, "citizen", "CITIZEN_PASSWORD_RESET", "user:" + userId, null);
  }

  private String issue(long userId, String purpose, Duration validity) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.insert(hash(token), userId, purpose, clock.instant().plus(validity));
    return token;
  }

  private Long consume(String token, String purpose) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return null;
    }
    String hash = hash(token);
    Long userId = tokens.findValid(hash, purpose, clock.instant());
    if (userId == null || tokens.markUsed(hash, clock.instant()) != 1) {
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

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
