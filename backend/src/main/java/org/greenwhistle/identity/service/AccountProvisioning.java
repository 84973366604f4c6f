package org.greenwhistle.identity.service;

import java.time.Clock;
import java.util.Set;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** System-side account creation for start-up tasks (first ADMIN, demo users); no caller to authorise. */
@Service
public class AccountProvisioning {
  private final UserAccountMapper accounts;
  private final PasswordEncoder passwordEncoder;
  private final AuditTrail audit;
  private final Clock clock;

  AccountProvisioning(UserAccountMapper accounts, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public boolean createIfAbsent(String username, String password, String displayName, String regionCode,
                                Set<Role> roles, boolean mustChangePassword) {
    if (accounts.findByUsername(username) != null) {
      return false;
    }
    UserAccount account = new UserAccount();
    account.setUsername(username);
    account.setPasswordHash(passwordEncoder.encode(password));
    account.setDisplayName(displayName);
    account.setRegionCode(regionCode);
    account.setEnabled(true);
    account.setMustChangePassword(mustChangePassword);
    account.setCreatedAt(clock.instant());
    accounts.insert(account);
    roles.forEach(role -> accounts.insertRole(account.getId(), role));
    audit.record(AuditEntry.SYSTEM_CHAIN, "system", "USER_PROVISIONED", username, "roles=" + roles);
    return true;
  }

  /**
   * Gives a provisioned account an e-mail address where it has none (demo and test staff: their mail is captured or
   * goes to the test's mail server); an address set by the user or an ADMIN stays.
   */
  @Transactional
  public boolean ensureEmail(String username, String email) {
    return accounts.updateEmailIfNone(username, email) == 1;
  }

  @Transactional(readOnly = true)
  public boolean anyWithRole(Role role) {
    return accounts.countWithRole(role) > 0;
  }
}
