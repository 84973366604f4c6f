package org.greenwhistle.identity.service;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The authenticated account of the current request, if any. */
@Component
public class CurrentUser {
  public Optional<AccountPrincipal> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken
        || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
      return Optional.empty();
    }
    return Optional.of(principal);
  }

  public String username() {
    return get().map(AccountPrincipal::getUsername).orElse("anonymous");
  }
}
