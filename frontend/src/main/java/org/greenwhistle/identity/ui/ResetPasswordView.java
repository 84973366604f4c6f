package org.greenwhistle.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.identity.service.CitizenAccountService;
import org.greenwhistle.identity.service.IdentityException;

/** The link from the reset mail: choose a new password. */
@Route(value = "reset-password", layout = PortalLayout.class)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {
  private String token;

  public ResetPasswordView(CitizenAccountService accounts) {
    setMaxWidth("28rem");
    PasswordField password = new PasswordField(getTranslation("password.new"));
    password.setHelperText(getTranslation("password.rules"));
    password.setWidthFull();
    Paragraph done = new Paragraph();
    Button save = new Button(getTranslation("password.save"), e -> {
      try {
        accounts.resetPassword(token, password.getValue());
        done.setText(getTranslation("account.passwordReset"));
        password.setInvalid(false);
      } catch (IdentityException ex) {
        password.setErrorMessage(getTranslation(ex.messageKey()));
        password.setInvalid(true);
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("account.resetTitle")), password, save, done, new Anchor("login", getTranslation("app.login")));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
  }
}
