package org.greenwhistle.reward.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.base.ui.ProblemNotification;
import org.greenwhistle.base.ui.UploadTexts;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.reward.domain.RuleSetEntry;
import org.greenwhistle.reward.service.RuleSetAdminService;

/** ADMIN: the reward rule-set registry; upload a new DMN version with its examples, approve another ADMIN's. */
@Route(value = "admin/reward-rules", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class RewardRulesView extends VerticalLayout {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));
  private static final int MAX_FILE = 2_000_000;

  private final transient RuleSetAdminService admin;
  private final Grid<RuleSetEntry> grid = new Grid<>();
  private String dmnXml;
  private String examplesJson;

  public RewardRulesView(RuleSetAdminService admin) {
    this.admin = admin;
    H2 heading = new H2(getTranslation("rules.heading"));
    heading.setId("rules-heading");
    grid.addColumn(RuleSetEntry::ruleKey).setHeader(getTranslation("rules.key")).setAutoWidth(true);
    grid.addColumn(RuleSetEntry::version).setHeader(getTranslation("rules.version"));
    grid.addColumn(RuleSetEntry::jurisdiction).setHeader(getTranslation("rules.jurisdiction"));
    grid.addColumn(RuleSetEntry::name).setHeader(getTranslation("rules.name")).setFlexGrow(1);
    grid.addColumn(e -> e.validFrom() + " – " + (e.validTo() == null ? "" : e.validTo()))
        .setHeader(getTranslation("rules.validity"));
    grid.addColumn(e -> getTranslation("rules.status." + e.status())).setHeader(getTranslation("rules.status"));
    grid.addColumn(e -> e.uploadedBy() + " " + TIME.format(e.uploadedAt())).setHeader(getTranslation("rules.uploaded"));
    grid.addColumn(e -> e.decidedBy() == null ? "" : e.decidedBy()).setHeader(getTranslation("rules.decidedBy"));
    grid.addColumn(e -> e.deployedVersion() == null ? "" : e.deployedVersion().toString())
        .setHeader(getTranslation("rules.deployedVersion"));
    grid.addComponentColumn(this::actions);
    grid.setItems(q -> admin.page(q.getOffset(), q.getLimit()).stream(), q -> (int) admin.count());
    grid.setId("rules-grid");
    add(heading, new Paragraph(getTranslation("rules.intro")), grid, uploadForm());
    setSizeFull();
  }

  private HorizontalLayout actions(RuleSetEntry e) {
    HorizontalLayout box = new HorizontalLayout();
    if (!RuleSetEntry.PENDING.equals(e.status())) {
      return box;
    }
    TextField reason = new TextField();
    reason.setPlaceholder(getTranslation("rules.rejectReason"));
    Button approve = new Button(getTranslation("rules.approve"), c -> act(() -> admin.approve(e.id())));
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    approve.setId("rules-approve-" + e.id());
    Button reject = new Button(getTranslation("rules.reject"), c -> act(() -> admin.reject(e.id(), reason.getValue())));
    reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
    box.add(approve, reason, reject);
    return box;
  }

  private VerticalLayout uploadForm() {
    TextField key = new TextField(getTranslation("rules.key"));
    key.setId("rules-key");
    TextField jurisdiction = new TextField(getTranslation("rules.jurisdiction"));
    jurisdiction.setId("rules-jurisdiction");
    TextField name = new TextField(getTranslation("rules.name"));
    name.setId("rules-name");
    IntegerField version = new IntegerField(getTranslation("rules.version"));
    version.setId("rules-version");
    DatePicker validFrom = new DatePicker(getTranslation("rules.validFrom"));
    validFrom.setId("rules-valid-from");
    DatePicker validTo = new DatePicker(getTranslation("rules.validTo"));
    TextField decisionKey = new TextField(getTranslation("rules.decisionKey"));
    decisionKey.setId("rules-decision-key");
    Span files = new Span();
    Upload dmn = new Upload(UploadHandler.inMemory((meta, bytes) -> {
      dmnXml = bytes.length > MAX_FILE ? null : new String(bytes, StandardCharsets.UTF_8);
      getUI().ifPresent(ui -> ui.access(() -> files.setText(getTranslation("rules.received", meta.fileName()))));
    }));
    UploadTexts.localize(dmn);
    dmn.setAcceptedFileTypes(".dmn", ".xml");
    dmn.setMaxFileSize(MAX_FILE);
    dmn.setUploadButton(new Button(getTranslation("rules.dmnFile")));
    Upload examples = new Upload(UploadHandler.inMemory((meta, bytes) -> {
      examplesJson = bytes.length > MAX_FILE ? null : new String(bytes, StandardCharsets.UTF_8);
      getUI().ifPresent(ui -> ui.access(() -> files.setText(getTranslation("rules.received", meta.fileName()))));
    }));
    UploadTexts.localize(examples);
    examples.setAcceptedFileTypes(".json");
    examples.setMaxFileSize(MAX_FILE);
    examples.setUploadButton(new Button(getTranslation("rules.examplesFile")));
    Button submit = new Button(getTranslation("rules.upload"), e -> act(() -> admin.upload(new RuleSetAdminService.Upload(
        key.getValue(), jurisdiction.getValue(), name.getValue(), version.getValue(), validFrom.getValue(),
        validTo.getValue(), decisionKey.getValue(), dmnXml, examplesJson))));
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setId("rules-upload");
    FormLayout form = new FormLayout(key, jurisdiction, name, version, validFrom, validTo, decisionKey);
    return new VerticalLayout(new H3(getTranslation("rules.newVersion")), form, dmn, examples, files, submit);
  }

  private void act(Runnable action) {
    try {
      action.run();
      Notification.show(getTranslation("rules.done"), 3000, Notification.Position.BOTTOM_START);
      grid.getDataProvider().refreshAll();
    } catch (InvalidInputException e) {
      error(e.problems());
    } catch (NotFoundException e) {
      grid.getDataProvider().refreshAll();
    }
  }

  private void error(List<FieldProblem> problems) {
    ProblemNotification.open("rules-error", problems);
  }

}
