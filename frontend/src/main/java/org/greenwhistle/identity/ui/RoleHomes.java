package org.greenwhistle.identity.ui;

import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.AccountPrincipal;

/** Where each role starts after login. */
public final class RoleHomes {
  private RoleHomes() {
  }

  public static String homeOf(AccountPrincipal user) {
    boolean pending = user.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals(AccountPrincipal.PASSWORD_CHANGE_REQUIRED));
    if (pending) {
      return "change-password";
    }
    if (user.getRoles().contains(Role.ADMIN)) {
      return "admin/users";
    }
    if (user.getRoles().contains(Role.INTAKE) || user.getRoles().contains(Role.INVESTIGATOR)
        || user.getRoles().contains(Role.LEADER)) {
      return "staff";
    }
    if (user.getRoles().contains(Role.FINANCE)) {
      return "finance";
    }
    if (user.getRoles().contains(Role.CITIZEN)) {
      return "my";
    }
    return "";
  }
}
