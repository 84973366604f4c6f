package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.LocationMap;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.base.ui.MapProperties;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.casework.service.CaseExtensions;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.base.ui.ProblemNotification;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.EvidenceRecord;
import org.greenwhistle.report.domain.ReportMessage;
import org.greenwhistle.report.domain.ReporterView;
import org.greenwhistle.report.service.CaseEvidenceService;
import org.greenwhistle.report.service.ReporterIdentityService;

/** One case: the report, evidence, reporter (masked), timeline, messages, decisions, and my task's form. */
@Route(value = "staff/case", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "INVESTIGATOR", "LEADER", "ADMIN"})
public class CaseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(InboxView.CHINA);

  private final transient CaseworkService casework;
  private final transient CaseExtensions extensions;
  private final transient ReporterIdentityService identities;
  private final transient CaseEvidenceService evidence;
  private final transient RegionService regions;
  private final transient AuthenticationContext authentication;
  private final MapProperties map;
  private String code;

  public CaseView(CaseworkService casework, ReporterIdentityService identities, CaseEvidenceService evidence,
                  RegionService regions, AuthenticationContext authentication, MapProperties map,
                  CaseExtensions extensions) {
    this.casework = casework;
    this.extensions = extensions;
    this.identities = identities;
    this.evidence = evidence;
    this.regions = regions;
    this.authentication = authentication;
    this.map = map;
    setMaxWidth("64rem");
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

  /** My tasks' forms and the case's other staff actions (their own component). */
  private Component taskArea(CaseDetail c) {
    return new CaseTaskArea(c, casework, extensions, regions, evidence, authentication, this::render);
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

  @Override
  public String getPageTitle() {
    return code == null ? getTranslation("staff.heading") : InboxView.display(code);
  }
}
