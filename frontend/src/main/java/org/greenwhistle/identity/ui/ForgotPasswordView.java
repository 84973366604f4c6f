package org.greenwhistle.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.identity.service.CitizenAccountService;

/** A citizen asks for a password-reset link; the answer is the same whether or not the address is known. */
@Route(value = "forgot-password", layout = PortalLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout {

  public ForgotPasswordView(CitizenAccountService accounts) {
    setMaxWidth("28rem");
    EmailField email = new EmailField(getTranslation("account.email"));
    email.setWidthFull();
    Paragraph done = new Paragraph();
    Button send = new Button(getTranslation("account.sendReset"), e -> {
      accounts.requestPasswordReset(email.getValue(), getLocale());
      done.setText(getTranslation("account.resetSent"));
    });
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("account.forgotTitle")), email, send, done, new Paragraph(getTranslation("account.staffReset")));
  }
}
