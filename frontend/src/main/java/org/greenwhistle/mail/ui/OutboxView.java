package org.greenwhistle.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.mail.domain.OutboxMail;
import org.greenwhistle.mail.service.MailOutbox;

/** ADMIN: every outgoing mail (in the demo profile, mail is captured here instead of sent). */
@Route(value = "admin/outbox", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.of("Asia/Shanghai"));

  public OutboxView(MailOutbox outbox) {
    setSizeFull();
    Grid<OutboxMail> grid = new Grid<>();
    grid.addColumn(m -> TIME.format(m.createdAt())).setHeader(getTranslation("outbox.created")).setAutoWidth(true);
    grid.addColumn(outbox::recipientOf).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
    grid.addColumn(OutboxMail::subject).setHeader(getTranslation("outbox.subject"));
    grid.addColumn(m -> getTranslation("outbox.status." + m.status().name())).setHeader(getTranslation("outbox.status"));
    grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> {
      Paragraph body = new Paragraph(m.body());
      body.getStyle().set("white-space", "pre-wrap");
      return body;
    }));
    grid.setItems(q -> outbox.page(q.getOffset(), q.getLimit()).stream(), q -> (int) outbox.count());
    grid.setId("outbox-grid");
    add(new H2(getTranslation("outbox.heading")), grid);
  }
}
