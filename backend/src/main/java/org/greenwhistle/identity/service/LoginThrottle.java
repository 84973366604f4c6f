package org.greenwhistle.identity.service;

import java.time.Clock;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins in the database (so all app nodes share the count) and locks the account. */
@Component
public class LoginThrottle {
  private final UserAccountMapper accounts;
  private final LoginThrottleProperties properties;
  private final Clock clock;

  LoginThrottle(UserAccountMapper accounts, LoginThrottleProperties properties, Clock clock) {
    this.accounts = accounts;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    accounts.recordFailure(event.getAuthentication().getName(), properties.maxFailures(),
        clock.instant().plus(properties.lockDuration()));
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
      accounts.recordSuccess(principal.getUsername());
    }
  }
}
