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
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.identity.service.IdentityException;
import org.greenwhistle.identity.service.SetPasswordService;

/** The link mailed to a new staff member: choose the first password (the link works once). */
@Route(value = "set-password", layout = MainLayout.class)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver {
  private String token;

  public SetPasswordView(SetPasswordService passwords) {
    setMaxWidth("28rem");
    PasswordField password = new PasswordField(getTranslation("password.new"));
    password.setHelperText(getTranslation("password.rules"));
    password.setWidthFull();
    password.setId("set-password-new");
    Paragraph done = new Paragraph();
    done.setId("set-password-done");
    Button save = new Button(getTranslation("password.save"), e -> {
      try {
        passwords.setPassword(token, password.getValue());
        done.setText(getTranslation("account.passwordSet"));
        password.setInvalid(false);
      } catch (IdentityException ex) {
        password.setErrorMessage(getTranslation(ex.messageKey()));
        password.setInvalid(true);
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("set-password-save");
    add(new H2(getTranslation("account.setPasswordTitle")), password, save, done,
        new Anchor("login", getTranslation("app.login")));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
  }
}
