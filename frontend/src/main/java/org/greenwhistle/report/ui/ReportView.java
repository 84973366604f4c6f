package org.greenwhistle.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenwhistle.base.ui.LocationPicker;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.base.ui.MapProperties;
import org.greenwhistle.base.ui.RegionCascade;
import org.greenwhistle.base.ui.UploadTexts;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.report.domain.ReporterIdentity;
import org.greenwhistle.report.domain.Subcategory;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import org.greenwhistle.report.service.EvidenceUpload;
import org.greenwhistle.report.service.ReceiptImageService;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.greenwhistle.report.service.SubmissionResult;
import org.greenwhistle.common.problem.TooManyRequestsException;

/**
 * The report form, phone first: what, where, when, evidence, who; then the receipt. Problems are listed above the
 * form and on their fields (no notification covers the form), focus goes to the first; a field's error goes as soon
 * as the field is right. What is typed survives an expired session in the browser ({@link BrowserDraft}), identity
 * fields excepted.
 */
@Route(value = "report", layout = PortalLayout.class)
@AnonymousAllowed
public class ReportView extends VerticalLayout implements HasDynamicTitle {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final transient ReportSubmissionService submissions;
  private final transient ReceiptImageService receiptImages;
  private final BrowserDraft browserCopy = new BrowserDraft(this);
  private final Div errorSummary = new Div();
  private final Div restoredNotice = new Div();
  /** Files the browser's copy named when the form was restored: uploads do not survive an ended session. */
  private List<String> filesToAddAgain = List.of();
  /** The messages the summary lists, by field, in the form's order. */
  private final Map<Component, String> summary = new LinkedHashMap<>();
  private final CheckboxGroup<Category> categories = new CheckboxGroup<>();
  private final CheckboxGroup<Subcategory> subcategories = new CheckboxGroup<>();
  private final TextField target = new TextField();
  private final RegionCascade region;
  private final TextField address = new TextField();
  private final LocationPicker location;
  private final DateTimePicker observedAt = new DateTimePicker();
  private final Checkbox ongoing = new Checkbox();
  private final TextArea description = new TextArea();
  private final Upload upload;
  private final RadioButtonGroup<Boolean> anonymous = new RadioButtonGroup<>();
  private final TextField name = new TextField();
  private final TextField idNumber = new TextField();
  private final TextField phone = new TextField();
  private final EmailField email = new EmailField();
  private final Checkbox wantsReward = new Checkbox();
  private final Checkbox notExcluded = new Checkbox();
  private final Span similarHint = new Span();
  private final Span evidenceError = new Span();
  private final EvidenceLocationChoice locationChoice = new EvidenceLocationChoice();
  private final Div identityBox = new Div();
  /** Uploaded temporary files by the name the browser shows; deleted after submit or when leaving. */
  private final Map<String, Path> uploaded = new LinkedHashMap<>();

  public ReportView(ReportSubmissionService submissions, RegionService regions, MapProperties map,
                    ReceiptImageService receiptImages) {
    this.submissions = submissions;
    this.receiptImages = receiptImages;
    this.region = new RegionCascade(regions);
    this.location = new LocationPicker(map);
    setMaxWidth("40rem");
    getStyle().set("margin", "0 auto");
    H2 heading = new H2(getTranslation("report.heading"));
    heading.setId("report-heading");
    add(heading, new Paragraph(getTranslation("report.intro")), restoredNotice, errorSummary);
    errorSummary.setId("report-errors");
    errorSummary.getElement().setAttribute("role", "alert");
    errorSummary.getElement().setAttribute("tabindex", "-1");
    errorSummary.getStyle().set("border-left", "4px solid var(--lumo-error-color)")
        .set("padding", "0 var(--lumo-space-m)").set("color", "var(--lumo-error-text-color)");
    errorSummary.setVisible(false);
    restoredNotice.setId("report-restored");
    restoredNotice.getElement().setAttribute("role", "status");
    restoredNotice.getStyle().set("border-left", "4px solid var(--lumo-primary-color)").set("padding", "0 var(--lumo-space-m)");
    restoredNotice.setVisible(false);

    categories.setLabel(getTranslation("report.categories"));
    categories.setItems(Category.values());
    categories.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
    categories.setId("categories");
    categories.addValueChangeListener(e -> {
      updateSubcategories();
      checkSimilar();
    });
    subcategories.setLabel(getTranslation("report.subcategories"));
    subcategories.setItemLabelGenerator(s -> getTranslation("subcategory." + s.name()));
    subcategories.setVisible(false);

    target.setLabel(getTranslation("report.target"));
    target.setHelperText(getTranslation("report.targetHelp"));
    target.setMaxLength(200);
    target.setId("target");
    region.setLabel(getTranslation("report.region"));
    region.setId("region");
    region.addValueChangeListener(e -> checkSimilar());
    address.setLabel(getTranslation("report.address"));
    address.setMaxLength(300);
    address.setId("address");
    location.setLabel(getTranslation("report.location"));
    similarHint.setId("similar-hint");
    similarHint.setVisible(false);
    similarHint.getStyle().set("color", "var(--lumo-primary-text-color)");

    observedAt.setLabel(getTranslation("report.observedAt"));
    observedAt.setValue(LocalDateTime.now(CHINA).withSecond(0).withNano(0));
    observedAt.setMax(LocalDateTime.now(CHINA).plusMinutes(5));
    ongoing.setLabel(getTranslation("report.ongoing"));
    description.setLabel(getTranslation("report.description"));
    description.setHelperText(getTranslation("report.descriptionHelp"));
    description.setMaxLength(5000);
    description.setMinHeight("8rem");
    description.setValueChangeMode(ValueChangeMode.EAGER);
    description.setId("description");

    upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
      UI ui = getUI().orElse(null);
      Path path = file.toPath();
      if (ui == null) {
        Files.deleteIfExists(path);
        return;
      }
      ui.access(() -> {
        Path previous = uploaded.put(metadata.fileName(), path);
        deleteQuietly(previous);
        saveChoices();
      });
    }));
    UploadTexts.localize(upload);
    upload.setMaxFiles(9);
    upload.setMaxFileSize(200 * 1024 * 1024);
    upload.setAcceptedFileTypes("image/*", "video/*", "audio/*", "application/pdf", ".heic", ".heif", ".amr", ".m4a");
    upload.setId("evidence-upload");
    upload.setWidthFull();
    upload.addFileRemovedListener(e -> {
      deleteQuietly(uploaded.remove(e.getFileName()));
      saveChoices();
    });
    upload.addFileRejectedListener(e -> evidenceError.setText(e.getErrorMessage()));
    evidenceError.getElement().setAttribute("aria-live", "polite");
    evidenceError.getStyle().set("color", "var(--lumo-error-text-color)");
    evidenceError.setId("evidence-error");

    anonymous.setLabel(getTranslation("report.identity"));
    anonymous.setItems(Boolean.TRUE, Boolean.FALSE);
    anonymous.setItemLabelGenerator(a -> getTranslation(a ? "report.anonymous" : "report.realName"));
    anonymous.setValue(Boolean.TRUE);
    anonymous.setId("anonymous");
    anonymous.setHelperText(getTranslation("report.anonymousHelp"));
    anonymous.addValueChangeListener(e -> {
      identityBox.setVisible(Boolean.FALSE.equals(e.getValue()));
      // what anonymity costs is said before the choice is final: no account link, the receipt is the only way back
      anonymous.setHelperText(Boolean.TRUE.equals(e.getValue()) ? getTranslation("report.anonymousHelp") : "");
    });
    name.setLabel(getTranslation("report.name"));
    name.setId("reporter-name");
    idNumber.setLabel(getTranslation("report.idNumber"));
    idNumber.setId("reporter-id");
    idNumber.setMaxLength(18);
    phone.setLabel(getTranslation("report.phone"));
    phone.setId("reporter-phone");
    phone.setMaxLength(11);
    email.setLabel(getTranslation("report.email"));
    email.setHelperText(getTranslation("report.emailHelp"));
    email.setId("reporter-email");
    for (Component c : List.of(name, idNumber, phone, email)) {
      ((com.vaadin.flow.component.HasSize) c).setWidthFull();
    }
    identityBox.add(new VerticalLayout(name, idNumber, phone, email));
    identityBox.setVisible(false);
    identityBox.setWidthFull();
    wantsReward.setLabel(getTranslation("report.wantsReward"));
    wantsReward.setId("wants-reward");
    notExcluded.setLabel(getTranslation("report.notExcluded"));
    notExcluded.setVisible(false);
    notExcluded.setId("not-excluded");
    wantsReward.addValueChangeListener(e -> notExcluded.setVisible(e.getValue()));

    Button submit = new Button(getTranslation("report.submit"), e -> submit());
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    submit.setWidthFull();
    submit.setId("submit-report");
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> submit.setEnabled(true));
    phoneFriendly();

    for (var field : List.of(target, address, description)) {
      field.setWidthFull();
    }
    // the service's messages are the ones shown; fields do not overwrite them with their own checks
    for (var field : List.of(target, address, description, name, idNumber, phone)) {
      field.setManualValidation(true);
    }
    email.setManualValidation(true);
    observedAt.setManualValidation(true);
    region.setWidthFull();
    location.setWidthFull();
    add(new H3(getTranslation("report.sectionWhat")), categories, subcategories, target, description,
        new H3(getTranslation("report.sectionWhere")), region, similarHint, address, location,
        new H3(getTranslation("report.sectionWhen")), observedAt, ongoing,
        new H3(getTranslation("report.sectionEvidence")), new Paragraph(getTranslation("report.evidenceHelp")),
        upload, locationChoice, evidenceError,
        new H3(getTranslation("report.sectionWho")), anonymous, identityBox, wantsReward, notExcluded,
        new Paragraph(getTranslation("report.confidential")), submit);
  }

  /** Required marks matching the intro, errors that go once fixed, the browser copy, a picker that fits. */
  private void phoneFriendly() {
    for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(categories, target, region, address, observedAt, description,
        name, idNumber, phone)) {
      f.setRequiredIndicatorVisible(true);
    }
    // ARIA allows aria-required on inputs but not on role=group hosts (axe: aria-allowed-attr); the groups keep
    // the visible * while their inputs carry the requirement where ARIA has one
    for (Component group : List.<Component>of(categories, region, observedAt)) {
      group.getElement().executeJs("const strip = () => this.removeAttribute('aria-required');"
          + " new MutationObserver(strip).observe(this, {attributes: true, attributeFilter: ['aria-required']});"
          + " strip();");
    }
    target.setValueChangeMode(ValueChangeMode.LAZY);
    address.setValueChangeMode(ValueChangeMode.LAZY);
    observedAt.setWidthFull();
    observedAt.getElement().getStyle().set("--vaadin-field-default-width", "auto");
    for (HasValidation f : List.<HasValidation>of(categories, target, region, address, location, observedAt,
        description, name, idNumber, phone, email)) {
      ((HasValue<?, ?>) f).addValueChangeListener(e -> recheck(f));
    }
    BrowserDraft.track(target, "target");
    BrowserDraft.track(address, "address");
    BrowserDraft.track(description, "description");
    BrowserDraft.track(observedAt, "observedAt");
    BrowserDraft.track(ongoing, "ongoing");
    for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(categories, subcategories, region, location, anonymous,
        wantsReward, notExcluded)) {
      f.addValueChangeListener(e -> saveChoices());
    }
  }

  /** The choices made through the server (not typed), merged into the browser copy; never identity fields. */
  private void saveChoices() {
    JsonObject values = Json.createObject();
    values.put("categories", names(categories.getValue()));
    values.put("subcategories", names(subcategories.getValue()));
    values.put("region", region.getValue() == null ? "" : region.getValue());
    LocationPicker.Coordinates pin = location.getValue();
    values.put("pin", pin == null ? "" : pin.latitude().toPlainString() + "," + pin.longitude().toPlainString());
    values.put("anonymous", !Boolean.FALSE.equals(anonymous.getValue()));
    values.put("wantsReward", wantsReward.getValue());
    values.put("notExcluded", notExcluded.getValue());
    // files named by an earlier restore stay named until the form is sent: a second expired session must not forget them
    Set<String> files = new java.util.LinkedHashSet<>(filesToAddAgain);
    files.addAll(uploaded.keySet());
    values.put("files", strings(files));
    browserCopy.merge(values);
  }

  private static JsonArray names(Set<? extends Enum<?>> values) {
    return strings(values.stream().map(Enum::name).toList());
  }

  private static JsonArray strings(java.util.Collection<String> values) {
    JsonArray array = Json.createArray();
    values.forEach(v -> array.set(array.length(), v));
    return array;
  }

  /** Puts back what the browser kept; says which files to add again (files cannot be kept there). */
  private void restore(JsonObject copy) {
    categories.setValue(enums(copy, "categories", Category.class));
    subcategories.setValue(enums(copy, "subcategories", Subcategory.class));
    target.setValue(text(copy, "target"));
    description.setValue(text(copy, "description"));
    String regionCode = text(copy, "region");
    if (regionCode.matches("\\d{6}")) {
      region.setValue(regionCode);
    }
    address.setValue(text(copy, "address"));
    String[] pin = text(copy, "pin").split(",");
    if (pin.length == 2) {
      try {
        location.setValue(new LocationPicker.Coordinates(new BigDecimal(pin[0]), new BigDecimal(pin[1])));
      } catch (NumberFormatException e) {
        // a damaged copy: the pin is simply not restored
      }
    }
    try {
      if (!text(copy, "observedAt").isEmpty()) {
        observedAt.setValue(LocalDateTime.parse(text(copy, "observedAt")));
      }
    } catch (DateTimeParseException e) {
      // keep the default (now)
    }
    ongoing.setValue(flag(copy, "ongoing", false));
    anonymous.setValue(flag(copy, "anonymous", true));
    wantsReward.setValue(flag(copy, "wantsReward", false));
    notExcluded.setValue(flag(copy, "notExcluded", false));
    List<String> files = new ArrayList<>();
    if (copy.hasKey("files") && copy.get("files").getType() == JsonType.ARRAY) {
      JsonArray array = copy.getArray("files");
      for (int i = 0; i < array.length(); i++) {
        files.add(array.get(i).asString());
      }
    }
    filesToAddAgain = List.copyOf(files);
    boolean anything = !categories.isEmpty() || !target.isEmpty() || !description.isEmpty() || !address.isEmpty()
        || region.getValue() != null || !files.isEmpty();
    if (anything) {
      Paragraph restored = new Paragraph(getTranslation("report.restored"));
      restoredNotice.add(restored);
      if (!files.isEmpty()) {
        Paragraph again = new Paragraph(getTranslation("report.restoredFiles", String.join("、", files)));
        again.setId("report-restored-files");
        restoredNotice.add(again);
      }
      Button discard = new Button(getTranslation("report.discardDraft"), e -> {
        browserCopy.clear();
        UI.getCurrent().getPage().reload();
      });
      discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      discard.setId("report-discard-draft");
      restoredNotice.add(discard);
      restoredNotice.setVisible(true);
    }
    saveChoices();
  }

  private static String text(JsonObject copy, String key) {
    return copy.hasKey(key) && copy.get(key).getType() == JsonType.STRING ? copy.getString(key) : "";
  }

  private static boolean flag(JsonObject copy, String key, boolean otherwise) {
    return copy.hasKey(key) && copy.get(key).getType() == JsonType.BOOLEAN ? copy.getBoolean(key) : otherwise;
  }

  private static <E extends Enum<E>> Set<E> enums(JsonObject copy, String key, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    if (copy.hasKey(key) && copy.get(key).getType() == JsonType.ARRAY) {
      JsonArray array = copy.getArray(key);
      for (int i = 0; i < array.length(); i++) {
        for (E e : type.getEnumConstants()) {
          if (e.name().equals(array.get(i).asString())) {
            values.add(e);
          }
        }
      }
    }
    return values;
  }

  private void updateSubcategories() {
    Set<Subcategory> items = EnumSet.noneOf(Subcategory.class);
    for (Subcategory s : Subcategory.values()) {
      if (categories.getValue().contains(s.parent())) {
        items.add(s);
      }
    }
    Set<Subcategory> kept = EnumSet.noneOf(Subcategory.class);
    kept.addAll(subcategories.getValue());
    kept.retainAll(items);
    subcategories.setItems(items);
    subcategories.setValue(kept);
    subcategories.setVisible(!items.isEmpty());
  }

  private void checkSimilar() {
    boolean similar = submissions.similarReportsNearby(region.getValue(), categories.getValue());
    similarHint.setText(similar ? getTranslation("report.similarHint") : "");
    similarHint.setVisible(similar);
  }

  private void submit() {
    clearErrors();
    ReportDraft draft = draft();
    List<EvidenceUpload> files = new ArrayList<>();
    uploaded.forEach((fileName, path) -> files.add(new EvidenceUpload(fileName, path, locationChoice.keepLocation())));
    try {
      SubmissionResult result = submissions.submit(draft, files, null, clientAddress(), getLocale());
      uploaded.values().forEach(ReportView::deleteQuietly);
      uploaded.clear();
      browserCopy.clear();
      removeAll();
      add(new ReceiptPanel(result.receipt(), receiptImages));
      getElement().executeJs("window.scrollTo(0, 0)");
    } catch (InvalidInputException e) {
      showProblems(e.problems());
    } catch (TooManyRequestsException e) {
      showSummary(List.of(getTranslation(e.messageKey())), errorSummary);
    }
  }

  private ReportDraft draft() {
    boolean realName = Boolean.FALSE.equals(anonymous.getValue());
    ReporterIdentity reporter = realName
        ? new ReporterIdentity(name.getValue(), idNumber.getValue(), phone.getValue(), email.getValue()) : null;
    LocationPicker.Coordinates pin = location.getValue();
    ReportDraft draft = new ReportDraft(EnumSet.copyOf(withEmpty(categories.getValue())),
        subcategories.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(subcategories.getValue()),
        target.getValue(), region.getValue(), address.getValue(),
        pin == null ? null : pin.latitude(), pin == null ? null : pin.longitude(),
        observedAt.getValue() == null ? null : observedAt.getValue().atZone(CHINA).toOffsetDateTime(),
        ongoing.getValue(), description.getValue(), !realName, reporter, wantsReward.getValue(),
        notExcluded.getValue());
    return draft;
  }

  private static Set<Category> withEmpty(Set<Category> value) {
    return value.isEmpty() ? EnumSet.noneOf(Category.class) : value;
  }

  private void showProblems(List<FieldProblem> problems) {
    summary.clear();
    Map<Component, String> byField = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      String message = message(p);
      Component field = fieldFor(p.field());
      byField.merge(field == null ? errorSummary : field, summaryLine(field, message), (a, b) -> a + " " + b);
      if (field instanceof HasValidation v) {
        v.setErrorMessage(message);
        v.setInvalid(true);
      } else if (field == upload) {
        evidenceError.setText(evidenceError.getText().isEmpty() ? message : evidenceError.getText() + " " + message);
      }
    }
    for (Component field : formOrder()) {
      if (byField.containsKey(field)) {
        summary.put(field, byField.remove(field));
      }
    }
    summary.putAll(byField);
    Component first = summary.keySet().stream().findFirst().orElse(errorSummary);
    showSummary(List.copyOf(summary.values()), first);
  }

  /** The summary names the field: "此项为必填项" alone would not say which. */
  private String summaryLine(Component field, String message) {
    return field instanceof HasLabel labelled && labelled.getLabel() != null
        ? labelled.getLabel() + getTranslation("report.errorSeparator") + message : message;
  }

  private String message(FieldProblem p) {
    return getTranslation(p.messageKey(), p.args().toArray());
  }

  /** The fields in the order the form shows them: the summary follows it and focus goes to the first. */
  private List<Component> formOrder() {
    return List.of(categories, target, description, region, address, location, observedAt, upload, name, idNumber,
        phone, email, notExcluded);
  }

  private void showSummary(List<String> lines, Component focus) {
    renderSummary(lines);
    // the field's own input takes focus (a group's first box, a cascade's first picker)
    focus.getElement().executeJs("const t = this.focusElement || this.querySelector('input, textarea') || this;"
        + " this.scrollIntoView({block: 'center'}); t.focus();");
  }

  /** A field with an error is checked again on each change: its message goes as soon as it is right. */
  private void recheck(HasValidation field) {
    if (!field.isInvalid()) {
      return;
    }
    String still = null;
    for (FieldProblem p : submissions.problems(draft())) {
      if (fieldFor(p.field()) == field) {
        still = still == null ? message(p) : still + " " + message(p);
      }
    }
    if (still == null) {
      field.setInvalid(false);
      summary.remove((Component) field);
    } else {
      field.setErrorMessage(still);
      String line = summaryLine((Component) field, still);
      summary.computeIfPresent((Component) field, (f, old) -> line);
    }
    if (summary.isEmpty()) {
      errorSummary.setVisible(false);
    } else if (errorSummary.isVisible()) {
      renderSummary(List.copyOf(summary.values()));
    }
  }

  private void renderSummary(List<String> lines) {
    errorSummary.removeAll();
    UnorderedList list = new UnorderedList();
    lines.forEach(line -> list.add(new ListItem(line)));
    errorSummary.add(new Paragraph(getTranslation("report.errorSummary", lines.size())), list);
    errorSummary.setVisible(true);
  }

  private Component fieldFor(String field) {
    return switch (field) {
      case "categories", "subcategories" -> categories;
      case "targetName" -> target;
      case "regionCode" -> region;
      case "address" -> address;
      case "latitude", "longitude" -> location;
      case "observedAt" -> observedAt;
      case "description" -> description;
      case "evidence" -> upload;
      case "reporter", "reporter.name" -> name;
      case "reporter.idNumber" -> idNumber;
      case "reporter.phone" -> phone;
      case "reporter.email" -> email;
      case "notExcludedPerson" -> notExcluded;
      default -> null;
    };
  }

  private void clearErrors() {
    for (HasValidation v : List.<HasValidation>of(categories, target, region, address, location, observedAt,
        description, name, idNumber, phone, email)) {
      v.setInvalid(false);
    }
    evidenceError.setText("");
    summary.clear();
    errorSummary.setVisible(false);
  }

  private static String clientAddress() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return request == null ? null : request.getRemoteAddr();
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    observedAt.setMax(LocalDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(5));
    browserCopy.listen();
    browserCopy.load();
  }

  /** Called by the browser only when it holds a copy of this form ({@link BrowserDraft}). */
  @ClientCallable
  void restoreBrowserDraft(String json) {
    BrowserDraft.parse(json).ifPresent(this::restore);
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    uploaded.values().forEach(ReportView::deleteQuietly);
    uploaded.clear();
    super.onDetach(detachEvent);
  }

  static void deleteQuietly(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // temporary files are also removed by the OS; nothing else to do
      }
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("report.heading");
  }
}
