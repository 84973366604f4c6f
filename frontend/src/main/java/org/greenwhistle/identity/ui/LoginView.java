package org.greenwhistle.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.greenwhistle.base.ui.PortalLayout;

@Route(value = "login", layout = PortalLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  private final LoginForm form = new LoginForm();

  public LoginView() {
    setAlignItems(FlexComponent.Alignment.CENTER);
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(getTranslation("login.title"));
    i18n.getForm().setUsername(getTranslation("login.username"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    i18n.getErrorMessage().setTitle(getTranslation("login.failedTitle"));
    i18n.getErrorMessage().setMessage(getTranslation("login.failedMessage"));
    form.setI18n(i18n);
    i18n.getForm().setForgotPassword(getTranslation("account.forgotTitle"));
    form.setI18n(i18n);
    form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
    form.setAction("login");
    form.setId("login-form");
    add(form, new Anchor("register", getTranslation("account.registerTitle")));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title");
  }
}
