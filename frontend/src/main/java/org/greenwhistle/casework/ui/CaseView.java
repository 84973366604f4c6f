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
import org.greenwhistle.identity.service.AccountPrincipal;
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
  private final transient org.greenwhistle.casework.service.DuplicateService duplicates;
  private final transient RegionService regions;
  private final transient AuthenticationContext authentication;
  private final MapProperties map;
  private String code;

  public CaseView(CaseworkService casework, ReporterIdentityService identities, CaseEvidenceService evidence,
                  RegionService regions, AuthenticationContext authentication, MapProperties map,
                  org.greenwhistle.casework.service.DuplicateService duplicates, CaseExtensions extensions) {
    this.duplicates = duplicates;
    this.casework = casework;
    this.extensions = extensions;
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
    // facts and the open step on top, the officer's task next, the history (in words, by step) below
    CaseWording words = new CaseWording(this::getTranslation, getLocale(), regions::fullName,
        id -> c.evidence().stream().filter(e -> e.id().equals(id)).map(EvidenceRecord::displayName).findFirst().orElse(null));
    add(new CaseFacts(c, words, map), duplicateCandidates(c), taskArea(c), new CaseEvidence(c, code, evidence, words), reporter(c),
        new CaseHistory(c, casework.auditTrail(c.trackingCode(), 0, 100), words, messages(c)));
  }


  /** Candidate duplicates; INTAKE links this case to one while its intake review is open to them. */
  private Component duplicateCandidates(CaseDetail c) {
    String me = authentication.getAuthenticatedUser(AccountPrincipal.class).map(AccountPrincipal::getUsername).orElse("");
    boolean mayLink = authentication.hasRole("INTAKE") && c.openTasks().stream().anyMatch(t ->
        "intakeReview".equals(t.taskKey()) && (t.assignee() == null || t.assignee().equals(me)));
    return new DuplicateCandidatesPanel(duplicates, c, mayLink, this::render);
  }

  /** My tasks' forms and the case's other staff actions (their own component). */
  private Component taskArea(CaseDetail c) {
    return new CaseTaskArea(c, casework, extensions, regions, evidence, authentication, this::render);
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



  @Override
  public String getPageTitle() {
    return code == null ? getTranslation("staff.heading") : InboxView.display(code);
  }
}
