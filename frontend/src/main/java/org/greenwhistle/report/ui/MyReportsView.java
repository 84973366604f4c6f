package org.greenwhistle.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.report.domain.FollowUp;
import org.greenwhistle.report.service.FollowUpService;
import org.greenwhistle.report.service.ReceiptCodes;

/** Home of a registered citizen: the reports submitted while logged in, with their progress. */
@Route(value = "my", layout = PortalLayout.class)
@RolesAllowed("CITIZEN")
public class MyReportsView extends VerticalLayout {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ReportView.CHINA);

  public MyReportsView(FollowUpService followUps) {
    setSizeFull();
    H2 heading = new H2(getTranslation("my.heading"));
    heading.setId("citizen-home");
    Grid<FollowUp> grid = new Grid<>();
    grid.addColumn(f -> ReceiptCodes.display(f.trackingCode())).setHeader(getTranslation("receipt.code")).setAutoWidth(true);
    grid.addColumn(f -> TIME.format(f.submittedAt())).setHeader(getTranslation("my.submitted")).setAutoWidth(true);
    grid.addColumn(FollowUp::targetName).setHeader(getTranslation("report.target"));
    grid.addColumn(f -> getTranslation("status." + f.status().name())).setHeader(getTranslation("inbox.status"));
    grid.setItemDetailsRenderer(new ComponentRenderer<>(f -> {
      UnorderedList steps = new UnorderedList();
      f.timeline().forEach(e -> steps.add(new ListItem(TIME.format(e.occurredAt()) + "  " + getTranslation("timeline." + e.type()))));
      return steps;
    }));
    grid.setItems(q -> followUps.myReports(q.getOffset(), q.getLimit()).stream(), q -> (int) followUps.countMyReports());
    grid.setId("my-reports");
    add(heading, new Paragraph(getTranslation("my.intro")), new Anchor("report", getTranslation("portal.report")), grid);
  }
}
