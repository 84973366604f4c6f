package org.greenwhistle.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.greenwhistle.base.ui.PortalLayout;

/** The citizen portal's front page: what the portal is for and where to start. */
@Route(value = "", layout = PortalLayout.class)
@AnonymousAllowed
public class PortalView extends VerticalLayout implements HasDynamicTitle {

  public PortalView() {
    setMaxWidth("48rem");
    getStyle().set("margin", "0 auto");
    H2 heading = new H2(getTranslation("portal.heading"));
    heading.setId("portal-heading");
    add(heading, new Paragraph(getTranslation("portal.intro")), new Paragraph(getTranslation("portal.confidential")));
    Button report = new Button(getTranslation("portal.report"), e -> UI.getCurrent().navigate(ReportView.class));
    report.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    report.setWidthFull();
    report.setId("portal-report");
    Button followUp = new Button(getTranslation("portal.followUp"), e -> UI.getCurrent().navigate(FollowUpView.class));
    followUp.addThemeVariants(ButtonVariant.LUMO_LARGE);
    followUp.setWidthFull();
    followUp.setId("portal-follow-up");
    Anchor staffLogin = new Anchor("login", getTranslation("portal.staffLogin"));
    add(report, followUp, new Paragraph(getTranslation("portal.hotline")), staffLogin);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("app.name");
  }
}
