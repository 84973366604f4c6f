package org.greenwhistle.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.base.ui.UploadTexts;
import org.greenwhistle.report.domain.FollowUp;
import org.greenwhistle.report.domain.ReportMessage;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.report.service.EvidenceUpload;
import org.greenwhistle.report.service.FollowUpService;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.common.problem.TooManyRequestsException;

/** Tracking code + access key → status, timeline and messages; reply and add evidence. */
@Route(value = "follow-up", layout = PortalLayout.class)
@AnonymousAllowed
public class FollowUpView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ReportView.CHINA);

  /** UI-scoped data key under which the open receipt (code, key) is handed to the reward claim page. */
  public static final String RECEIPT = "greenwhistle.receipt";

  private final transient FollowUpService followUps;
  private final TextField code = new TextField();
  private final PasswordField key = new PasswordField();
  private final Div result = new Div();
  private final Span notFound = new Span();
  private String openCode;
  private String openKey;

  public FollowUpView(FollowUpService followUps) {
    this.followUps = followUps;
    setMaxWidth("40rem");
    getStyle().set("margin", "0 auto");
    H2 heading = new H2(getTranslation("followUp.heading"));
    heading.setId("follow-up-heading");
    code.setLabel(getTranslation("receipt.code"));
    code.setId("follow-up-code");
    code.setWidthFull();
    key.setLabel(getTranslation("receipt.key"));
    key.setId("follow-up-key");
    key.setWidthFull();
    Button open = new Button(getTranslation("followUp.open"), e -> open());
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    open.setId("follow-up-open");
    notFound.setId("follow-up-error");
    notFound.getStyle().set("color", "var(--lumo-error-text-color)");
    result.setWidthFull();
    add(heading, new Paragraph(getTranslation("followUp.intro")), code, key, open, notFound, result,
        new Paragraph(getTranslation("followUp.lostKey")));
  }

  /** The receipt image's QR code opens {@code follow-up?code=…}: the code is filled in, the key is typed. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(value -> {
      if (code.isEmpty() && value.length() <= 20) {
        code.setValue(value);
        key.focus();
      }
    });
  }

  private void open() {
    notFound.setText("");
    result.removeAll();
    try {
      followUps.open(code.getValue(), key.getValue()).ifPresentOrElse(view -> {
        openCode = code.getValue();
        openKey = key.getValue();
        show(view);
      }, () -> notFound.setText(getTranslation("followUp.error.notFound")));
    } catch (TooManyRequestsException e) {
      notFound.setText(getTranslation(e.messageKey()));
    }
  }

  private void show(FollowUp view) {
    result.removeAll();
    Span status = new Span(getTranslation("status." + view.status().name()));
    status.getElement().getThemeList().add("badge");
    status.setId("follow-up-status");
    H3 title = new H3(ReceiptCodes.display(view.trackingCode()));
    UnorderedList timeline = new UnorderedList();
    timeline.setId("follow-up-timeline");
    view.timeline().forEach(e -> timeline.add(new ListItem(TIME.format(e.occurredAt()) + "  "
        + getTranslation("timeline." + e.type()) + note(e.note()))));
    UnorderedList messages = new UnorderedList();
    messages.setId("follow-up-messages");
    for (ReportMessage m : view.messages()) {
      String who = getTranslation(m.direction() == ReportMessage.Direction.TO_REPORTER ? "followUp.fromHandler" : "followUp.fromYou");
      messages.add(new ListItem(TIME.format(m.sentAt()) + "  " + who + "：" + m.body()));
    }
    TextArea reply = new TextArea(getTranslation("followUp.reply"));
    reply.setMaxLength(2000);
    reply.setWidthFull();
    reply.setId("follow-up-reply");
    Button send = new Button(getTranslation("followUp.send"), e -> {
      try {
        show(followUps.reply(openCode, openKey, reply.getValue()));
      } catch (InvalidInputException ex) {
        reply.setErrorMessage(getTranslation(ex.problems().get(0).messageKey(), ex.problems().get(0).args().toArray()));
        reply.setInvalid(true);
      }
    });
    send.setId("follow-up-send");
    Upload more = new Upload(UploadHandler.toTempFile((metadata, file) -> {
      UI ui = getUI().orElse(null);
      Path path = file.toPath();
      if (ui != null) {
        ui.access(() -> addEvidence(metadata.fileName(), path));
      } else {
        ReportView.deleteQuietly(path);
      }
    }));
    UploadTexts.localize(more);
    more.setMaxFiles(9);
    more.setWidthFull();
    VerticalLayout actions = new VerticalLayout();
    actions.setPadding(false);
    if (view.status() == ReportStatus.SUBMITTED || view.status() == ReportStatus.INFO_REQUESTED) {
      Button withdraw = new Button(getTranslation("followUp.withdraw"), e -> act(() -> followUps.withdraw(openCode, openKey)));
      withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
      withdraw.setId("follow-up-withdraw");
      actions.add(new Paragraph(getTranslation("followUp.withdrawHelp")), withdraw);
    }
    if (view.status() == ReportStatus.REJECTED) {
      TextArea reason = new TextArea(getTranslation("followUp.appealReason"));
      reason.setWidthFull();
      reason.setMaxLength(2000);
      reason.setId("follow-up-appeal-reason");
      Button appeal = new Button(getTranslation("followUp.appeal"), e -> act(() -> followUps.appeal(openCode, openKey, reason.getValue())));
      appeal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      appeal.setId("follow-up-appeal");
      actions.add(new Paragraph(getTranslation("followUp.appealHelp")), reason, appeal);
    }
    if (view.timeline().stream().anyMatch(e -> "REWARD_GRANTED".equals(e.type()))) {
      // the rewards feature owns the claim page; the receipt travels in this UI's memory, never in the URL
      Button rewards = new Button(getTranslation("followUp.rewards"), e -> getUI().ifPresent(ui -> {
        com.vaadin.flow.component.ComponentUtil.setData(ui, RECEIPT, new String[] {openCode, openKey});
        ui.navigate("reward-claim");
      }));
      rewards.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
      rewards.setId("follow-up-rewards");
      actions.add(rewards);
    }
    result.add(new VerticalLayout(title, status, actions, new H3(getTranslation("followUp.timeline")), timeline,
        new Paragraph(getTranslation("followUp.region", view.regionName())),
        evidence(view),
        new H3(getTranslation("followUp.messages")), messages, reply, send,
        new H3(getTranslation("followUp.moreEvidence")), more, new ContactPanel(followUps, openCode, openKey)));
  }

  /** Notes are codes (reasons, outcomes, region codes); show their translation where one exists. */
  private String note(String note) {
    if (note == null) {
      return "";
    }
    String translated = getTranslation("note." + note);
    if (!translated.startsWith("!")) {
      return "：" + translated;
    }
    // a linked case's tracking code in the one form the screens show
    return "：" + (note.matches("GW[0-9A-Z]{10}") ? ReceiptCodes.display(note) : note);
  }

  private Paragraph evidence(FollowUp view) {
    Paragraph p = new Paragraph(getTranslation("followUp.evidence", view.evidenceNames().size())
        + (view.evidenceNames().isEmpty() ? "" : "：" + String.join("、", view.evidenceNames())));
    p.setId("follow-up-evidence");
    return p;
  }

  private void act(java.util.function.Supplier<FollowUp> action) {
    try {
      show(action.get());
    } catch (InvalidInputException e) {
      Notification n = Notification.show(getTranslation(e.problems().get(0).messageKey(), e.problems().get(0).args().toArray()),
          6000, Notification.Position.MIDDLE);
      n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  private void addEvidence(String fileName, Path file) {
    try {
      show(followUps.addEvidence(openCode, openKey, List.of(new EvidenceUpload(fileName, file))));
    } catch (InvalidInputException e) {
      Notification n = Notification.show(getTranslation(e.problems().get(0).messageKey(), e.problems().get(0).args().toArray()),
          6000, Notification.Position.MIDDLE);
      n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    } finally {
      ReportView.deleteQuietly(file);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("followUp.heading");
  }
}
