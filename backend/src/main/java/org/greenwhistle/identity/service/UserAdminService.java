package org.greenwhistle.identity.service;

import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.identity.domain.NewStaffMember;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.StaffChanged;
import org.greenwhistle.identity.domain.StaffQuery;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.service.MailOutbox;
import org.greenwhistle.region.service.RegionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * ADMIN's account administration: create staff, roles and region, disable, reset passwords; all audited. A new staff
 * member chooses the password through a mailed single-use link: no password is shown or mailed.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {
  private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private final UserAccountMapper accounts;
  private final RegionService regions;
  private final PasswordEncoder passwordEncoder;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final AccountTokens tokens;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final String publicUrl;
  private final Duration setPasswordLinkValidity;
  private final SecureRandom random = new SecureRandom();

  UserAdminService(UserAccountMapper accounts, RegionService regions, PasswordEncoder passwordEncoder,
                   AuditTrail audit, CurrentUser currentUser, Clock clock,
                   ApplicationEventPublisher events, AccountTokens tokens, MailOutbox mail, MessageSource messages,
                   @Value("${greenwhistle.public-url:http://localhost:8080}") String publicUrl,
                   @Value("${greenwhistle.identity.set-password-link-validity:24h}") Duration setPasswordLinkValidity) {
    this.accounts = accounts;
    this.regions = regions;
    this.passwordEncoder = passwordEncoder;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
    this.events = events;
    this.tokens = tokens;
    this.mail = mail;
    this.messages = messages;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.setPasswordLinkValidity = setPasswordLinkValidity;
  }

  @Transactional(readOnly = true)
  public List<UserAccount> find(StaffQuery query) {
    return accounts.find(query);
  }

  @Transactional(readOnly = true)
  public long count(StaffQuery query) {
    return accounts.count(query);
  }

  /**
   * Creates the account and mails its owner a single-use link to choose a password; until then no password works
   * (the stored hash is of a random value that nobody sees).
   */
  public void createStaff(@Valid NewStaffMember member) {
    if (regions.find(member.regionCode()).isEmpty()) {
      throw new IdentityException("admin.users.unknownRegion");
    }
    if (member.roles().contains(Role.CITIZEN)) {
      throw new IdentityException("admin.users.citizenNotStaff");
    }
    if (accounts.findByUsername(member.username()) != null) {
      throw new IdentityException("admin.users.usernameTaken");
    }
    UserAccount account = new UserAccount();
    account.setUsername(member.username());
    account.setDisplayName(member.displayName().trim());
    account.setEmail(member.email().trim());
    account.setRegionCode(member.regionCode());
    account.setEnabled(true);
    account.setMustChangePassword(false);
    account.setPasswordHash(passwordEncoder.encode(unknowableSecret()));
    account.setCreatedAt(clock.instant());
    accounts.insert(account);
    member.roles().forEach(role -> accounts.insertRole(account.getId(), role));
    audit.record(AuditEntry.SYSTEM_CHAIN, currentUser.username(), "USER_CREATED", member.username(),
        "roles=" + member.roles() + " region=" + member.regionCode());
    events.publishEvent(new StaffChanged(member.username()));
    AccountTokens.Issued token = tokens.issue(account.getId(), AccountTokens.SET_PASSWORD, setPasswordLinkValidity);
    String link = publicUrl + "/set-password?token=" + token.token();
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    mail.enqueueWithLink(MailReason.SET_PASSWORD, account.getEmail(),
        messages.getMessage("mail.account.setPassword.subject", null, zh),
        messages.getMessage("mail.account.setPassword.body", new Object[] {member.username(), link,
            setPasswordLinkValidity.toHours()}, zh), link, token.expiresAt());
  }

  public void updateRolesAndRegion(String username, Set<Role> roles, String regionCode) {
    UserAccount account = require(username);
    if (regions.find(regionCode).isEmpty()) {
      throw new IdentityException("admin.users.unknownRegion");
    }
    if (roles.isEmpty()) {
      throw new IdentityException("admin.users.rolesRequired");
    }
    if (username.equals(currentUser.username()) && !roles.contains(Role.ADMIN)) {
      throw new IdentityException("admin.users.cannotDropOwnAdmin");
    }
    account.setRegionCode(regionCode);
    accounts.updateProfile(account);
    accounts.deleteRoles(account.getId());
    roles.forEach(role -> accounts.insertRole(account.getId(), role));
    audit.record(AuditEntry.SYSTEM_CHAIN, currentUser.username(), "USER_ROLES_CHANGED", username,
        "roles=" + roles + " region=" + regionCode);
    events.publishEvent(new StaffChanged(username));
  }

  public void setEnabled(String username, boolean enabled) {
    UserAccount account = require(username);
    if (!enabled && username.equals(currentUser.username())) {
      throw new IdentityException("admin.users.cannotDisableSelf");
    }
    accounts.updateEnabled(account.getId(), enabled);
    audit.record(AuditEntry.SYSTEM_CHAIN, currentUser.username(), enabled ? "USER_ENABLED" : "USER_DISABLED",
        username, null);
    events.publishEvent(new StaffChanged(username));
  }

  /** Sets a new one-time password that the user must change at next login; returns it for hand-over. */
  public String resetPassword(String username) {
    UserAccount account = require(username);
    String oneTimePassword = randomPassword();
    accounts.updatePassword(account.getId(), passwordEncoder.encode(oneTimePassword), true);
    audit.record(AuditEntry.SYSTEM_CHAIN, currentUser.username(), "USER_PASSWORD_RESET", username, null);
    return oneTimePassword;
  }

  private UserAccount require(String username) {
    UserAccount account = accounts.findByUsername(username);
    if (account == null) {
      throw new IdentityException("admin.users.unknownUser");
    }
    return account;
  }

  private String unknowableSecret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private String randomPassword() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return sb.toString();
  }
}
