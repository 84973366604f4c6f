package org.greenwhistle.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.greenwhistle.identity.service.AccountPrincipal;

/** Landing route after login: forwards to the role's home (or to the pending password change). */
@Route("home")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {
  private final transient AuthenticationContext authentication;

  public HomeView(AuthenticationContext authentication) {
    this.authentication = authentication;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String home = authentication.getAuthenticatedUser(AccountPrincipal.class).map(RoleHomes::homeOf).orElse("");
    event.forwardTo(home);
  }
}
