package org.greenwhistle.report.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.greenwhistle.base.ui.MainLayout;

/** Home of a registered citizen: their reports. */
@Route(value = "my", layout = MainLayout.class)
@RolesAllowed("CITIZEN")
public class MyReportsView extends VerticalLayout {
  public MyReportsView() {
    H2 heading = new H2(getTranslation("my.heading"));
    heading.setId("citizen-home");
    add(heading, new Paragraph(getTranslation("my.empty")));
  }
}
