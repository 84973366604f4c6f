package org.greenwhistle.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The citizens' pages' frame: a header (portal name, language, login) and a row of plain links, no app layout. On a
 * phone on a slow network this matters: {@link MainLayout}'s drawer and side menu report their state to the server
 * once rendered (two more round trips before the page is idle, B5 in docs/performance.md), and a citizen needs five
 * links, not a drawer. Staff pages keep {@link MainLayout}; a signed-in officer finds "workspace" here.
 */
@AnonymousAllowed // layouts are access-checked too; each view carries its own rule
public class PortalLayout extends Div implements RouterLayout, AfterNavigationObserver {
  private final transient AuthenticationContext authentication;
  private final Main content = new Main();
  private final List<Anchor> links = new ArrayList<>();

  public PortalLayout(AuthenticationContext authentication) {
    this.authentication = authentication;
    setId("portal-layout");
    getStyle().set("min-height", "100vh").set("display", "flex").set("flex-direction", "column");

    Anchor home = new Anchor("", getTranslation("app.name"));
    home.getStyle().set("color", "inherit").set("text-decoration", "none");
    H1 title = new H1(home);
    title.addClassName("gw-title");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0").set("min-width", "0")
        .set("flex", "1 1 auto").set("line-height", "var(--lumo-line-height-xs)");

    HeaderActions right = new HeaderActions(authentication);

    Header header = new Header(title, right);
    header.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");

    Nav nav = new Nav();
    nav.setId("portal-nav");
    nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
    // one row that scrolls sideways on a narrow screen rather than wrapping under the header
    nav.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("overflow-x", "auto")
        .set("white-space", "nowrap").set("scrollbar-width", "none").set("padding", "0 var(--lumo-space-s)")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    link(nav, "nav.portal", "");
    link(nav, "nav.report", "report");
    link(nav, "nav.followUp", "follow-up");
    link(nav, "nav.typicalCases", "cases");
    link(nav, "nav.statistics", "statistics");
    if (has("CITIZEN")) {
      link(nav, "nav.myReports", "my");
    }
    if (has("INTAKE") || has("INVESTIGATOR") || has("LEADER")) {
      link(nav, "nav.staff", "staff");
    }
    if (has("FINANCE")) {
      link(nav, "nav.finance", "finance");
    }
    if (has("ADMIN")) {
      link(nav, "nav.adminUsers", "admin/users");
    }

    content.getStyle().set("flex", "1 1 auto");
    add(header, nav, content);
  }

  private void link(Nav nav, String key, String path) {
    Anchor link = new Anchor(path, getTranslation(key));
    link.getElement().setAttribute("data-path", path);
    // tap targets of at least 44 px height (WCAG 2.5.5), the current page marked for screen readers too
    link.getStyle().set("display", "inline-block").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("min-height", "44px").set("box-sizing", "border-box").set("line-height", "28px")
        .set("text-decoration", "none").set("border-bottom", "3px solid transparent");
    links.add(link);
    nav.add(link);
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.getElement().removeAllChildren();
    if (view != null) {
      content.getElement().appendChild(Objects.requireNonNull(view.getElement()));
    }
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    String path = event.getLocation().getPath();
    for (Anchor link : links) {
      String target = link.getElement().getAttribute("data-path");
      boolean current = target.isEmpty() ? path.isEmpty() : path.equals(target) || path.startsWith(target + "/");
      if (current) {
        link.getElement().setAttribute("aria-current", "page");
        link.getStyle().set("border-bottom-color", "var(--lumo-primary-color)").set("font-weight", "600");
      } else {
        link.getElement().removeAttribute("aria-current");
        link.getStyle().set("border-bottom-color", "transparent").remove("font-weight");
      }
    }
  }

  private boolean has(String role) {
    return authentication.hasRole(role);
  }

}
