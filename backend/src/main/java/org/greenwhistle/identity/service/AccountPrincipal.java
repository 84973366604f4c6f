package org.greenwhistle.identity.service;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import org.greenwhistle.identity.domain.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in user. While a password change is pending the principal carries no role at all, only
 * {@link #PASSWORD_CHANGE_REQUIRED}, so every role-guarded view and service refuses it by construction.
 */
public class AccountPrincipal extends User {
  @Serial
  private static final long serialVersionUID = 1L;
  public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

  private final String displayName;
  private final String regionCode;
  private final Set<Role> roles;

  public AccountPrincipal(String username, String passwordHash, boolean enabled, boolean accountNonLocked,
                          Collection<? extends GrantedAuthority> authorities, String displayName,
                          String regionCode, Set<Role> roles) {
    super(username, passwordHash, enabled, true, true, accountNonLocked, authorities);
    this.displayName = displayName;
    this.regionCode = regionCode;
    this.roles = Set.copyOf(roles);
  }

  public String getDisplayName() { return displayName; }

  public String getRegionCode() { return regionCode; }

  /** The roles the account holds (granted only once no password change is pending). */
  public Set<Role> getRoles() { return roles; }
}
