package org.greenwhistle.identity.service;

import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.identity.domain.NewStaffMember;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.StaffChanged;
import org.greenwhistle.identity.domain.StaffQuery;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.greenwhistle.region.service.RegionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** ADMIN's account administration: create staff, roles and region, disable, reset passwords; all audited. */
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
  private final SecureRandom random = new SecureRandom();

  UserAdminService(UserAccountMapper accounts, RegionService regions, PasswordEncoder passwordEncoder,
                   AuditTrail audit, CurrentUser currentUser, Clock clock,
                   ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.regions = regions;
    this.passwordEncoder = passwordEncoder;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public List<UserAccount> find(StaffQuery query) {
    return accounts.find(query);
  }

  @Transactional(readOnly = true)
  public long count(StaffQuery query) {
    return accounts.count(query);
  }

  /** Creates the account with a one-time password that must be changed at first login; returns that password. */
  public String createStaff(@Valid NewStaffMember member) {
    if (regions.find(member.regionCode()).isEmpty()) {
      throw new IdentityException("admin.users.unknownRegion");
    }
    if (member.roles().contains(Role.CITIZEN)) {
      throw new IdentityException("admin.users.citizenNotStaff");
    }
    if (accounts.findByUsername(member.username()) != null) {
      throw new IdentityException("admin.users.usernameTaken");
    }
    String oneTimePassword = randomPassword();
    UserAccount account = new UserAccount();
    account.setUsername(member.username());
    account.setDisplayName(member.displayName().trim());
    account.setEmail(member.email() == null || member.email().isBlank() ? null : member.email().trim());
    account.setRegionCode(member.regionCode());
    account.setEnabled(true);
    account.setMustChangePassword(true);
    account.setPasswordHash(passwordEncoder.encode(oneTimePassword));
    account.setCreatedAt(clock.instant());
    accounts.insert(account);
    member.roles().forEach(role -> accounts.insertRole(account.getId(), role));
    audit.record(AuditEntry.SYSTEM_CHAIN, currentUser.username(), "USER_CREATED", member.username(),
        "roles=" + member.roles() + " region=" + member.regionCode());
    events.publishEvent(new StaffChanged(member.username()));
    return oneTimePassword;
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

  private String randomPassword() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return sb.toString();
  }
}
