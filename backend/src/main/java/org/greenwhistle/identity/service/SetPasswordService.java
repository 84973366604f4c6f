package org.greenwhistle.identity.service;

import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A new staff member chooses the first password through the single-use link mailed at account creation. */
@Service
@Transactional
public class SetPasswordService {
  private final UserAccountMapper accounts;
  private final AccountTokens tokens;
  private final PasswordEncoder passwordEncoder;
  private final AuditTrail audit;

  SetPasswordService(UserAccountMapper accounts, AccountTokens tokens, PasswordEncoder passwordEncoder,
                     AuditTrail audit) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.passwordEncoder = passwordEncoder;
    this.audit = audit;
  }

  /** Sets the password; the link then stops working. Refused for a used, expired or unknown link. */
  public void setPassword(String token, String newPassword) {
    Long userId = tokens.peek(token, AccountTokens.SET_PASSWORD);
    if (userId == null) {
      throw new IdentityException("account.error.linkInvalid");
    }
    UserAccount account = accounts.findById(userId);
    String violation = PasswordPolicy.violation(account.getUsername(), newPassword);
    if (violation != null) {
      throw new IdentityException(violation);
    }
    if (tokens.consume(token, AccountTokens.SET_PASSWORD) == null) {
      throw new IdentityException("account.error.linkInvalid");
    }
    accounts.updatePassword(userId, passwordEncoder.encode(newPassword), false);
    audit.record(AuditEntry.SYSTEM_CHAIN, account.getUsername(), "STAFF_PASSWORD_SET", account.getUsername(), null);
  }
}
