package org.greenwhistle.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.annotation.security.PermitAll;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.IdentityException;
import org.greenwhistle.identity.service.PasswordChangeService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

@Route(value = "change-password", layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends VerticalLayout {
  private final transient PasswordChangeService passwords;
  private final PasswordField current = new PasswordField();
  private final PasswordField next = new PasswordField();
  private final PasswordField repeat = new PasswordField();

  public ChangePasswordView(PasswordChangeService passwords) {
    this.passwords = passwords;
    setMaxWidth("28rem");
    current.setLabel(getTranslation("password.current"));
    current.setId("current-password");
    next.setLabel(getTranslation("password.new"));
    next.setId("new-password");
    next.setHelperText(getTranslation("password.rules"));
    repeat.setLabel(getTranslation("password.repeat"));
    repeat.setId("repeat-password");
    for (PasswordField f : new PasswordField[] {current, next, repeat}) {
      f.setWidthFull();
    }
    Button save = new Button(getTranslation("password.save"), e -> save());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save-password");
    add(new H2(getTranslation("password.title")), new Paragraph(getTranslation("password.explain")),
        current, next, repeat, save);
  }

  private void save() {
    current.setInvalid(false);
    next.setInvalid(false);
    repeat.setInvalid(false);
    if (!next.getValue().equals(repeat.getValue())) {
      repeat.setErrorMessage(getTranslation("password.mismatch"));
      repeat.setInvalid(true);
      return;
    }
    try {
      AccountPrincipal user = passwords.changeOwnPassword(current.getValue(), next.getValue());
      // keep the refreshed login (now with its roles) in the HTTP session
      new HttpSessionSecurityContextRepository().saveContext(SecurityContextHolder.getContext(),
          VaadinServletRequest.getCurrent().getHttpServletRequest(),
          VaadinServletResponse.getCurrent().getHttpServletResponse());
      getUI().ifPresent(ui -> ui.getPage().setLocation(RoleHomes.homeOf(user)));
    } catch (IdentityException e) {
      PasswordField field = e.messageKey().equals("password.currentWrong") ? current : next;
      field.setErrorMessage(getTranslation(e.messageKey()));
      field.setInvalid(true);
    }
  }
}
