package org.greenwhistle.identity.camunda;

import java.util.List;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.StaffQuery;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** What Camunda may read of the app's accounts: ids, display names, e-mail and roles. */
@Component
public class IdentityDirectory {
  /** Upper bound for unfiltered directory listings in Camunda's Admin app. */
  static final int MAX_LISTED = 1000;

  private final UserAccountMapper accounts;
  private final PasswordEncoder passwordEncoder;

  IdentityDirectory(UserAccountMapper accounts, PasswordEncoder passwordEncoder) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
  }

  UserAccount find(String username) {
    return username == null ? null : accounts.findByUsername(username);
  }

  List<UserAccount> find(List<String> usernames) {
    return usernames.isEmpty() ? List.of() : accounts.findByUsernames(usernames);
  }

  List<UserAccount> withRole(Role role) {
    return accounts.find(new StaffQuery(null, role, 0, MAX_LISTED));
  }

  List<UserAccount> all() {
    return accounts.find(new StaffQuery(null, null, 0, MAX_LISTED));
  }

  boolean checkPassword(String username, String password) {
    UserAccount account = find(username);
    return account != null && account.isEnabled() && !account.isMustChangePassword()
        && passwordEncoder.matches(password, account.getPasswordHash());
  }
}
