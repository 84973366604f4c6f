package org.greenwhistle.casework.service;

import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.AccountUserDetailsService;
import org.greenwhistle.region.service.RegionService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The one rule for who may act on a case: holds the task's role and the user's region contains the case's. */
@Component
public class StaffEligibility {
  private final AccountUserDetailsService accounts;
  private final RegionService regions;

  StaffEligibility(AccountUserDetailsService accounts, RegionService regions) {
    this.accounts = accounts;
    this.regions = regions;
  }

  public boolean mayWork(String username, Role role, String caseRegionCode) {
    if (username == null || role == null) {
      return false;
    }
    try {
      AccountPrincipal user = accounts.loadUserByUsername(username);
      boolean holdsRole = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
      return user.isEnabled() && holdsRole && regions.contains(user.getRegionCode(), caseRegionCode);
    } catch (UsernameNotFoundException e) {
      return false;
    }
  }
}
