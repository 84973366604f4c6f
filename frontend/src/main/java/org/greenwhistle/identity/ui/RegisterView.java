package org.greenwhistle.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.identity.service.CitizenAccountService;
import org.greenwhistle.identity.service.IdentityException;

/** A citizen registers with an e-mail address (verified by a link) to find their reports again. */
@Route(value = "register", layout = PortalLayout.class)
@AnonymousAllowed
public class RegisterView extends VerticalLayout {

  public RegisterView(CitizenAccountService accounts) {
    setMaxWidth("28rem");
    EmailField email = new EmailField(getTranslation("account.email"));
    email.setWidthFull();
    email.setId("register-email");
    PasswordField password = new PasswordField(getTranslation("password.new"));
    password.setHelperText(getTranslation("password.rules"));
    password.setWidthFull();
    password.setId("register-password");
    Paragraph done = new Paragraph();
    done.setId("register-done");
    Button register = new Button(getTranslation("account.register"), e -> {
      try {
        accounts.register(email.getValue(), password.getValue(), getLocale());
        done.setText(getTranslation("account.checkMail"));
        email.setInvalid(false);
        password.setInvalid(false);
      } catch (IdentityException ex) {
        var field = ex.messageKey().startsWith("account.") ? email : password;
        field.setErrorMessage(getTranslation(ex.messageKey()));
        field.setInvalid(true);
      }
    });
    register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    register.setId("register-submit");
    add(new H2(getTranslation("account.registerTitle")), new Paragraph(getTranslation("account.registerIntro")),
        email, password, register, done);
  }
}
