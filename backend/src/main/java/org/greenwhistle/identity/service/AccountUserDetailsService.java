package org.greenwhistle.identity.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads logins from the app's own tables: the one user store for the UI, the REST API and Camunda. */
@Service
@Transactional(readOnly = true)
public class AccountUserDetailsService implements UserDetailsService {
  private final UserAccountMapper accounts;
  private final Clock clock;

  AccountUserDetailsService(UserAccountMapper accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public AccountPrincipal loadUserByUsername(String username) {
    UserAccount account = accounts.findByUsername(username);
    if (account == null) {
      throw new UsernameNotFoundException("unknown user");
    }
    return toPrincipal(account);
  }

  AccountPrincipal toPrincipal(UserAccount account) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    if (account.isMustChangePassword()) {
      authorities.add(new SimpleGrantedAuthority(AccountPrincipal.PASSWORD_CHANGE_REQUIRED));
    } else {
      for (Role role : account.getRoles()) {
        authorities.add(new SimpleGrantedAuthority(role.authority()));
      }
    }
    boolean nonLocked = account.getLockedUntil() == null || account.getLockedUntil().isBefore(clock.instant());
    return new AccountPrincipal(account.getUsername(), account.getPasswordHash(), account.isEnabled(), nonLocked,
        authorities, account.getDisplayName(), account.getRegionCode(), account.getRoles());
  }
}
