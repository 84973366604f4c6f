package org.greenwhistle.payout.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.region.service.RegionService;

/** Home of FINANCE: the payout queue of their region. */
@Route(value = "finance", layout = MainLayout.class)
@RolesAllowed("FINANCE")
public class FinanceHomeView extends VerticalLayout {

  public FinanceHomeView(AuthenticationContext authentication, RegionService regions) {
    AccountPrincipal user = authentication.getAuthenticatedUser(AccountPrincipal.class).orElseThrow();
    H2 heading = new H2(getTranslation("finance.heading"));
    heading.setId("finance-home");
    Span region = new Span(getTranslation("staff.region", regions.fullName(user.getRegionCode()),
        user.getRegionCode()));
    region.setId("staff-region");
    add(heading, region);
  }
}
