package org.greenwhistle.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.mail.domain.CapturedMail;
import org.greenwhistle.mail.domain.OutboxEntry;
import org.greenwhistle.mail.service.MailOutbox;

/**
 * ADMIN: the outbox. Where mail is really sent (production) a status list without subjects or bodies and with
 * masked recipients; where it is captured (the demo) the captured mail itself. Every opening is audited.
 */
@Route(value = "admin/outbox", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.of("Asia/Shanghai"));

  public OutboxView(MailOutbox outbox) {
    setSizeFull();
    outbox.recordViewing();
    Paragraph explain = new Paragraph(getTranslation(outbox.capturesMail() ? "outbox.captureExplain"
        : "outbox.statusExplain"));
    explain.setId("outbox-explain");
    add(new H2(getTranslation("outbox.heading")), explain);
    if (outbox.capturesMail()) {
      add(captureGrid(outbox));
    } else {
      Grid<OutboxEntry> grid = statusGrid(outbox);
      add(retryFailed(outbox, grid), grid);
    }
  }

  /** After a long outage: every FAILED mail is queued again (issue 22); bodies stay unseen. */
  private Button retryFailed(MailOutbox outbox, Grid<OutboxEntry> grid) {
    Button retry = new Button(getTranslation("outbox.retryFailed"), e -> {
      int queued = outbox.retryFailed();
      Notification.show(getTranslation("outbox.retried", queued), 4000, Notification.Position.TOP_CENTER);
      grid.getDataProvider().refreshAll();
    });
    retry.setId("outbox-retry-failed");
    retry.setEnabled(outbox.countFailed() > 0);
    return retry;
  }

  private Grid<OutboxEntry> statusGrid(MailOutbox outbox) {
    Grid<OutboxEntry> grid = new Grid<>();
    grid.addColumn(m -> time(m.createdAt())).setHeader(getTranslation("outbox.created")).setAutoWidth(true);
    grid.addColumn(m -> getTranslation("outbox.reason." + m.reason().name())).setHeader(getTranslation("outbox.reason"))
        .setAutoWidth(true);
    grid.addColumn(OutboxEntry::maskedRecipient).setHeader(getTranslation("outbox.recipientMasked"))
        .setAutoWidth(true);
    grid.addColumn(m -> getTranslation("outbox.status." + m.status().name())).setHeader(getTranslation("outbox.status"));
    grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true);
    grid.addColumn(OutboxEntry::lastError).setHeader(getTranslation("outbox.lastError"));
    grid.setItems(q -> outbox.statusPage(q.getOffset(), q.getLimit()).stream(), q -> (int) outbox.count());
    grid.setId("outbox-grid");
    return grid;
  }

  private Grid<CapturedMail> captureGrid(MailOutbox outbox) {
    Grid<CapturedMail> grid = new Grid<>();
    grid.addColumn(m -> time(m.createdAt())).setHeader(getTranslation("outbox.created")).setAutoWidth(true);
    grid.addColumn(m -> getTranslation("outbox.reason." + m.reason().name())).setHeader(getTranslation("outbox.reason"))
        .setAutoWidth(true);
    grid.addColumn(CapturedMail::recipient).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
    grid.addColumn(CapturedMail::subject).setHeader(getTranslation("outbox.subject"));
    grid.addColumn(m -> getTranslation("outbox.status." + m.status().name())).setHeader(getTranslation("outbox.status"));
    grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> {
      Paragraph body = new Paragraph(m.body());
      body.addClassName("outbox-body");
      body.getStyle().set("white-space", "pre-wrap");
      return body;
    }));
    grid.setItems(q -> outbox.capturedPage(q.getOffset(), q.getLimit()).stream(), q -> (int) outbox.count());
    grid.setId("outbox-grid");
    return grid;
  }

  private static String time(Instant at) {
    return TIME.format(at);
  }
}
