package org.greenwhistle.identity.service;

import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A logged-in user changes their own password; afterwards the session gets the account's roles. */
@Service
public class PasswordChangeService {
  private final UserAccountMapper accounts;
  private final PasswordEncoder passwordEncoder;
  private final AccountUserDetailsService userDetails;
  private final AuditTrail audit;

  PasswordChangeService(UserAccountMapper accounts, PasswordEncoder passwordEncoder,
                        AccountUserDetailsService userDetails, AuditTrail audit) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.userDetails = userDetails;
    this.audit = audit;
  }

  /** Staff choose whether each new task in their inbox is mailed to them. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public void setNotifyNewTasks(boolean notify) {
    String username = SecurityContextHolder.getContext().getAuthentication().getName();
    accounts.updateNotifyNewTasks(username, notify);
    audit.record(AuditEntry.SYSTEM_CHAIN, username, "TASK_MAIL_" + (notify ? "ON" : "OFF"), username, null);
  }

  @PreAuthorize("isAuthenticated()")
  @Transactional
  public AccountPrincipal changeOwnPassword(String currentPassword, String newPassword) {
    String username = SecurityContextHolder.getContext().getAuthentication().getName();
    UserAccount account = accounts.findByUsername(username);
    if (account == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
      throw new IdentityException("password.currentWrong");
    }
    String violation = PasswordPolicy.violation(username, newPassword);
    if (violation != null) {
      throw new IdentityException(violation);
    }
    if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
      throw new IdentityException("password.unchanged");
    }
    accounts.updatePassword(account.getId(), passwordEncoder.encode(newPassword), false);
    audit.record(AuditEntry.SYSTEM_CHAIN, username, "PASSWORD_CHANGED", username, null);
    AccountPrincipal refreshed = userDetails.toPrincipal(accounts.findByUsername(username));
    var auth = UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities());
    SecurityContextHolder.getContext().setAuthentication(auth);
    return refreshed;
  }
}
