package org.greenwhistle.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.base.ui.RegionCascade;
import org.greenwhistle.base.ui.ProblemNotification;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.publication.domain.PublicationFinding;
import org.greenwhistle.publication.domain.SectionProposal;
import org.greenwhistle.publication.domain.TypicalCase;
import org.greenwhistle.publication.domain.TypicalCaseBatch;
import org.greenwhistle.publication.domain.TypicalCaseForm;
import org.greenwhistle.publication.domain.TypicalCaseQuery;
import org.greenwhistle.publication.domain.TypicalCaseStatus;
import org.greenwhistle.publication.domain.TypicalCaseSummary;
import org.greenwhistle.publication.service.TypicalCaseService;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.Category;

/**
 * ADMIN's console for typical cases: every case with its state; write one from a closed case (pre-filled) or from
 * scratch, have the anonymisation proposed and apply it, run the publication check, send it to review; a second
 * ADMIN publishes, sends back or withdraws. Refusals of the service appear as notifications.
 */
@Route(value = "admin/typical-cases", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class TypicalCaseAdminView extends VerticalLayout {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));

  private final transient TypicalCaseService service;
  private final transient RegionService regions;
  private final Grid<TypicalCaseSummary> grid = new Grid<>();
  private final Select<TypicalCaseStatus> statusFilter = new Select<>();
  private final TextField search = new TextField();

  private final VerticalLayout editor = new VerticalLayout();
  private final H3 editorTitle = new H3();
  private final Div info = new Div();
  private final TextField title = new TextField();
  private final Select<Integer> batch = new Select<>();
  private final RegionCascade place;
  private final Select<String> category = new Select<>();
  private final IntegerField year = new IntegerField();
  private final Map<String, TextArea> sections = new LinkedHashMap<>();
  private final TextField reason = new TextField();
  private final Button save = button("publication.admin.save", "typical-case-save", this::save);
  private final Button propose = button("publication.admin.propose", "typical-case-propose", this::propose);
  private final Button check = button("publication.admin.check", "typical-case-check", this::check);
  private final Button submit = button("publication.admin.submit", "typical-case-submit", this::submit);
  private final Button approve = button("publication.admin.approve", "typical-case-approve", this::approve);
  private final Button sendBack = button("publication.admin.sendBack", "typical-case-send-back", this::sendBack);
  private final Button withdraw = button("publication.admin.withdraw", "typical-case-withdraw", this::withdraw);
  private final Anchor publicLink = new Anchor();
  private final VerticalLayout proposals = new VerticalLayout();
  private Long currentId;
  private TypicalCaseStatus currentStatus;

  public TypicalCaseAdminView(TypicalCaseService service, RegionService regions) {
    this.service = service;
    this.regions = regions;
    this.place = new RegionCascade(regions);
    H2 heading = new H2(getTranslation("publication.admin.heading"));
    heading.setId("typical-cases-admin-heading");
    Paragraph intro = new Paragraph(getTranslation("publication.admin.intro"));
    intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
    add(heading, intro, toolbar(), grid(), editor());
    setWidthFull();
    showEditor(null);
  }

  // ---------------------------------------------------------------- list

  private Component toolbar() {
    statusFilter.setLabel(getTranslation("publication.admin.status"));
    statusFilter.setEmptySelectionAllowed(true);
    statusFilter.setEmptySelectionCaption(getTranslation("publication.admin.allStatuses"));
    statusFilter.setItems(TypicalCaseStatus.values());
    statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("publication.admin.allStatuses")
        : getTranslation("publication.status." + s.name()));
    statusFilter.setId("typical-cases-status");
    statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    search.setLabel(getTranslation("publication.admin.search"));
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setClearButtonVisible(true);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    search.setId("typical-cases-admin-search");

    TextField code = new TextField(getTranslation("publication.admin.trackingCode"));
    code.setId("typical-case-from-code");
    Button fromCase = new Button(getTranslation("publication.admin.fromCase"), e -> act(() -> {
      long id = service.createFromCase(code.getValue());
      code.clear();
      grid.getDataProvider().refreshAll();
      load(id);
    }));
    fromCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    fromCase.setId("typical-case-from-case");
    Button newCase = new Button(getTranslation("publication.admin.new"), e -> showEditor(null));
    newCase.setId("typical-case-new");
    Button newBatch = new Button(getTranslation("publication.admin.newBatch"), e -> batchDialog());
    newBatch.setId("typical-case-new-batch");
    FlexLayout bar = new FlexLayout(statusFilter, search, code, fromCase, newCase, newBatch);
    bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.getStyle().set("gap", "var(--lumo-space-s)");
    bar.setWidthFull();
    return bar;
  }

  private Component grid() {
    grid.addColumn(TypicalCaseSummary::id).setHeader(getTranslation("publication.admin.col.id")).setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(TypicalCaseSummary::title).setHeader(getTranslation("publication.admin.col.title"))
        .setWidth("24rem").setFlexGrow(4);
    grid.addColumn(s -> getTranslation("publication.status." + s.status().name()))
        .setHeader(getTranslation("publication.admin.col.status")).setAutoWidth(true);
    grid.addColumn(s -> s.batchNo() == null ? "" : getTranslation("publication.batch", s.batchNo()))
        .setHeader(getTranslation("publication.admin.col.batch")).setAutoWidth(true);
    grid.addColumn(s -> s.provinceCode() == null ? "" : regions.fullName(s.provinceCode()))
        .setHeader(getTranslation("publication.admin.col.place")).setAutoWidth(true);
    grid.addColumn(TypicalCaseSummary::author).setHeader(getTranslation("publication.admin.col.author"))
        .setAutoWidth(true);
    grid.addColumn(s -> s.reviewer() == null ? "" : s.reviewer())
        .setHeader(getTranslation("publication.admin.col.reviewer")).setAutoWidth(true);
    grid.addColumn(s -> TIME.format(s.updatedAt())).setHeader(getTranslation("publication.admin.col.updated"))
        .setAutoWidth(true);
    grid.setItems(q -> service.page(query(q.getOffset(), q.getLimit())).stream(),
        q -> (int) service.count(query(0, 1)));
    grid.addItemClickListener(e -> load(e.getItem().id()));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setHeight("16rem");
    grid.setId("typical-cases-grid");
    return grid;
  }

  private TypicalCaseQuery query(int offset, int limit) {
    return new TypicalCaseQuery(statusFilter.getValue(), null, null, null, null, search.getValue(), offset, limit);
  }

  private void batchDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("publication.admin.newBatch"));
    IntegerField number = new IntegerField(getTranslation("publication.admin.batchNo"));
    number.setId("typical-case-batch-no");
    TextField batchTitle = new TextField(getTranslation("publication.admin.batchTitle"));
    batchTitle.setWidth("24rem");
    batchTitle.setId("typical-case-batch-title");
    dialog.add(new VerticalLayout(number, batchTitle));
    Button create = new Button(getTranslation("publication.admin.create"), e -> act(() -> {
      service.createBatch(number.getValue(), batchTitle.getValue());
      dialog.close();
      fillBatches();
    }));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setId("typical-case-batch-create");
    dialog.getFooter().add(new Button(getTranslation("publication.admin.cancel"), e -> dialog.close()), create);
    dialog.open();
  }

  // ---------------------------------------------------------------- editor

  private Component editor() {
    title.setLabel(getTranslation("publication.field.title"));
    title.setId("typical-case-edit-title");
    title.setMaxLength(TypicalCaseService.MAX_TITLE);
    batch.setLabel(getTranslation("publication.field.batchNo"));
    batch.setEmptySelectionAllowed(true);
    batch.setEmptySelectionCaption(getTranslation("publication.admin.noBatch"));
    batch.setId("typical-case-edit-batch");
    fillBatches();
    place.setLabel(getTranslation("publication.field.regionCode"));
    place.setId("typical-case-edit-place");
    category.setLabel(getTranslation("publication.field.category"));
    category.setItems(Arrays.stream(Category.values()).map(Enum::name).toList());
    category.setItemLabelGenerator(c -> c == null ? "" : getTranslation("category." + c));
    category.setEmptySelectionAllowed(true);
    category.setId("typical-case-edit-category");
    year.setLabel(getTranslation("publication.field.caseYear"));
    year.setId("typical-case-edit-year");
    FormLayout form = new FormLayout(title, batch, category, year, place);
    form.setColspan(title, 2);
    form.setColspan(place, 2);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    form.setWidthFull();
    editor.add(editorTitle, info, form);
    for (String key : TypicalCase.SECTIONS) {
      TextArea area = new TextArea(getTranslation("publication.field." + key));
      area.setWidthFull();
      area.setMinHeight("6rem");
      area.setMaxLength(TypicalCaseService.MAX_SECTION);
      area.setId("typical-case-edit-" + key);
      sections.put(key, area);
      editor.add(area);
    }
    reason.setLabel(getTranslation("publication.admin.reason"));
    reason.setId("typical-case-reason");
    reason.setWidth("20rem");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
    withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
    publicLink.setText(getTranslation("publication.admin.publicLink"));
    publicLink.setTarget("_blank");
    publicLink.setId("typical-case-public-link");
    FlexLayout actions = new FlexLayout(save, propose, check, submit, approve, reason, sendBack, withdraw, publicLink);
    actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    actions.setAlignItems(FlexComponent.Alignment.BASELINE);
    actions.getStyle().set("gap", "var(--lumo-space-s)");
    proposals.setPadding(false);
    proposals.setId("typical-case-proposals");
    editor.add(actions, proposals);
    editor.setId("typical-case-editor");
    editor.setPadding(false);
    editor.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)");
    return editor;
  }

  private void fillBatches() {
    Integer chosen = batch.getValue();
    List<Integer> numbers = service.batches().stream().map(TypicalCaseBatch::batchNo).toList();
    batch.setItems(numbers);
    batch.setItemLabelGenerator(n -> n == null ? getTranslation("publication.admin.noBatch")
        : getTranslation("publication.batch", n) + batchTitle(n));
    if (chosen != null && numbers.contains(chosen)) {
      batch.setValue(chosen);
    }
  }

  private String batchTitle(int number) {
    return service.batches().stream().filter(b -> b.batchNo() == number).findFirst()
        .map(b -> " " + b.title()).orElse("");
  }

  private void load(long id) {
    try {
      showEditor(service.find(id));
    } catch (NotFoundException e) {
      grid.getDataProvider().refreshAll();
    }
  }

  private void showEditor(TypicalCase c) {
    proposals.removeAll();
    currentId = c == null ? null : c.id();
    currentStatus = c == null ? TypicalCaseStatus.DRAFT : c.status();
    TypicalCaseForm form = c == null ? new TypicalCaseForm(null, null, null, null, null, null, null, null, null, null)
        : c.toForm();
    editorTitle.setText(c == null ? getTranslation("publication.admin.editorNew")
        : getTranslation("publication.admin.editor", c.id(), getTranslation("publication.status." + c.status().name())));
    editorTitle.setId("typical-case-editor-title");
    info.removeAll();
    if (c != null) {
      info.add(new Paragraph(getTranslation("publication.admin.author", c.author(), c.lastEditor())));
      List<String> sources = service.sourceCases(c.id());
      if (!sources.isEmpty()) {
        info.add(new Paragraph(getTranslation("publication.admin.sources", String.join(", ", sources))));
      }
      if (c.returnReason() != null && c.status() != TypicalCaseStatus.PUBLISHED) {
        Paragraph returned = new Paragraph(getTranslation("publication.admin.returnReason", c.returnReason()));
        returned.getStyle().set("color", "var(--lumo-error-text-color)");
        info.add(returned);
      }
    }
    info.getStyle().set("font-size", "var(--lumo-font-size-s)");
    fill(form);
    boolean draft = currentStatus == TypicalCaseStatus.DRAFT;
    title.setReadOnly(!draft);
    batch.setReadOnly(!draft);
    place.setReadOnly(!draft);
    category.setReadOnly(!draft);
    year.setReadOnly(!draft);
    sections.values().forEach(a -> a.setReadOnly(!draft));
    save.setVisible(draft);
    propose.setVisible(draft);
    check.setVisible(c != null);
    submit.setVisible(draft && c != null);
    approve.setVisible(currentStatus == TypicalCaseStatus.IN_REVIEW);
    sendBack.setVisible(currentStatus == TypicalCaseStatus.IN_REVIEW || currentStatus == TypicalCaseStatus.WITHDRAWN);
    sendBack.setText(getTranslation(currentStatus == TypicalCaseStatus.WITHDRAWN ? "publication.admin.reopen"
        : "publication.admin.sendBack"));
    withdraw.setVisible(currentStatus == TypicalCaseStatus.PUBLISHED);
    reason.setVisible(sendBack.isVisible() || withdraw.isVisible());
    reason.clear();
    publicLink.setVisible(currentStatus == TypicalCaseStatus.PUBLISHED);
    if (c != null) {
      publicLink.setHref("cases/" + c.id());
    }
  }

  private void fill(TypicalCaseForm f) {
    title.setValue(f.title() == null ? "" : f.title());
    batch.setValue(f.batchNo());
    place.setValue(f.regionCode());
    category.setValue(f.category());
    year.setValue(f.caseYear());
    Map<String, String> texts = f.texts();
    sections.forEach((key, area) -> area.setValue(texts.get(key) == null ? "" : texts.get(key)));
  }

  private TypicalCaseForm form() {
    return new TypicalCaseForm(title.getValue(), batch.getValue(), place.getValue(), category.getValue(),
        year.getValue(), sections.get("background").getValue(), sections.get("facts").getValue(),
        sections.get("handling").getValue(), sections.get("reward").getValue(),
        sections.get("significance").getValue());
  }

  // ---------------------------------------------------------------- actions

  private void save() {
    act(() -> {
      long id;
      if (currentId == null) {
        id = service.create(form());
      } else {
        id = currentId;
        service.edit(id, form());
      }
      done("publication.admin.saved");
      load(id);
    });
  }

  private void propose() {
    act(() -> {
      TypicalCaseService.Anonymisation a = service.propose(currentId, form());
      proposals.removeAll();
      if (a.proposals().isEmpty()) {
        Span none = new Span(getTranslation("publication.admin.noProposals"));
        none.setId("typical-case-no-proposals");
        proposals.add(none);
        return;
      }
      Grid<SectionProposal> list = new Grid<>();
      list.addColumn(p -> getTranslation("publication.field." + p.section()))
          .setHeader(getTranslation("publication.admin.col.section")).setAutoWidth(true);
      list.addColumn(SectionProposal::original).setHeader(getTranslation("publication.admin.col.original"));
      list.addColumn(SectionProposal::replacement).setHeader(getTranslation("publication.admin.col.replacement"));
      list.addColumn(p -> getTranslation("publication.kind." + p.kind()))
          .setHeader(getTranslation("publication.admin.col.kind")).setAutoWidth(true);
      list.setItems(a.proposals());
      list.setAllRowsVisible(true);
      list.addThemeVariants(GridVariant.LUMO_COMPACT);
      list.setId("typical-case-proposal-grid");
      Button applyAll = new Button(getTranslation("publication.admin.applyAll"), e -> {
        fill(a.result());
        proposals.removeAll();
        done("publication.admin.applied");
      });
      applyAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      applyAll.setId("typical-case-apply-all");
      proposals.add(new H3(getTranslation("publication.admin.proposals", a.proposals().size())), list, applyAll);
    });
  }

  private void check() {
    act(() -> {
      List<PublicationFinding> findings = currentStatus == TypicalCaseStatus.DRAFT
          ? service.check(currentId, form()) : service.check(currentId);
      if (findings.isEmpty()) {
        done("publication.admin.checkOk");
      } else {
        error(findings.stream().map(f -> TypicalCaseService.problem(f.section(), f.messageKey())).toList());
      }
    });
  }

  private void submit() {
    transition(() -> {
      service.edit(currentId, form());
      service.submit(currentId);
    });
  }

  private void approve() {
    transition(() -> service.approve(currentId));
  }

  private void sendBack() {
    transition(() -> service.sendBack(currentId, reason.getValue()));
  }

  private void withdraw() {
    transition(() -> service.withdraw(currentId, reason.getValue()));
  }

  private void transition(Runnable action) {
    act(() -> {
      long id = currentId;
      action.run();
      done("publication.admin.done");
      grid.getDataProvider().refreshAll();
      load(id);
    });
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      error(e.problems());
    } catch (NotFoundException e) {
      error(List.of(new FieldProblem("id", e.messageKey())));
      grid.getDataProvider().refreshAll();
    }
  }

  private void done(String key) {
    Notification n = Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    grid.getDataProvider().refreshAll();
  }

  private void error(List<FieldProblem> problems) {
    ProblemNotification.open("typical-case-error", problems);
  }


  private Button button(String key, String id, Runnable action) {
    Button b = new Button(getTranslation(key), e -> action.run());
    b.setId(id);
    return b;
  }
}
