package org.greenwhistle.identity.service;

import java.util.List;
import java.util.Optional;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.StaffQuery;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff contact data for notifications (system use: no caller to authorise). */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {
  private static final int MAX_STAFF_PER_ROLE = 5000;
  private final UserAccountMapper accounts;

  StaffDirectory(UserAccountMapper accounts) {
    this.accounts = accounts;
  }

  public Optional<String> emailOf(String username) {
    UserAccount account = accounts.findByUsername(username);
    return account == null || !account.isEnabled() ? Optional.empty() : Optional.ofNullable(account.getEmail());
  }

  /** The account id of a login, for linking a citizen's reports to the account. */
  public Optional<Long> idOf(String username) {
    UserAccount account = username == null ? null : accounts.findByUsername(username);
    return account == null ? Optional.empty() : Optional.of(account.getId());
  }

  /**
   * Who holds the role in a region containing the given one: {@code regionPath} is the region's path
   * ({@code /000000/510000/510300/510311/}), so the covering regions are its components; one indexed query
   * instead of scanning every holder of the role.
   */
  public List<UserAccount> covering(Role role, String regionPath) {
    List<String> codes = java.util.Arrays.stream(regionPath.split("/")).filter(c -> !c.isEmpty()).toList();
    return codes.isEmpty() ? List.of() : accounts.findCovering(role.name(), codes);
  }

  public List<UserAccount> withRole(Role role) {
    return accounts.find(new StaffQuery(null, role, 0, MAX_STAFF_PER_ROLE)).stream().filter(UserAccount::isEnabled).toList();
  }
}
