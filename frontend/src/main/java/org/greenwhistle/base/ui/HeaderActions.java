package org.greenwhistle.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.userdetails.UserDetails;

/** The header's right-hand side of both page frames: the language switch, then "log in" or the user and "log out". */
final class HeaderActions extends Div {

  HeaderActions(AuthenticationContext authentication) {
    Button language = new Button(getTranslation("app.otherLanguage"), e -> LocaleSetup.switchLanguage());
    language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    language.setId("language-switch");
    add(language);
    // on a 390 px phone the title gives way (it may wrap), never the language switch or "登录"
    getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
        .set("flex-shrink", "0").set("white-space", "nowrap");
    authentication.getAuthenticatedUser(UserDetails.class).ifPresentOrElse(user -> {
      Span who = new Span(user.getUsername());
      who.setId("current-user");
      Button logout = new Button(getTranslation("app.logout"), e -> authentication.logout());
      logout.setId("logout");
      logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      add(who, logout);
    }, () -> {
      Anchor login = new Anchor("login", getTranslation("app.login"));
      login.setId("login-link");
      add(login);
    });
  }
}
