package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.LocationMap;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.base.ui.MapProperties;
import org.greenwhistle.base.ui.RegionCascade;
import org.greenwhistle.base.ui.UploadTexts;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.casework.domain.CaseEnums;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.base.ui.ProblemNotification;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.EvidenceRecord;
import org.greenwhistle.report.domain.ReportMessage;
import org.greenwhistle.report.domain.ReporterView;
import org.greenwhistle.report.service.CaseEvidenceService;
import org.greenwhistle.report.service.EvidenceUpload;
import org.greenwhistle.report.service.ReporterIdentityService;

/** One case: the report, evidence, reporter (masked), timeline, messages, decisions, and my task's form. */
@Route(value = "staff/case", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "INVESTIGATOR", "LEADER", "ADMIN"})
public class CaseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(InboxView.CHINA);

  private final transient CaseworkService casework;
  private final transient ReporterIdentityService identities;
  private final transient CaseEvidenceService evidence;
  private final transient RegionService regions;
  private final transient AuthenticationContext authentication;
  private final MapProperties map;
  private String code;

  public CaseView(CaseworkService casework, ReporterIdentityService identities, CaseEvidenceService evidence,
                  RegionService regions, AuthenticationContext authentication, MapProperties map) {
    this.casework = casework;
    this.identities = identities;
    this.evidence = evidence;
    this.regions = regions;
    this.authentication = authentication;
    this.map = map;
    setMaxWidth("64rem");
  }

  /** The reporter's mark in the inbox goes once a handler has opened the case (issue 22). */
  private transient org.greenwhistle.casework.service.ReporterActivity reporterActivity;

  @org.springframework.beans.factory.annotation.Autowired
  void reporterActivity(org.greenwhistle.casework.service.ReporterActivity reporterActivity) {
    this.reporterActivity = reporterActivity;
  }

  @Override
  public void setParameter(BeforeEvent event, String trackingCode) {
    this.code = trackingCode;
    render();
  }

  private void render() {
    removeAll();
    CaseDetail c;
    try {
      c = casework.caseDetail(code);
      reporterActivity.caseOpened(code);
    } catch (NotFoundException e) {
      Paragraph missing = new Paragraph(getTranslation("case.error.notFound"));
      missing.setId("case-not-found");
      add(missing);
      return;
    }
    H2 title = new H2(InboxView.display(c.trackingCode()));
    title.setId("case-title");
    Span status = new Span(getTranslation("status." + c.status().name()));
    status.getElement().getThemeList().add("badge");
    status.setId("case-status");
    add(title, status);
    add(facts(c), reporter(c), evidenceList(c), taskArea(c), timeline(c), messages(c), decisions(c), auditTrail(c));
  }

  private Component facts(CaseDetail c) {
    FormLayout form = new FormLayout();
    form.addFormItem(new Span(categories(c.categories())), getTranslation("report.categories"));
    form.addFormItem(new Span(c.targetName()), getTranslation("report.target"));
    form.addFormItem(new Span(c.regionName() + "（" + c.regionCode() + "）"), getTranslation("report.region"));
    form.addFormItem(new Span(c.address()), getTranslation("report.address"));
    form.addFormItem(new Span(TIME.format(c.observedAt()) + (c.ongoing() ? " · " + getTranslation("report.ongoing") : "")),
        getTranslation("report.observedAt"));
    if (c.latitude() != null) {
      form.addFormItem(new Span(c.latitude() + ", " + c.longitude()), getTranslation("report.location"));
    }
    if (c.linkedTo() != null) {
      form.addFormItem(caseLink(c.linkedTo()), getTranslation("case.linkedTo"));
    }
    if (!c.duplicates().isEmpty()) {
      HorizontalLayout links = new HorizontalLayout();
      c.duplicates().forEach(d -> links.add(caseLink(d)));
      links.setId("case-duplicates");
      form.addFormItem(links, getTranslation("case.duplicates"));
    }
    VerticalLayout where = new VerticalLayout(form);
    if (c.latitude() != null && LocationMap.available(map)) {
      where.add(new LocationMap(map, c.latitude(), c.longitude()));
    }
    Paragraph description = new Paragraph(c.description());
    description.getStyle().set("white-space", "pre-wrap");
    description.setId("case-description");
    return new VerticalLayout(where, new H3(getTranslation("report.description")), description);
  }

  private Component reporter(CaseDetail c) {
    VerticalLayout box = new VerticalLayout(new H3(getTranslation("case.reporter")));
    box.setId("case-reporter");
    ReporterView view = identities.masked(c.trackingCode());
    if (view.anonymous()) {
      box.add(new Span(getTranslation("report.anonymous")));
      return box;
    }
    if (!view.visible()) {
      Span hidden = new Span(getTranslation("case.reporterHidden"));
      hidden.setId("reporter-hidden");
      box.add(hidden);
      return box;
    }
    boolean mayUnmask = authentication.hasAnyRole("INTAKE", "LEADER", "ADMIN");
    box.add(identityRow("name", view.name(), mayUnmask), identityRow("idNumber", view.idNumber(), mayUnmask),
        identityRow("phone", view.phone(), mayUnmask), identityRow("email", view.email(), mayUnmask));
    return box;
  }

  private Component identityRow(String field, String masked, boolean mayUnmask) {
    Span value = new Span(masked == null ? "—" : masked);
    value.setId("reporter-" + field);
    HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("case.field." + field) + "："), value);
    if (mayUnmask && masked != null) {
      Button show = new Button(getTranslation("case.unmask"), e -> askReasonAndUnmask(field, value));
      show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      show.setId("unmask-" + field);
      row.add(show);
    }
    return row;
  }

  private void askReasonAndUnmask(String field, Span value) {
    Dialog dialog = new Dialog(getTranslation("case.unmaskTitle"));
    TextField reason = new TextField(getTranslation("case.unmaskReason"));
    reason.setWidthFull();
    reason.setId("unmask-reason");
    Button confirm = new Button(getTranslation("case.unmask"), e -> {
      try {
        value.setText(identities.unmask(code, field, reason.getValue()));
        dialog.close();
      } catch (InvalidInputException ex) {
        reason.setErrorMessage(getTranslation(ex.problems().get(0).messageKey()));
        reason.setInvalid(true);
      }
    });
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.setId("unmask-confirm");
    dialog.add(new Paragraph(getTranslation("case.unmaskExplain")), reason);
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
    dialog.open();
  }

  private Component evidenceList(CaseDetail c) {
    VerticalLayout box = new VerticalLayout(new H3(getTranslation("case.evidence", c.evidence().size())));
    box.setId("case-evidence");
    Div gallery = new Div();
    gallery.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
    for (EvidenceRecord e : c.evidence()) {
      StreamResource resource = new StreamResource(e.displayName(), () -> evidence.open(code, e.id()).content());
      resource.setContentType(e.mediaType());
      resource.setCacheTime(0);
      VerticalLayout item = new VerticalLayout();
      item.setPadding(false);
      item.setWidth("14rem");
      boolean inline = Set.of("image/jpeg", "image/png", "image/webp").contains(e.mediaType());
      if (inline) {
        Image image = new Image(resource, e.displayName());
        image.setWidth("14rem");
        item.add(image);
      } else if (e.mediaType().startsWith("video/mp4") || e.mediaType().startsWith("audio/mpeg") || e.mediaType().equals("audio/wav")) {
        Component player = new Div();
        player.getElement().setAttribute("style", "width:14rem");
        var media = new com.vaadin.flow.dom.Element(e.mediaType().startsWith("video") ? "video" : "audio");
        media.setAttribute("controls", true);
        media.setAttribute("src", resource);
        media.setAttribute("style", "width:14rem");
        player.getElement().appendChild(media);
        item.add(player);
      }
      Anchor download = new Anchor(resource, e.displayName());
      download.getElement().setAttribute("download", true);
      item.add(download);
      String exif = (e.exifTakenAt() == null ? "" : getTranslation("case.exifTime", TIME.format(e.exifTakenAt())))
          + (e.exifLatitude() == null ? "" : " " + getTranslation("case.exifPlace", e.exifLatitude(), e.exifLongitude()));
      item.add(new Span(getTranslation("case.source." + e.source()) + (exif.isBlank() ? "" : " · " + exif)));
      gallery.add(item);
    }
    box.add(gallery);
    return box;
  }

  private Component timeline(CaseDetail c) {
    UnorderedList list = new UnorderedList();
    list.setId("case-timeline");
    c.timeline().forEach(e -> list.add(new ListItem(TIME.format(e.occurredAt()) + "  " + getTranslation("timeline." + e.type())
        + (e.note() == null ? "" : "：" + e.note()))));
    return new VerticalLayout(new H3(getTranslation("followUp.timeline")), list);
  }

  private Component messages(CaseDetail c) {
    UnorderedList list = new UnorderedList();
    list.setId("case-messages");
    for (ReportMessage m : c.messages()) {
      String who = m.direction() == ReportMessage.Direction.TO_REPORTER ? m.author() : getTranslation("case.reporter");
      list.add(new ListItem(TIME.format(m.sentAt()) + "  " + who + "：" + m.body()));
    }
    VerticalLayout box = new VerticalLayout(new H3(getTranslation("followUp.messages")), list);
    if (authentication.hasAnyRole("INTAKE", "INVESTIGATOR", "LEADER")) {
      Select<String> template = new Select<>();
      template.setItems("case.template.location", "case.template.time", "case.template.evidence");
      template.setItemLabelGenerator(key -> getTranslation(key));
      template.setPlaceholder(getTranslation("case.templates"));
      TextArea text = new TextArea(getTranslation("case.writeToReporter"));
      text.setWidthFull();
      text.setMaxLength(2000);
      template.addValueChangeListener(e -> {
        if (e.getValue() != null) {
          text.setValue(getTranslation(e.getValue()));
        }
      });
      Button send = new Button(getTranslation("followUp.send"), e -> act(() -> casework.messageReporter(code, text.getValue())));
      text.setId("case-message-text");
      send.setId("case-message-send");
      box.add(template, text, send);
    }
    return box;
  }

  private Component caseLink(String trackingCode) {
    return new Anchor("staff/case/" + trackingCode, InboxView.display(trackingCode));
  }

  private Component auditTrail(CaseDetail c) {
    UnorderedList list = new UnorderedList();
    list.setId("case-audit");
    casework.auditTrail(c.trackingCode(), 0, 100).forEach(a -> list.add(new ListItem(TIME.format(a.occurredAt()) + "  #"
        + a.seq() + " " + a.actor() + " · " + a.action() + (a.subject() == null ? "" : " · " + a.subject()))));
    return new VerticalLayout(new H3(getTranslation("case.audit")), list);
  }

  private Component decisions(CaseDetail c) {
    UnorderedList list = new UnorderedList();
    list.setId("case-decisions");
    c.decisions().forEach(d -> list.add(new ListItem(TIME.format(d.decidedAt()) + "  " + getTranslation("task." + d.taskKey())
        + " · " + d.outcome() + " · " + d.decidedBy() + (d.details() == null ? "" : " · " + d.details()))));
    return new VerticalLayout(new H3(getTranslation("case.decisions")), list);
  }

  // ------------------------------------------------------------------ task forms

  private Component taskArea(CaseDetail c) {
    VerticalLayout box = new VerticalLayout();
    box.setId("case-task");
    String me = authentication.getAuthenticatedUser(AccountPrincipal.class).map(AccountPrincipal::getUsername).orElse("");
    for (CaseTask t : c.openTasks()) {
      if (!authentication.hasRole(t.role())) {
        continue;
      }
      H3 heading = new H3(getTranslation("task." + t.taskKey()));
      if (t.taskKey().startsWith("reward") && (t.assignee() == null || t.assignee().equals(me))) {
        box.add(heading, rewardLink(t));
      } else if (t.assignee() == null) {
        Button claim = new Button(getTranslation("case.claim"), e -> act(() -> casework.claim(t.taskId())));
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        claim.setId("claim-" + t.taskKey());
        box.add(heading, claim);
      } else if (t.assignee().equals(me)) {
        Button unclaim = new Button(getTranslation("case.unclaim"), e -> act(() -> casework.unclaim(t.taskId())));
        unclaim.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        unclaim.setId("unclaim-" + t.taskKey());
        box.add(heading, unclaim, form(c, t));
      } else {
        box.add(heading, new Span(getTranslation("inbox.claimedBy", t.assignee())));
      }
    }
    return box;
  }

  private Component form(CaseDetail c, CaseTask t) {
    return switch (t.taskKey()) {
      case "intakeReview" -> intakeForm(t);
      case "verification" -> verificationForm(c, t);
      case "enforcementDecision" -> enforcementForm(t);
      case "closureApproval" -> outcomeForm(t, CaseEnums.ClosureOutcome.values());
      case "appealReview" -> outcomeForm(t, CaseEnums.AppealOutcome.values());
      case "extensionApproval" -> extensionForm(t);
      case "rewardReview", "rewardSecondApproval" -> rewardLink(t);
      default -> new Span(getTranslation("case.error.taskNotHere"));
    };
  }

  /** The reward steps have their own page (the rewards feature owns their form). */
  private Component rewardLink(CaseTask t) {
    Button open = new Button(getTranslation("reward.open"), e -> getUI().ifPresent(ui -> ui.navigate("staff/reward/" + t.taskId())));
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    open.setId("open-reward-" + t.taskKey());
    return open;
  }

  private Component intakeForm(CaseTask t) {
    RadioButtonGroup<CaseEnums.IntakeOutcome> outcome = radio(CaseEnums.IntakeOutcome.values(), "intake.outcome.");
    Select<CaseEnums.RejectReason> reason = new Select<>();
    reason.setLabel(getTranslation("intake.rejectReason"));
    reason.setItems(CaseEnums.RejectReason.values());
    reason.setItemLabelGenerator(r -> getTranslation("note." + r.name()));
    reason.setId("form-reject-reason");
    TextArea message = new TextArea(getTranslation("intake.message"));
    message.setWidthFull();
    message.setId("form-message");
    TextField linkTo = new TextField(getTranslation("intake.linkTo"));
    linkTo.setId("form-link-to");
    RegionCascade region = new RegionCascade(regions);
    region.setLabel(getTranslation("intake.transferRegion"));
    TextField transferReason = new TextField(getTranslation("intake.transferReason"));
    outcome.addValueChangeListener(e -> {
      reason.setVisible(e.getValue() == CaseEnums.IntakeOutcome.REJECT);
      message.setVisible(e.getValue() == CaseEnums.IntakeOutcome.REQUEST_INFO);
      linkTo.setVisible(e.getValue() == CaseEnums.IntakeOutcome.LINK_DUPLICATE);
      region.setVisible(e.getValue() == CaseEnums.IntakeOutcome.TRANSFER);
      transferReason.setVisible(e.getValue() == CaseEnums.IntakeOutcome.TRANSFER);
    });
    for (Component c : List.of(reason, message, linkTo, region, transferReason)) {
      c.setVisible(false);
    }
    Button done = submit(t, () -> new TaskCompletion(name(outcome.getValue()), name(reason.getValue()), message.getValue(),
        linkTo.getValue(), region.getValue(), transferReason.getValue(), null, null, null, null, null, null));
    return new VerticalLayout(outcome, reason, message, linkTo, region, transferReason, done);
  }

  /** Every reason a leader gave for returning the closure, so the investigator knows what to verify again. */
  private Component closureReturns(CaseDetail c) {
    UnorderedList list = new UnorderedList();
    list.setId("form-closure-returns");
    c.timeline().stream().filter(e -> "CLOSURE_RETURNED".equals(e.type()) && e.note() != null)
        .forEach(e -> list.add(new ListItem(TIME.format(e.occurredAt()) + "  " + e.note())));
    VerticalLayout box = new VerticalLayout(new Span(getTranslation("verification.closureReturns")), list);
    box.setPadding(false);
    box.setVisible(list.getChildren().findAny().isPresent());
    return box;
  }

  private Component verificationForm(CaseDetail c, CaseTask t) {
    RadioButtonGroup<CaseEnums.VerificationOutcome> outcome = radio(CaseEnums.VerificationOutcome.values(), "verification.outcome.");
    DatePicker date = new DatePicker(getTranslation("verification.date"), LocalDate.now(InboxView.CHINA));
    date.setId("form-inspection-date");
    TextArea findings = new TextArea(getTranslation("verification.findings"));
    findings.setWidthFull();
    findings.setMaxLength(4000);
    findings.setId("form-findings");
    Upload photos = new Upload(UploadHandler.toTempFile((metadata, file) -> {
      UI ui = getUI().orElse(null);
      if (ui != null) {
        ui.access(() -> {
          try {
            evidence.attachStaffEvidence(code, List.of(new EvidenceUpload(metadata.fileName(), file.toPath())));
            Notification.show(getTranslation("verification.photoSaved", metadata.fileName()));
          } catch (InvalidInputException e) {
            error(e.problems());
          } finally {
            file.delete();
          }
        });
      } else {
        file.delete();
      }
    }));
    UploadTexts.localize(photos);
    photos.setId("form-photos");
    photos.setMaxFiles(9);
    Button done = submit(t, () -> new TaskCompletion(name(outcome.getValue()), null, null, null, null, null, date.getValue(),
        findings.getValue(), null, null, null, null));
    return new VerticalLayout(closureReturns(c), outcome, date, findings, new Span(getTranslation("verification.photos")),
        photos, done);
  }

  private Component enforcementForm(CaseTask t) {
    TextField number = new TextField(getTranslation("enforcement.number"));
    number.setId("form-decision-number");
    DatePicker date = new DatePicker(getTranslation("enforcement.date"), LocalDate.now(InboxView.CHINA));
    ComboBox<CaseEnums.ViolationType> type = new ComboBox<>(getTranslation("enforcement.violationType"));
    type.setItems(CaseEnums.ViolationType.values());
    type.setItemLabelGenerator(v -> getTranslation("violation." + v.name()));
    type.setId("form-violation-type");
    CheckboxGroup<CaseEnums.EnforcementOutcome> outcomes = new CheckboxGroup<>(getTranslation("enforcement.outcomes"));
    outcomes.setItems(CaseEnums.EnforcementOutcome.values());
    outcomes.setItemLabelGenerator(o -> getTranslation("outcome." + o.name()));
    outcomes.setId("form-outcomes");
    BigDecimalField fine = new BigDecimalField(getTranslation("enforcement.fine"));
    fine.setId("form-fine");
    BigDecimalField maxFine = new BigDecimalField(getTranslation("enforcement.maxFine"));
    maxFine.setId("form-max-fine");
    Select<CaseEnums.IncidentGrade> grade = new Select<>();
    grade.setLabel(getTranslation("enforcement.incidentGrade"));
    grade.setItems(CaseEnums.IncidentGrade.values());
    grade.setItemLabelGenerator(g -> getTranslation("grade." + g.name()));
    grade.setValue(CaseEnums.IncidentGrade.NONE);
    Button done = submit(t, () -> new TaskCompletion(null, null, null, null, null, null, null, null,
        new TaskCompletion.Enforcement(number.getValue(), date.getValue(), List.of(new TaskCompletion.ViolationItem(
            name(type.getValue()), outcomes.getValue().stream().map(Enum::name).toList(), fine.getValue(), maxFine.getValue())),
            name(grade.getValue())), null, null, null));
    return new VerticalLayout(number, date, type, outcomes, fine, maxFine, grade, done);
  }

  private <E extends Enum<E>> Component outcomeForm(CaseTask t, E[] values) {
    RadioButtonGroup<E> outcome = radio(values, "outcome." + t.taskKey() + ".");
    TextArea comment = new TextArea(getTranslation("case.comment"));
    comment.setWidthFull();
    comment.setId("form-comment");
    Button done = submit(t, () -> new TaskCompletion(name(outcome.getValue()), null, null, null, null, null, null, null,
        null, null, null, comment.getValue()));
    return new VerticalLayout(outcome, comment, done);
  }

  private Component extensionForm(CaseTask t) {
    RadioButtonGroup<Boolean> approved = new RadioButtonGroup<>();
    approved.setItems(Boolean.TRUE, Boolean.FALSE);
    approved.setItemLabelGenerator(b -> getTranslation(b ? "extension.approve" : "extension.refuse"));
    IntegerField days = new IntegerField(getTranslation("extension.days"));
    days.setMin(1);
    days.setMax(30);
    Button done = submit(t, () -> new TaskCompletion(null, null, null, null, null, null, null, null, null,
        approved.getValue(), days.getValue(), null));
    return new VerticalLayout(approved, days, done);
  }

  private <E extends Enum<E>> RadioButtonGroup<E> radio(E[] values, String prefix) {
    RadioButtonGroup<E> group = new RadioButtonGroup<>();
    group.setLabel(getTranslation("case.decision"));
    group.setItems(values);
    group.setItemLabelGenerator(v -> getTranslation(prefix + v.name()));
    group.setId("form-outcome");
    return group;
  }

  private Button submit(CaseTask t, Supplier<TaskCompletion> form) {
    Button done = new Button(getTranslation("case.complete"), e -> {
      try {
        casework.complete(t.taskId(), form.get());
        Notification.show(getTranslation("case.completed"), 3000, Notification.Position.BOTTOM_START);
        render();
      } catch (InvalidInputException ex) {
        error(ex.problems());
      }
    });
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    done.setId("complete-task");
    return done;
  }

  private void act(Runnable action) {
    try {
      action.run();
      render();
    } catch (InvalidInputException e) {
      error(e.problems());
    } catch (NotFoundException e) {
      render();
    }
  }

  private void error(List<FieldProblem> problems) {
    ProblemNotification.open("case-error", problems);
  }


  private String categories(String csv) {
    return Arrays.stream(csv.split(",")).map(c -> getTranslation("category." + c)).collect(Collectors.joining("、"));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  @Override
  public String getPageTitle() {
    return code == null ? getTranslation("staff.heading") : InboxView.display(code);
  }
}
