package org.greenwhistle.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenwhistle.base.ui.LocationPicker;
import org.greenwhistle.base.ui.MainLayout;
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
import org.greenwhistle.report.service.EvidenceUpload;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.greenwhistle.report.service.SubmissionResult;
import org.greenwhistle.common.problem.TooManyRequestsException;

/** The report form, phone first: what, where, when, evidence, who; then the receipt. */
@Route(value = "report", layout = MainLayout.class)
@AnonymousAllowed
public class ReportView extends VerticalLayout implements HasDynamicTitle {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final transient ReportSubmissionService submissions;
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

  public ReportView(ReportSubmissionService submissions, RegionService regions, MapProperties map) {
    this.submissions = submissions;
    this.region = new RegionCascade(regions);
    this.location = new LocationPicker(map);
    setMaxWidth("40rem");
    getStyle().set("margin", "0 auto");
    H2 heading = new H2(getTranslation("report.heading"));
    heading.setId("report-heading");
    add(heading, new Paragraph(getTranslation("report.intro")));

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
      });
    }));
    UploadTexts.localize(upload);
    upload.setMaxFiles(9);
    upload.setMaxFileSize(200 * 1024 * 1024);
    upload.setAcceptedFileTypes("image/*", "video/*", "audio/*", "application/pdf", ".heic", ".heif", ".amr", ".m4a");
    upload.setId("evidence-upload");
    upload.setWidthFull();
    upload.addFileRemovedListener(e -> deleteQuietly(uploaded.remove(e.getFileName())));
    upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
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
    List<EvidenceUpload> files = new ArrayList<>();
    uploaded.forEach((fileName, path) -> files.add(new EvidenceUpload(fileName, path, locationChoice.keepLocation())));
    try {
      SubmissionResult result = submissions.submit(draft, files, null, clientAddress(), getLocale());
      uploaded.values().forEach(ReportView::deleteQuietly);
      uploaded.clear();
      removeAll();
      add(new ReceiptPanel(result.receipt()));
      getElement().executeJs("window.scrollTo(0, 0)");
    } catch (InvalidInputException e) {
      showProblems(e.problems());
    } catch (TooManyRequestsException e) {
      showError(getTranslation(e.messageKey()));
    }
  }

  private static Set<Category> withEmpty(Set<Category> value) {
    return value.isEmpty() ? EnumSet.noneOf(Category.class) : value;
  }

  private void showProblems(List<FieldProblem> problems) {
    List<String> lines = new ArrayList<>();
    for (FieldProblem p : problems) {
      String message = getTranslation(p.messageKey(), p.args().toArray());
      lines.add(message);
      Component field = fieldFor(p.field());
      if (field instanceof HasValidation v) {
        v.setErrorMessage(message);
        v.setInvalid(true);
      } else if (field == upload) {
        evidenceError.setText(evidenceError.getText().isEmpty() ? message : evidenceError.getText() + " " + message);
      }
    }
    showError(String.join("\n", lines));
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
  }

  private void showError(String message) {
    Notification n = new Notification(message, 8000, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    n.setId("report-error");
    n.open();
  }

  private static String clientAddress() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return request == null ? null : request.getRemoteAddr();
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    observedAt.setMax(LocalDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(5));
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
