package org.greenwhistle.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Header with the portal name, language switch and login state; a side menu by role. */
@AnonymousAllowed // layouts are access-checked too; each view carries its own rule
public class MainLayout extends AppLayout {
  private final transient AuthenticationContext authentication;

  public MainLayout(AuthenticationContext authentication) {
    this.authentication = authentication;
    H1 title = new H1(new Anchor("", getTranslation("app.name")));
    title.addClassName("gw-title");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

    Button language = new Button(getTranslation("app.otherLanguage"), e -> switchLanguage());
    language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    language.setId("language-switch");

    HorizontalLayout right = new HorizontalLayout(language);
    right.setAlignItems(FlexComponent.Alignment.CENTER);
    // on a 390 px phone the title gives way (it may wrap), never the language switch or "登录"
    right.getStyle().set("flex-shrink", "0").set("white-space", "nowrap");
    title.getStyle().set("min-width", "0");
    authentication.getAuthenticatedUser(UserDetails.class).ifPresentOrElse(user -> {
      Span who = new Span(user.getUsername());
      who.setId("current-user");
      Button logout = new Button(getTranslation("app.logout"), e -> authentication.logout());
      logout.setId("logout");
      logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      right.add(who, logout);
    }, () -> {
      Anchor login = new Anchor("login", getTranslation("app.login"));
      login.setId("login-link");
      login.getStyle().set("white-space", "nowrap");
      right.add(login);
    });

    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, right);
    header.setWidthFull();
    header.setAlignItems(FlexComponent.Alignment.CENTER);
    header.expand(title);
    header.getStyle().set("padding-right", "var(--lumo-space-m)");
    addToNavbar(header);
    addToDrawer(menu());
    setPrimarySection(Section.NAVBAR);
    setDrawerOpened(false);
  }

  private SideNav menu() {
    SideNav nav = new SideNav();
    nav.addItem(new SideNavItem(getTranslation("nav.portal"), ""));
    nav.addItem(new SideNavItem(getTranslation("nav.report"), "report"));
    nav.addItem(new SideNavItem(getTranslation("nav.followUp"), "follow-up"));
    nav.addItem(new SideNavItem(getTranslation("nav.typicalCases"), "cases"));
    nav.addItem(new SideNavItem(getTranslation("nav.statistics"), "statistics"));
    if (has("CITIZEN")) {
      nav.addItem(new SideNavItem(getTranslation("nav.myReports"), "my"));
    }
    if (has("INTAKE") || has("INVESTIGATOR") || has("LEADER")) {
      nav.addItem(new SideNavItem(getTranslation("nav.staff"), "staff"));
    }
    if (has("INTAKE") || has("INVESTIGATOR") || has("LEADER") || has("ADMIN")) {
      nav.addItem(new SideNavItem(getTranslation("nav.caseSearch"), "staff/search"));
    }
    if (has("LEADER")) {
      nav.addItem(new SideNavItem(getTranslation("nav.team"), "staff/team"));
    }
    if (has("FINANCE")) {
      nav.addItem(new SideNavItem(getTranslation("nav.finance"), "finance"));
    }
    if (has("ADMIN")) {
      nav.addItem(new SideNavItem(getTranslation("nav.adminUsers"), "admin/users"));
      nav.addItem(new SideNavItem(getTranslation("nav.nationalQueue"), "admin/national-queue"));
      nav.addItem(new SideNavItem(getTranslation("nav.adminOutbox"), "admin/outbox"));
      nav.addItem(new SideNavItem(getTranslation("nav.adminRewardRules"), "admin/reward-rules"));
      nav.addItem(new SideNavItem(getTranslation("nav.adminTypicalCases"), "admin/typical-cases"));
      SideNavItem cockpit = new SideNavItem(getTranslation("nav.camunda"), "/operaton/app/");
      cockpit.setOpenInNewBrowserTab(true);
      nav.addItem(cockpit);
    }
    return nav;
  }

  private boolean has(String role) {
    return authentication.hasRole(role);
  }

  private void switchLanguage() {
    Locale next = getLocale().getLanguage().equals("zh") ? Locale.ENGLISH : LocaleSetup.CHINESE;
    VaadinSession.getCurrent().setAttribute(LocaleSetup.SESSION_LOCALE, next);
    UI.getCurrent().getPage().reload();
  }
}
