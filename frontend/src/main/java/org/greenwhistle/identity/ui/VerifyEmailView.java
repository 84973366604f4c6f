package org.greenwhistle.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.identity.service.CitizenAccountService;

/** The link from the verification mail. */
@Route(value = "verify-email", layout = PortalLayout.class)
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver {
  private final transient CitizenAccountService accounts;
  private final Paragraph result = new Paragraph();

  public VerifyEmailView(CitizenAccountService accounts) {
    this.accounts = accounts;
    result.setId("verify-result");
    add(result, new Anchor("login", getTranslation("app.login")));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
    result.setText(getTranslation(accounts.verify(token) ? "account.verified" : "account.error.linkInvalid"));
  }
}
