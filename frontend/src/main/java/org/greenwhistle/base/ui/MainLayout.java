package org.greenwhistle.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Header with the portal name, language switch and login state; a side menu by role. */
@AnonymousAllowed // layouts are access-checked too; each view carries its own rule
public class MainLayout extends AppLayout {
  private final transient AuthenticationContext authentication;

  public MainLayout(AuthenticationContext authentication) {
    this.authentication = authentication;
    H1 title = new H1(new Anchor("", getTranslation("app.name")));
    title.addClassName("gw-title");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0").set("min-width", "0");
    HeaderActions right = new HeaderActions(authentication);

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
}
