package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.region.service.RegionService;

/** Home of INTAKE, INVESTIGATOR and LEADER: who they are, the region they act for, their work. */
@Route(value = "staff", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "INVESTIGATOR", "LEADER"})
public class StaffHomeView extends VerticalLayout {

  public StaffHomeView(AuthenticationContext authentication, RegionService regions) {
    AccountPrincipal user = authentication.getAuthenticatedUser(AccountPrincipal.class).orElseThrow();
    H2 heading = new H2(getTranslation("staff.heading"));
    heading.setId("staff-home");
    Span region = new Span(getTranslation("staff.region", regions.fullName(user.getRegionCode()),
        user.getRegionCode()));
    region.setId("staff-region");
    Span roles = new Span(getTranslation("staff.roles", user.getRoles().stream()
        .map(r -> getTranslation("role." + r.name())).collect(Collectors.joining("、"))));
    roles.setId("staff-roles");
    add(heading, region, roles, new Paragraph(getTranslation("staff.inboxComing")));
  }
}
