package org.greenwhistle.identity.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.greenwhistle.mail.domain.MailReason;
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
  private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,185}\\.[^@\\s.]{2,}";

  private final UserAccountMapper accounts;
  private final AccountTokens tokens;
  private final PasswordEncoder passwordEncoder;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final AuditTrail audit;
  private final Clock clock;
  private final String publicUrl;

  CitizenAccountService(UserAccountMapper accounts, AccountTokens tokens, PasswordEncoder passwordEncoder,
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
      mail.enqueue(MailReason.ACCOUNT_EXISTS, address, text("mail.account.exists.subject", l),
          text("mail.account.exists.body", l, publicUrl + "/forgot-password"));
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
    AccountTokens.Issued token = tokens.issue(account.getId(), AccountTokens.VERIFY, Duration.ofHours(48));
    String link = publicUrl + "/verify-email?token=" + token.token();
    mail.enqueueWithLink(MailReason.EMAIL_VERIFICATION, address, text("mail.account.verify.subject", l),
        text("mail.account.verify.body", l, link), link, token.expiresAt());
    audit.record(AuditEntry.SYSTEM_CHAIN, "citizen", "CITIZEN_REGISTERED", "user:" + account.getId(), null);
  }

  /** Confirms the address behind a verification link; true when the link was valid. */
  public boolean verify(String token) {
    Long userId = tokens.consume(token, AccountTokens.VERIFY);
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
    AccountTokens.Issued token = tokens.issue(account.getId(), AccountTokens.RESET, Duration.ofHours(1));
    String link = publicUrl + "/reset-password?token=" + token.token();
    mail.enqueueWithLink(MailReason.PASSWORD_RESET, address, text("mail.account.reset.subject", l),
        text("mail.account.reset.body", l, link), link, token.expiresAt());
  }

  /** Sets a new password from a reset link (which also proves the address). */
  public void resetPassword(String token, String newPassword) {
    Long userId = tokens.peek(token, AccountTokens.RESET);
    if (userId == null) {
      throw new IdentityException("account.error.linkInvalid");
    }
    UserAccount account = accounts.findById(userId);
    String violation = PasswordPolicy.violation(account.getUsername(), newPassword);
    if (violation != null) {
      throw new IdentityException(violation);
    }
    if (tokens.consume(token, AccountTokens.RESET) == null) {
      throw new IdentityException("account.error.linkInvalid");
    }
    accounts.updatePassword(userId, passwordEncoder.encode(newPassword), false);
    accounts.updateEnabled(userId, true);
    audit.record(AuditEntry.SYSTEM_CHAIN, "citizen", "CITIZEN_PASSWORD_RESET", "user:" + userId, null);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
