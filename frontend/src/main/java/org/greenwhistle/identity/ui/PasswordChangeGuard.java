package org.greenwhistle.identity.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.springframework.stereotype.Component;

/** While a password change is pending, every route but the change form and logout leads to that form. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {
  private final transient AuthenticationContext authentication;

  PasswordChangeGuard(AuthenticationContext authentication) {
    this.authentication = authentication;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
      boolean pending = authentication.getAuthenticatedUser(AccountPrincipal.class)
          .map(u -> u.getAuthorities().stream()
              .anyMatch(a -> a.getAuthority().equals(AccountPrincipal.PASSWORD_CHANGE_REQUIRED)))
          .orElse(false);
      String path = enter.getLocation().getPath();
      if (pending && !path.equals("change-password") && !path.equals("login")) {
        enter.rerouteTo("change-password");
      }
    }));
  }
}
