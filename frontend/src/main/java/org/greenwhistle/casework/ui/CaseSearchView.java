package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.base.ui.ProblemNotification;
import org.greenwhistle.casework.domain.CaseListItem;
import org.greenwhistle.casework.domain.CaseSearch;
import org.greenwhistle.casework.service.CaseSearchService;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportStatus;

/**
 * Staff find any case of their region, open or closed (tracking code in either form, target, category, status,
 * submission dates, overdue), in a lazily paged grid, and export the list as CSV (no reporter data; words, not
 * codes). The service scopes both to the caller's region.
 */
@Route(value = "staff/search", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "INVESTIGATOR", "LEADER", "ADMIN"})
public class CaseSearchView extends VerticalLayout implements HasDynamicTitle {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(InboxView.CHINA);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(InboxView.CHINA);

  private final transient CaseSearchService cases;
  private final TextField text = new TextField();
  private final Select<Category> category = new Select<>();
  private final Select<ReportStatus> status = new Select<>();
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final Checkbox overdue = new Checkbox();
  private final Span count = new Span();
  private final Grid<CaseListItem> grid = new Grid<>();
  /** The search on screen (the last valid filters): what the grid shows and the export writes. */
  private CaseSearch shown = new CaseSearch(null, null, null, null, null, false);

  public CaseSearchView(CaseSearchService cases, RegionService regions, AuthenticationContext authentication) {
    this.cases = cases;
    setSizeFull();
    H2 heading = new H2(getTranslation("caseSearch.heading"));
    heading.setId("case-search-heading");
    AccountPrincipal user = authentication.getAuthenticatedUser(AccountPrincipal.class).orElseThrow();
    Span region = new Span(getTranslation("caseSearch.region", regions.fullName(user.getRegionCode())));

    text.setPlaceholder(getTranslation("caseSearch.search"));
    text.setWidth("24rem");
    text.setClearButtonVisible(true);
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setId("case-search-text");
    category.setItems(Category.values());
    category.setEmptySelectionAllowed(true);
    category.setItemLabelGenerator(c -> c == null ? getTranslation("inbox.allCategories") : getTranslation("category." + c.name()));
    category.setId("case-search-category");
    status.setItems(ReportStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.allStatuses") : getTranslation("status." + s.name()));
    status.setId("case-search-status");
    from.setPlaceholder(getTranslation("caseSearch.from"));
    from.setClearButtonVisible(true);
    from.setId("case-search-from");
    to.setPlaceholder(getTranslation("caseSearch.to"));
    to.setClearButtonVisible(true);
    to.setId("case-search-to");
    overdue.setLabel(getTranslation("caseSearch.overdueOnly"));
    overdue.setId("case-search-overdue");
    count.getElement().getThemeList().add("badge");
    count.setId("case-search-count");
    text.addValueChangeListener(e -> refresh());
    category.addValueChangeListener(e -> refresh());
    status.addValueChangeListener(e -> refresh());
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
    overdue.addValueChangeListener(e -> refresh());

    Locale locale = getLocale();
    // streamed: the service writes page after page into the response, never the whole list in memory
    Anchor export = new Anchor(csv(locale),
        getTranslation("caseSearch.export"));
    export.getElement().setAttribute("download", true);
    export.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
    export.setId("case-search-export");

    HorizontalLayout filters = new HorizontalLayout(text, category, status, from, to, overdue, count, export);
    filters.setWrap(true);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.addColumn(c -> InboxView.display(c.trackingCode())).setHeader(getTranslation("caseSearch.code")).setAutoWidth(true);
    grid.addColumn(c -> TIME.format(c.submittedAt())).setHeader(getTranslation("caseSearch.submitted")).setAutoWidth(true);
    grid.addColumn(c -> getTranslation("status." + c.status().name())).setHeader(getTranslation("inbox.status")).setAutoWidth(true);
    grid.addColumn(c -> Arrays.stream(c.categories().split(",")).map(k -> getTranslation("category." + k))
        .collect(Collectors.joining("、"))).setHeader(getTranslation("inbox.category")).setAutoWidth(true);
    grid.addColumn(CaseListItem::targetName).setHeader(getTranslation("inbox.target")).setFlexGrow(3).setResizable(true);
    grid.addColumn(c -> regions.fullName(c.regionCode())).setHeader(getTranslation("inbox.region")).setFlexGrow(3)
        .setResizable(true);
    grid.addColumn(c -> (c.dueAt() == null ? "" : DAY.format(c.dueAt()))
        + (c.overdue() ? " · " + getTranslation("caseSearch.overdue") : "")).setHeader(getTranslation("caseSearch.due"))
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setPageSize(50);
    // lazy paging: each request reads one page of the search, never the whole region
    grid.setItems(query -> cases.search(shown, query.getOffset(), query.getLimit()).stream(),
        query -> (int) cases.count(shown));
    grid.addItemClickListener(e -> UI.getCurrent().navigate(CaseView.class, e.getItem().trackingCode()));
    grid.setId("case-search-grid");
    add(heading, region, filters, grid);
    updateCount();
  }

  private DownloadHandler csv(Locale locale) {
    return event -> {
      CaseSearch search = shown;
      event.setFileName("cases-" + LocalDate.now(InboxView.CHINA) + ".csv");
      event.setContentType("text/csv;charset=UTF-8");
      try (OutputStream out = event.getOutputStream()) {
        cases.exportCsv(search, locale, out);
      }
    };
  }

  private void refresh() {
    CaseSearch next = new CaseSearch(text.getValue(), category.getValue(), status.getValue(), from.getValue(),
        to.getValue(), overdue.getValue());
    try {
      cases.count(next);
    } catch (InvalidInputException e) {
      ProblemNotification.open("case-search-error", e.problems());
      return;
    }
    shown = next;
    grid.getDataProvider().refreshAll();
    updateCount();
  }

  private void updateCount() {
    count.setText(getTranslation("caseSearch.count", cases.count(shown)));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("caseSearch.heading");
  }
}
